/**
 * The renderer's Content-Security-Policy, defined once: electron main sends it as a header,
 * the renderer build writes it into index.html, and the browser test host serves it.
 * Scripts only from the app itself (no inline, no eval); styles may be inline because
 * Mantine sets CSS variables through style attributes; no network origin but our own.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

/** Directives a <meta> tag cannot carry (browsers ignore them there); headers carry them. */
const headerOnly = ['frame-ancestors', 'report-uri', 'sandbox']

/** The same policy for the <meta> tag in index.html, without the header-only directives. */
export const metaContentSecurityPolicy = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !headerOnly.some((name) => directive.startsWith(`${name} `)))
  .join('; ')
