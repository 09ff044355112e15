// layerpost's version, as the build stamps it (scripts/build.mjs), so no command reads package.json at run time.
declare const __LAYERPOST_VERSION__: string | undefined;

export const VERSION: string = typeof __LAYERPOST_VERSION__ === 'string' ? __LAYERPOST_VERSION__ : '0.0.0-dev';
