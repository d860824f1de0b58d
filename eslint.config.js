// Lint, and the import boundaries of DESIGN.md ("The house"): core imports nothing of ours and no
// Node/DOM/Electron; node -> core; main -> core, node, shared; preload -> electron and shared;
// renderer -> core and shared, never main, node or electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const layer = (name) => [`**/${name}/**`, `**/${name}`, `@/${name}/**`];
const noNode = { paths: nodeBuiltins.map((name) => ({ name, message: 'Node built-ins are not allowed here (see DESIGN.md, The house).' })) };
const restrict = (message, ...layers) => ({ group: layers.flatMap(layer), message });

export const boundaries = [
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        ...noNode,
        patterns: [
          restrict('src/core imports nothing of ours outside core.', 'node', 'main', 'preload', 'renderer', 'shared'),
          { group: ['electron', 'electron/*', 'react', 'react-dom', 'prosemirror-*', 'pdfkit', 'fs-extra'], message: 'src/core is pure: no Electron, DOM, UI or Node libraries.' },
        ],
      }],
      'no-restricted-globals': ['error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname', 'setImmediate']
          .map((name) => ({ name, message: 'src/core is pure: no DOM or Node globals.' })),
      ],
    },
  },
  {
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        restrict('src/node may import core only.', 'main', 'preload', 'renderer'),
        { group: ['electron', 'electron/*'], message: 'src/node runs without Electron.' },
      ] }],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [restrict('src/main may import core, node and shared.', 'preload', 'renderer')] }],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [restrict('src/preload may import electron and shared only.', 'core', 'node', 'main', 'renderer')] }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        ...noNode,
        patterns: [
          restrict('src/shared holds the IPC contract; it may import core types only.', 'node', 'main', 'preload', 'renderer'),
          { group: ['electron', 'electron/*'], message: 'src/shared is plain types.' },
        ],
      }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        ...noNode,
        patterns: [
          restrict('The renderer may import core and shared only, never main, node or preload.', 'node', 'main', 'preload'),
          { group: ['electron', 'electron/*'], message: 'The renderer reaches Electron only through the preload API (window.shotline).' },
        ],
      }],
    },
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      'no-irregular-whitespace': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  { files: ['src/node/**', 'src/main/**', 'tests/**', 'bench/**', 'bin/**', '*.config.*', '.ci/**'], languageOptions: { globals: { ...globals.node } } },
  { files: ['src/renderer/**', 'src/preload/**'], languageOptions: { globals: { ...globals.browser } } },
  ...boundaries,
);
