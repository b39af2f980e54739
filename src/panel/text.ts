// The panel's words: every visible string comes from _locales through a `Translate` function
// that components take from context, so tests render them with the real English messages and
// no browser.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** `browser.i18n.getMessage` in shape: the message for `key` with its $1, $2 … filled in; "" when the key is unknown. */
export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

/** How the panel writes text: messages and the language dates are formatted in. */
export interface PanelText {
  t: Translate;
  /** BCP 47 tag of the browser's UI language ("en-GB"). */
  locale: string;
}

export const TextContext = createContext<PanelText>({ t: (key) => key, locale: 'en' });

/** The panel's text helpers, from the nearest `TextContext`. */
export function useText(): PanelText {
  return useContext(TextContext);
}

/**
 * A stored date ("2022-03-07" or an ISO date-time) as a reader writes it ("7 Mar 2022" in en-GB);
 * the date part as stored when it does not parse; null when there is no date.
 */
export function formatDate(date: string | null, locale: string): string | null {
  if (date === null || date === '') return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!day) return date;
  // The calendar day as stored, whatever the reader's time zone.
  const when = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  if (Number.isNaN(when.getTime())) return day[0];
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(when);
}

/** "7 Mar 2022", "7 Mar 2022 – 9 Mar 2022" or null without dates. */
export function formatDateSpan(first: string | null, last: string | null, locale: string, t: Translate): string | null {
  const from = formatDate(first, locale);
  const to = formatDate(last, locale);
  if (from === null || to === null || from === to) return from ?? to;
  return t('panelDateSpan', from, to);
}

/**
 * The message `key` in the plural form `count` takes in `locale`: the key `${key}_one`,
 * `${key}_other` … (English needs only these two), with `count` as $1 and `more` after it.
 */
export function plural({ t, locale }: PanelText, key: string, count: number, ...more: (string | number)[]): string {
  const category = new Intl.PluralRules(locale).select(count);
  return t(`${key}_${category}`, count, ...more) || t(`${key}_other`, count, ...more);
}
