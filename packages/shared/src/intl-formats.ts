/**
 * Date formatters, made once per locale and options. Building an Intl.DateTimeFormat costs far more
 * than using one (tens of microseconds: it loads locale and zone data), and a printed record or a
 * mail formats hundreds of dates with the same few settings.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
const zones = new Map<string, boolean>();
/** Settings come from code and zones from districts: a few dozen; the bound only guards against a flood. */
const MAX_ENTRIES = 500;

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, value);
  return value;
}

/** `new Intl.DateTimeFormat(locale, options)`, shared; throws as it would (an unknown time zone). */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  return formats.get(key) ?? remember(formats, key, new Intl.DateTimeFormat(locale, options));
}

/** An IANA zone name this runtime knows ("America/New_York"). */
export function isTimeZone(value: string): boolean {
  const known = zones.get(value);
  if (known !== undefined) return known;
  try {
    dateTimeFormat('en-US', { timeZone: value });
    return remember(zones, value, true);
  } catch {
    return remember(zones, value, false);
  }
}
