// Injected into the CommonJS script (scripts/bundle-options.mjs): the build's compiled templates, for
// src/templating/load.ts, which otherwise requires dist/templates.cjs.
import * as templates from '../dist/templates.mjs';

export { templates as __LAYERPOST_TEMPLATES__ };
