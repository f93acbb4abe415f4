import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { isHttps } from './client-address.js';

/**
 * The player's policy: everything from this origin; `blob:` for media the service worker and
 * player hand to <video>/<img>; inline styles because Lit falls back to <style> elements where
 * constructable stylesheets are missing; `data:` for small inlined images and fonts.
 */
const appHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    fontSrc: ["'self'", 'data:'],
    imgSrc: ["'self'", 'data:', 'blob:'],
    mediaSrc: ["'self'", 'blob:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    objectSrc: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
  },
  // The admin UI shows the real player in an iframe of the same origin.
  xFrameOptions: 'SAMEORIGIN',
  strictTransportSecurity: false,
});

/** The API reference page (Swagger UI): its bundle sets styles inline and draws icons as data: URLs. */
const docsHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    fontSrc: ["'self'", 'data:'],
    imgSrc: ["'self'", 'data:', 'blob:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
  },
  strictTransportSecurity: false,
});

/**
 * Answers to players are data, never documents: the strictest policy, in a few short headers
 * (a thousand screens ask for them). A 304 has no body
 * to protect and the browser keeps the headers of the answer it revalidates: it goes without.
 */
export const DEVICE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

const deviceHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.status === 304) return;
  for (const [name, value] of Object.entries(DEVICE_SECURITY_HEADERS)) {
    c.res.headers.set(name, value);
  }
};

export const DOCS_PATH = '/api/docs';
export const DEVICE_API_PATH = '/api/device/';

/** HSTS, sent only over HTTPS: over plain http it means nothing and misleads (RFC 6797 §7.2). */
const HSTS = 'max-age=15552000; includeSubDomains';

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  const { path } = c.req;
  if (path.startsWith(DEVICE_API_PATH)) return deviceHeaders(c, next);
  const headers = path === DOCS_PATH || path.startsWith(`${DOCS_PATH}/`) ? docsHeaders : appHeaders;
  await headers(c, next);
  if (isHttps(c)) c.res.headers.set('Strict-Transport-Security', HSTS);
};
