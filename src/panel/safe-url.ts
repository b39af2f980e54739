/**
 * The address to link to when `url` is an absolute http(s) address; null otherwise (null,
 * unparsable, or another scheme such as javascript: or data:), so corpus data never becomes a
 * link that runs code.
 */
export function safeHttpUrl(url: string | null): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
