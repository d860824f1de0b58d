// Build of the command line (`npm run build:cli`): src/node/cli/main.ts and everything of ours it imports
// (core, node adapters) -> out/cli/shotline.mjs, one ES module for Node 20, with chunks its commands load when
// they run. bin/shotline.mjs loads the result.
//
// Node built-ins and the runtime dependencies in package.json stay external, except PDFKit: it and its
// dependencies (fontkit, restructure, linebreak ...) are bundled into the chunk the pdf, breakdown and shots
// commands load, because Node resolving, reading and compiling some thirty modules of them one by one took
// longer than printing a 120-page script. Three of those modules are replaced by the stand-ins in
// src/node/pdf/bundle (see its README): the same results, without the work their originals do when they load.
// tests/node/pdf/cli-bundle.test.ts checks that the bundled CLI writes the same PDFs as the sources.
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };

const BUNDLED = new Set(['pdfkit']);
const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies ?? {}).filter((name) => !BUNDLED.has(name))];
const isExternal = (id: string) => external.some((name) => id === name || id.startsWith(`${name}/`));

const standIns = resolve(import.meta.dirname, 'src/node/pdf/bundle');
/** Module -> its stand-in, for every importer but the stand-in itself (which loads the original). */
const STAND_INS: Record<string, string> = {
  'tiny-inflate': resolve(standIns, 'tiny-inflate.cjs'),
  'brotli/decompress.js': resolve(standIns, 'brotli-decompress.cjs'),
  '@noble/ciphers/aes': resolve(standIns, 'noble-aes.cjs'),
};
/** Loaded from node_modules at run time when reached (a WOFF2 font), not bundled: 1.5 MB of dictionary. */
const RUNTIME_ONLY = new Set(['brotli/decompress.js']);

/**
 * Exact edits of PDFKit's ES module for bundling: its standard fonts (Helvetica's metrics, loaded with every
 * document) and its PDF/A colour profile are found relative to PDFKit's own file, which a bundle moves. Each
 * edit must match as often as expected, or the build stops: a PDFKit update is then looked at, not guessed.
 */
const PDFKIT_EDITS: { find: RegExp; replace: string; count: number }[] = [
  // require$1 = createRequire(import.meta.url) would resolve '#standard-fonts/...' from the bundle: bundle them.
  { find: /require\$1\('(#standard-fonts\/\w+)'\)/g, replace: "require('$1')", count: 14 },
  // Read only for PDF/A documents; resolved from PDFKit's package when it is.
  {
    find: /fs\.readFileSync\(ICC_PROFILE_PATH\)/g,
    replace: "fs.readFileSync(new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.resolve('pdfkit')).href)",
    count: 1,
  },
];

function pdfkitBundle(): Plugin {
  return {
    name: 'shotline:pdfkit-bundle',
    enforce: 'pre',
    resolveId(source, importer) {
      const standIn = STAND_INS[source];
      if (!standIn) return null;
      if (importer === standIn) return RUNTIME_ONLY.has(source) ? { id: source, external: true } : null;
      return standIn;
    },
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/.test(id)) return null;
      let out = code;
      for (const edit of PDFKIT_EDITS) {
        const found = out.match(edit.find)?.length ?? 0;
        if (found !== edit.count) this.error(`pdfkit: expected ${edit.count} of ${edit.find} in ${id}, found ${found}; check the edits in vite.cli.config.ts`);
        out = out.replace(edit.find, edit.replace);
      }
      return { code: out, map: null };
    },
  };
}

export default defineConfig({
  plugins: [pdfkitBundle()],
  build: {
    ssr: resolve(import.meta.dirname, 'src/node/cli/main.ts'),
    outDir: resolve(import.meta.dirname, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      external: isExternal,
      output: { format: 'es', entryFileNames: 'shotline.mjs' },
    },
  },
  // Bundle what is not external above (by default an SSR build leaves every package in node_modules alone).
  ssr: { target: 'node', noExternal: true },
});
