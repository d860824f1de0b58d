// Stands in for `@noble/ciphers/aes` in the CLI bundle (see README.md): PDFKit uses AES only to encrypt a PDF,
// which Shotline never does, and the real module computes its tables as soon as it loads. The real module is
// bundled and loaded on the first call.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module, as the one it stands in for */
let real;
const aes = () => (real ??= require('@noble/ciphers/aes'));

exports.cbc = (...args) => aes().cbc(...args);
exports.ecb = (...args) => aes().ecb(...args);
