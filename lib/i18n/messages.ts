// The interface in one language: its messages with placeholders filled, plurals, dates, lists and quotes.
import {
  type Catalogue,
  type Catalogues,
  catalogues,
  type PluralForms,
  type PluralKey,
  type TextKey,
} from './catalogues';

type Values = Readonly<Record<string, string | number>>;

/** Everything a page says around an article, in one language. */
export type Messages = Readonly<{
  /** The language tag, e.g. `be`, for `lang` attributes. */
  language: string;
  /** A message with its `{placeholders}` filled in. */
  text: (key: TextKey, values?: Values) => string;
  /** A message cut at its placeholders, so each can be an element (a link) rather than text. */
  parts: <T>(key: TextKey | PluralKey, values: Readonly<Record<string, T>>, count?: number) => (string | T)[];
  /** A plural message's forms by plural category, placeholders unfilled: for a script that counts on the page. */
  forms: (key: PluralKey) => PluralForms;
  /** The plural form `count` takes in this language, with `{count}` and the other placeholders filled. */
  count: (key: PluralKey, count: number, values?: Values) => string;
  /**
   * The day a date names, as readers of the language write it: "24 October 2018", "24 кастрычніка 2018 г.".
   * Its first ten characters are the day; an article's dates are already the newsroom's (lib/content/dates.ts).
   */
  date: (isoDate: string) => string;
  /**
   * A moment's time of day where the newsroom is (`timeZone`), on the 24-hour clock: "21:40"; with
   * `withDay`, its day too: "4 December, 21:40".
   */
  clock: (moment: string, timeZone: string, withDay?: boolean) => string;
  /** The long date of the day a moment falls on where the newsroom is: "4 December 2026". */
  dayOf: (moment: string, timeZone: string) => string;
  /** A time zone as its offset from UTC at `moment`, as readers of the language write it: "GMT+3". */
  zoneName: (timeZone: string, moment: string) => string;
  /** "A and B", "A і B", "A и B". */
  list: (items: readonly string[]) => string;
  /** The list's parts, each item in place, for names that are links. */
  listParts: <T>(items: readonly T[]) => (string | T)[];
  /** Text in the language's quotation marks: “…” or «…». */
  quote: (text: string) => string;
  /** A whole number as the language writes it: 10,000 or 10 000. */
  number: (value: number) => string;
}>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Cuts `template` at its placeholders: literal text stays, each `{name}` becomes values[name]. */
export function fill<T>(template: string, values: Readonly<Record<string, T>>): (string | T)[] {
  const parts: (string | T)[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    if (!(name in values)) throw new Error(`No value for {${name}} in "${template}"`);
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(values[name] as T);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

const made = new Map<string, Messages>();

/**
 * The messages of `language`, from this build's catalogues. Throws when there is no catalogue for
 * it: the content check refuses such an article first, naming the file.
 */
export function messagesFor(language: string, all: Catalogues = catalogues()): Messages {
  const key = language;
  const found = all === catalogues() ? made.get(key) : undefined;
  if (found) return found;
  const catalogue = all.get(language);
  if (!catalogue) throw new Error(`No message catalogue for "${language}": add lib/i18n/catalogues/${language}.json`);
  const messages = makeMessages(language, catalogue);
  if (all === catalogues()) made.set(key, messages);
  return messages;
}

function makeMessages(language: string, catalogue: Catalogue): Messages {
  const locale = catalogue['locale.intl'] as string;
  const plurals = new Intl.PluralRules(locale);
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const lists = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const template = (key: TextKey | PluralKey, count?: number): string => {
    const message = catalogue[key];
    if (typeof message === 'string') return message;
    const forms = message as PluralForms;
    return forms[plurals.select(count ?? 1)] ?? (forms.other as string);
  };
  const asText = (parts: readonly (string | number)[]) => parts.join('');
  const zoned = new Map<string, Intl.DateTimeFormat>();
  const inZone = (timeZone: string, style: 'clock' | 'dayClock' | 'day' | 'zone') => {
    const key = `${style} ${timeZone}`;
    let format = zoned.get(key);
    if (!format) {
      const clock = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
      const options: Record<typeof style, Intl.DateTimeFormatOptions> = {
        clock,
        dayClock: { ...clock, day: 'numeric', month: 'long' },
        day: { day: 'numeric', month: 'long', year: 'numeric' },
        zone: { timeZoneName: 'shortOffset' },
      };
      format = new Intl.DateTimeFormat(locale, { ...options[style], timeZone });
      zoned.set(key, format);
    }
    return format;
  };
  return {
    language,
    text: (key, values = {}) => asText(fill(template(key), values)),
    parts: (key, values, count) => fill(template(key, count), values),
    forms: (key) => catalogue[key] as PluralForms,
    count: (key, count, values = {}) => asText(fill(template(key, count), { ...values, count: numbers.format(count) })),
    date: (isoDate) => dates.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    clock: (moment, timeZone, withDay = false) =>
      inZone(timeZone, withDay ? 'dayClock' : 'clock').format(new Date(moment)),
    dayOf: (moment, timeZone) => inZone(timeZone, 'day').format(new Date(moment)),
    zoneName: (timeZone, moment) =>
      inZone(timeZone, 'zone')
        .formatToParts(new Date(moment))
        .find((part) => part.type === 'timeZoneName')?.value ?? timeZone,
    list: (items) => lists.format(items),
    listParts: <T>(items: readonly T[]) => {
      // Format placeholders, then put each item back where its placeholder landed.
      const marks = items.map((_, index) => `\u0000${index}\u0000`);
      return lists
        .formatToParts(marks)
        .map((part) => (part.type === 'element' ? (items[Number(part.value.slice(1, -1))] as T) : part.value));
    },
    quote: (text) => `${catalogue['quote.open'] as string}${text}${catalogue['quote.close'] as string}`,
    number: (value) => numbers.format(value),
  };
}
