// Injected into the CommonJS script (scripts/bundle-options.mjs): the build's precompiled templates, for
// src/templating/load.ts, which otherwise requires dist/templates.cjs.
import templates from '../dist/templates.cjs';

export { templates as __LAYERPOST_TEMPLATES__ };
