import { diffWords, type SectionDiff } from '@iep/shared';
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
      edits: [diffWords('c', 'b\nd\n  ')],
    },
    { name: 'parentConcerns', changes: [{ op: 'same', text: 'x' }], edits: [] },
    { name: 'classroomStrategies', changes: [], edits: [] },
    { name: 'homeStrategies', changes: [], edits: [] },
  ],
  records: [
    {
      root: 'goals',
      id: 'g1',
      change: 'changed',
      fields: [
        {
          field: 'criterion',
          from: 'in 3 of 5 trials',
          to: 'in 4 of 5 trials',
          words: diffWords('in 3 of 5 trials', 'in 4 of 5 trials'),
        },
      ],
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
            edits: [],
          },
        ],
        records: [],
      }),
    ).toBe(false);
  });

  it('keeps only the fragments whose words changed, with their changed stretches', () => {
    expect(changedFragments(diff).map((f) => f.name)).toEqual(['presentLevels']);
    expect(changedFragments(diff)[0]?.edits).toEqual([diffWords('c', 'b\nd\n  ')]);
  });

  it('describes values in words', () => {
    expect(describeValue(null, '(empty)')).toBe('(empty)');
    expect(describeValue('  ', '(empty)')).toBe('(empty)');
    expect(describeValue('in 3 of 5 trials', '(empty)')).toBe('in 3 of 5 trials');
    expect(describeValue(['one', '', 'two'], '(empty)')).toBe('one; two');
    expect(describeValue([], '(empty)')).toBe('(empty)');
    expect(describeValue(30, '(empty)')).toBe('30');
    expect(describeValue('fine_motor', '-', (x) => x.toUpperCase())).toBe('FINE_MOTOR');
    // Never JSON: a record gives its values.
    expect(describeValue({ name: 'Ana', role: 'ot' }, '(empty)')).toBe('Ana; ot');
    expect(describeValue({}, '(empty)')).toBe('(empty)');
  });
});
