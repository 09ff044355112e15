// Injected into the CommonJS bundle (scripts/bundle-options.mjs): import.meta.url of src/ is the bundle's file URL.
import { pathToFileURL } from 'node:url';

export const __lpImportMetaUrl = pathToFileURL(__filename).href;
