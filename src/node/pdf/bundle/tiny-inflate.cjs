// Stands in for `tiny-inflate` in the CLI bundle (see README.md): raw DEFLATE through Node's zlib. Same
// contract: inflates `source` into `dest` and returns `dest`, or a copy of its first bytes when the data is
// shorter; bytes beyond `dest` are dropped, as tiny-inflate drops them; trailing bytes after the end of the
// stream are ignored. Corrupt data throws, as it does in tiny-inflate.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module, as the one it stands in for */
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  dest.set(out.length > dest.length ? out.subarray(0, dest.length) : out);
  return out.length < dest.length ? dest.slice(0, out.length) : dest;
};
