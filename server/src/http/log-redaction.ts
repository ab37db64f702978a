/**
 * Paths that carry a secret in the URL: a signed acknowledgement link, an invitation. The request log
 * keeps the path's shape and drops the secret, as it drops cookies and passwords (app.ts).
 */
const SECRET_SEGMENTS = [
  /^(\/api\/public\/acknowledgements\/)[^/?#]+/,
  /^(\/acknowledge\/)[^/?#]+/,
  /^(\/invite\/)[^/?#]+/,
  /^(\/api\/invitations\/by-token\/)[^/?#]+/,
  /^(\/api\/public\/calendar\/)[^/?#]+/,
];

/** The URL as it may be logged: the secret segment replaced by [redacted], the rest kept. */
export function redactUrlSecrets(url: string): string {
  for (const pattern of SECRET_SEGMENTS) if (pattern.test(url)) return url.replace(pattern, '$1[redacted]');
  return url;
}
