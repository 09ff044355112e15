// layerpost's version, as the build stamps it (scripts/build.mjs), so no command reads package.json at run time.
declare const __LAYERPOST_VERSION__: string | undefined;

export const VERSION: string = typeof __LAYERPOST_VERSION__ === 'string' ? __LAYERPOST_VERSION__ : '0.0.0-dev';

/**
 * True in the built CLI (dist/), false when running from src/ (tests): the build's files (dist/templates.cjs) are its
 * own.
 */
export const BUILT: boolean = typeof __LAYERPOST_VERSION__ === 'string';
