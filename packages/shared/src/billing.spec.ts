import { consentInForce, csvCell, csvLine } from './billing';

describe('the Medicaid export’s cells and consent dates', () => {
  it('prefixes cells a spreadsheet would run as a formula, and quotes every cell', () => {
    expect(['=SUM(A1)', '+1', '-2', '@cmd', '\tx', 'plain', 'a "quote"'].map(csvCell)).toEqual([
      `"'=SUM(A1)"`,
      `"'+1"`,
      `"'-2"`,
      `"'@cmd"`,
      `"'\tx"`,
      '"plain"',
      '"a ""quote"""',
    ]);
    expect(csvLine(['a', 30, null])).toBe('"a","30",""');
  });

  it('holds a consent in force from its date up to the day before its revocation', () => {
    const c = { consentedOn: '2026-09-15', revokedOn: '2026-11-10' };
    expect(['2026-09-14', '2026-09-15', '2026-11-09', '2026-11-10'].map((d) => consentInForce(c, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(consentInForce({ consentedOn: '2026-09-15', revokedOn: null }, '2030-01-01')).toBe(true);
  });
});
