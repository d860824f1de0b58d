// Stands in for `brotli/decompress.js` in the CLI bundle (see README.md): fontkit needs it only to read WOFF2
// fonts, which Shotline never embeds, and the real module decodes its dictionary as soon as it loads. It is
// loaded from node_modules on the first call instead, and a missing package is said plainly.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module, as the one it stands in for */
let real;

function load() {
  try {
    // Kept out of the bundle (vite.cli.config.ts): required at run time, from node_modules.
    return require('brotli/decompress.js');
  } catch (error) {
    throw new Error(`a WOFF2 font needs the "brotli" package, which could not be loaded (${error instanceof Error ? error.message : String(error)})`);
  }
}

module.exports = function decompress(buffer, outSize) {
  real ??= load();
  return real(buffer, outSize);
};
