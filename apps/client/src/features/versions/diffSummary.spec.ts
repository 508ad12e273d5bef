import type { SectionDiff } from '@iep/shared';
import { changedFragments, describeValue, diffCounts, hasChanges } from './diffSummary';

const diff: SectionDiff = {
  fragments: [
    {
      name: 'presentLevels',
      changes: [
        { op: 'same', text: 'a' },
        { op: 'added', text: 'b' },
        { op: 'removed', text: 'c' },
        { op: 'added', text: 'd' },
        { op: 'added', text: '  ' },
      ],
    },
    { name: 'parentConcerns', changes: [{ op: 'same', text: 'x' }] },
    { name: 'classroomStrategies', changes: [] },
    { name: 'homeStrategies', changes: [] },
  ],
  records: [
    {
      root: 'goals',
      id: 'g1',
      change: 'changed',
      fields: [{ field: 'criterion', from: 'in 3 of 5 trials', to: 'in 4 of 5 trials' }],
    },
  ],
};

describe('diff summary', () => {
  it('counts added and removed paragraphs and changed records', () => {
    expect(diffCounts(diff)).toEqual({ added: 2, removed: 1, records: 1 });
    expect(hasChanges(diff)).toBe(true);
    expect(
      hasChanges({
        fragments: [
          {
            name: 'presentLevels',
            changes: [
              { op: 'same', text: 'a' },
              { op: 'added', text: '' },
            ],
          },
        ],
        records: [],
      }),
    ).toBe(false);
  });

  it('keeps only the fragments that changed, without unchanged or blank lines', () => {
    expect(changedFragments(diff)).toEqual([
      {
        name: 'presentLevels',
        changes: [
          { op: 'added', text: 'b' },
          { op: 'removed', text: 'c' },
          { op: 'added', text: 'd' },
        ],
      },
    ]);
  });

  it('describes values in words', () => {
    expect(describeValue(null, '(empty)')).toBe('(empty)');
    expect(describeValue('  ', '(empty)')).toBe('(empty)');
    expect(describeValue('in 3 of 5 trials', '(empty)')).toBe('in 3 of 5 trials');
    expect(describeValue(['one', '', 'two'], '(empty)')).toBe('one; two');
    expect(describeValue([], '(empty)')).toBe('(empty)');
    expect(describeValue(30, '(empty)')).toBe('30');
    expect(describeValue('fine_motor', '-', (x) => x.toUpperCase())).toBe('FINE_MOTOR');
  });
});
