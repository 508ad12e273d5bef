import { presenceColor } from './presence';

describe('presence colours', () => {
  it('gives one person the same colour every time and spreads people over the palette', () => {
    expect(presenceColor('a-user')).toBe(presenceColor('a-user'));
    const colours = new Set(Array.from({ length: 40 }, (_, i) => presenceColor(`user-${i}`)));
    expect(colours.size).toBeGreaterThan(4);
    for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });
});
