// Build of the command line (`npm run build:cli`): src/node/cli/main.ts and everything of ours it imports
// (core, node adapters) -> out/cli/shotline.mjs, one ES module for Node 20. Node built-ins and the runtime
// dependencies in package.json stay external; bin/shotline.mjs loads the result.
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies ?? {})];

export default defineConfig({
  build: {
    ssr: resolve(import.meta.dirname, 'src/node/cli/main.ts'),
    outDir: resolve(import.meta.dirname, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { format: 'es', entryFileNames: 'shotline.mjs' },
    },
  },
  ssr: { target: 'node' },
});
