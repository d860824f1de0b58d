// The Content-Security-Policy of the app's pages, in one place: the main process sends it as a response
// header, and the build writes it into index.html as a <meta> tag (the page carries it when served
// anywhere else, such as the plain HTTP server of the e2e tests).
//
// Nothing remote, no inline or evaluated script, no inline style, no plugins, no forms, no frames, and
// Trusted Types required for script sinks: assigning a string to innerHTML throws, so script text can
// never be turned into markup by accident.

type Directives = Record<string, string[]>;

const PRODUCTION: Directives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'none'"],
  'media-src': ["'none'"],
  'manifest-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ["'none'"],
};

/** Directives a <meta> tag cannot carry (browsers ignore them there, with a console message). */
const HEADER_ONLY: Directives = {
  'frame-ancestors': ["'none'"],
};

function serialise(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The policy of the built app, for the <meta> tag. */
export const CONTENT_SECURITY_POLICY = serialise(PRODUCTION);

/** The policy of the built app, for the Content-Security-Policy response header. */
export const CONTENT_SECURITY_POLICY_HEADER = serialise({ ...PRODUCTION, ...HEADER_ONLY });

/**
 * The looser policy of `electron-vite dev` only: the dev server injects inline styles, an inline React
 * Refresh preamble, and talks to the page over a WebSocket. Never used by a build.
 */
export function devContentSecurityPolicy(): string {
  const dev: Directives = {
    ...PRODUCTION,
    'script-src': ["'self'", "'unsafe-inline'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'connect-src': ["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*'],
  };
  delete dev['require-trusted-types-for'];
  delete dev['trusted-types'];
  return serialise(dev);
}
