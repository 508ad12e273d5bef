import { dateTimeFormat, isTimeZone } from './intl-formats';

describe('shared date formatters', () => {
  it('makes one formatter per locale and settings, and formats as a new one would', () => {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'America/Chicago' };
    const first = dateTimeFormat('es-US', options);
    expect(dateTimeFormat('es-US', { ...options })).toBe(first);
    expect(dateTimeFormat('en-US', options)).not.toBe(first);
    const at = new Date('2026-12-15T04:30:00Z');
    expect(first.format(at)).toBe(new Intl.DateTimeFormat('es-US', options).format(at));
    expect(first.format(at)).toBe('14 de diciembre de 2026');
  });

  it('throws for a zone the runtime does not know, as Intl does, and remembers nothing for it', () => {
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
  });

  it('tells known IANA zones from anything else', () => {
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
