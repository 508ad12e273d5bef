import { blankAfter, hasBlank } from './blanks';

describe('the blanks left in a bank goal', () => {
  it('finds each [[name]] blank after the caret, in order, and none past the last', () => {
    const text = 'Given [[tool]], Mateo cuts on a line in [[baseline_trials]] of 5 trials';
    expect(hasBlank(text)).toBe(true);
    expect(blankAfter(text, 0)).toEqual([6, 14]);
    expect(blankAfter(text, 14)).toEqual([40, 59]);
    expect(blankAfter(text, 59)).toBeNull();
  });

  it('does not take filled text or other brackets for a blank', () => {
    expect(hasBlank('Mateo will button his coat by March 1, 2027')).toBe(false);
    expect(hasBlank('[[Not a blank]] [x]')).toBe(false);
  });
});
