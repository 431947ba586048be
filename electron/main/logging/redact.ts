/**
 * Strips secrets from text bound for the log file, which users send to support: tokens,
 * passwords, Authorization headers, cookies, credentials in URLs and anything shaped like
 * a JWT. It errs towards redacting too much; a log that leaks a refresh token is a breach.
 */

const mask = '[redacted]'

// Names whose value is secret wherever they appear: JSON keys, headers, query strings, env.
const secretName =
  '[A-Za-z0-9_-]*(?:password|passwd|passphrase|secret|token|api[_-]?key|authorization|cookie|csc[_-]?link)[A-Za-z0-9_-]*'

const quoted = `"(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*'`

const rules: [RegExp, string][] = [
  // "refreshToken": "…" / 'password': 1234 (JSON and JS object notation).
  [new RegExp(`(["']${secretName}["']\\s*:\\s*)(?:${quoted}|[^\\s,}\\]]+)`, 'gi'), `$1"${mask}"`],
  // Authorization: Bearer xyz / Cookie: a=b; c=d — a header line takes the rest of its line.
  [/\b(authorization|proxy-authorization|cookie|set-cookie)(\s*:\s*)[^\r\n]+/gi, `$1$2${mask}`],
  // Bearer/Basic credentials wherever they stand.
  [/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${mask}`],
  // name=value in query strings, form bodies, env dumps and `key: value` in messages.
  [
    new RegExp(
      `\\b(${secretName})(\\s*[=:]\\s*)(?!\\[redacted\\])(?:${quoted}|[^\\s&,;"'}\\]]+)`,
      'gi',
    ),
    `$1$2${mask}`,
  ],
  // user:password@host in a URL.
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]+@/gi, `$1${mask}@`],
  // JWTs (access tokens) even without a telling name beside them.
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g, mask],
]

export function redact(text: string): string {
  let out = text
  for (const [pattern, replacement] of rules) out = out.replace(pattern, replacement)
  return out
}

/** An error as one block of text: message, stack, code and cause, redacted. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return redact(typeof error === 'string' ? error : safeJson(error))
  const parts = [error.stack ?? `${error.name}: ${error.message}`]
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' || typeof code === 'number') parts.push(`code: ${code}`)
  if (error.cause !== undefined) parts.push(`cause: ${describeError(error.cause)}`)
  return redact(parts.join('\n'))
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
