import { transitionAge } from './transitionAge';

describe('transition age', () => {
  it('counts the age on the meeting date, or today without one', () => {
    expect(transitionAge('2012-12-01', '2026-12-01', '2026-01-01')).toBe(14);
    expect(transitionAge('2012-12-02', '2026-12-01', '2026-01-01')).toBe(13);
    expect(transitionAge('2012-12-01', null, '2027-01-01')).toBe(14);
    expect(transitionAge(null, '2026-12-01', '2026-01-01')).toBeNull();
  });
});
