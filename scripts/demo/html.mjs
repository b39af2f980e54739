// Escaping for the demo pages: every piece of article text goes through one of these before it
// is put into HTML, so a quote with "<script>" in it stays text.

/** `text` safe inside an element or a double- or single-quoted attribute. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * `value` as JSON safe inside <script type="application/ld+json">: "<" is escaped so no
 * "</script>" or "<!--" can end the element early, and the line separators JavaScript rejects too.
 */
export function jsonForScript(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** "2022-03-06" → "March 6, 2022"; the input itself when it is not a date. */
export function longDate(isoDate) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate ?? '');
  if (!match) return isoDate ?? '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
