// The address an article is recognised by. A module without imports: the light content script
// computes it on every page, and must not pay for the pack schemas to do so.

// Query parameters that track the reader, not the article ("?hp&_r=0" on NYT links, utm_* from
// social shares): two links to one article differ only in them. Only names known to track:
// a parameter that selects the article ("?id=123") must stay.
const TRACKING_PARAMETERS = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_r|hp|smid|smtyp|cmpid|ref|ref_src|sr|ito|ocid|ncid|__twitter_impression|_ga)$/i;

// AMP and mobile editions of an article live at variants of its address: a host prefix
// ("m.", "amp."), an "/amp" path segment, "story.amp.html", or a query flag ("?amp=1",
// "outputType=amp"). Google's AMP cache wraps the original address in its own
// ("www-example-com.cdn.ampproject.org/c/s/www.example.com/…").
const EDITION_HOST_PREFIX = /^(?:www\d*|m|mobile|amp)\./;
const AMP_QUERY = /^(?:amp|amp_js_v|_amp|outputtype|output|format)$/i;
const AMP_CACHE = /\.cdn\.ampproject\.org$/;

/**
 * The address an article is recognised by: host without "www.", "m." or "amp.", path without a
 * trailing slash or AMP segment, tracking parameters, AMP flags and fragment removed, scheme
 * dropped ("nytimes.com/2010/05/18/x.html"). Returns the trimmed input when it is not an
 * http(s) URL.
 */
export function canonicalUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return trimmed;
  const cached = ampCacheOrigin(parsed);
  if (cached !== null) return canonicalUrl(cached);
  let host = parsed.hostname.toLowerCase();
  // Strip one edition prefix, but never down to a bare top-level domain ("m.co" stays).
  const stripped = host.replace(EDITION_HOST_PREFIX, '');
  if (stripped.includes('.')) host = stripped;
  const path = parsed.pathname
    .replace(/\/amp(?=\/|$)/gi, '')
    .replace(/\.amp(\.html?)$/i, '$1')
    .replace(/\/+$/, '');
  const kept = [...parsed.searchParams].filter(([name, value]) => !TRACKING_PARAMETERS.test(name) && !isAmpFlag(name, value));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = kept.length > 0 ? '?' + new URLSearchParams(kept).toString() : '';
  return host + path + query;
}

/** True for a query parameter that asks for the AMP edition ("amp", "amp=1", "outputType=amp"). */
function isAmpFlag(name: string, value: string): boolean {
  if (!AMP_QUERY.test(name)) return false;
  const lower = value.toLowerCase();
  return name.toLowerCase().startsWith('amp') || name === '_amp' || lower === 'amp';
}

/** The original address inside a Google AMP cache address; null for any other address. */
function ampCacheOrigin(parsed: URL): string | null {
  if (!AMP_CACHE.test(parsed.hostname.toLowerCase())) return null;
  const match = /^\/c\/(s\/)?(.+)$/.exec(parsed.pathname);
  if (!match) return null;
  return `${match[1] ? 'https' : 'http'}://${match[2]}${parsed.search}`;
}
