// Bundled as commander's node:child_process: commander calls only spawn(), to run an executable subcommand (layerpost
// has none), so the real module is required when spawn() is called, not on every start.
'use strict';
exports.spawn = (...args) => require('node:child_process').spawn(...args);
