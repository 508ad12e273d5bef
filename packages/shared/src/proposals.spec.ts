import {
  changedProposalFields,
  createProposalRequestSchema,
  emptyProposalFields,
  endorseRequestSchema,
  proposalGroupKey,
  proposalMeasurability,
  proposalMissingFields,
  type ProposalFields,
} from './proposals';

const complete: ProposalFields = {
  area: 'fine_motor',
  baseline: 'copies 2 words',
  condition: 'given a slant board',
  behavior: 'copies a 5-word sentence legibly',
  criterion: 'in 4 of 5 trials',
  timeframe: 'by the annual review',
  measurement: 'work samples',
  reporting: '',
};

describe('goal proposals in shared', () => {
  it('names every field a goal still needs before it can be accepted, and none when complete', () => {
    expect(proposalMissingFields(emptyProposalFields(), '')).toEqual([
      'area',
      'baseline',
      'condition',
      'behavior',
      'criterion',
      'timeframe',
      'measurement',
      'rationale',
    ]);
    expect(proposalMissingFields(complete, 'because')).toEqual([]);
  });

  it('runs the section’s measurability check on the proposed goal', () => {
    expect(proposalMeasurability(complete)).toEqual({ measurable: true, reasons: [] });
    expect(proposalMeasurability({ ...complete, criterion: 'most of the time' }).reasons).toEqual([
      'criterion_not_measurable',
    ]);
  });

  it('shows a change field by field', () => {
    expect(changedProposalFields(complete, { ...complete, criterion: 'in 5 of 5 trials' })).toEqual([
      { field: 'criterion', from: 'in 4 of 5 trials', to: 'in 5 of 5 trials' },
    ]);
  });

  it('groups alternatives by target goal, and new goals by area', () => {
    expect(proposalGroupKey({ kind: 'change_goal', targetGoalId: 'g1', fields: complete })).toBe('goal:g1');
    expect(proposalGroupKey({ kind: 'new_goal', targetGoalId: null, fields: complete })).toBe('area:fine_motor');
  });

  it('refuses a change without a target and a rationale past its limit, naming the field', () => {
    const noTarget = createProposalRequestSchema.safeParse({ kind: 'change_goal', fields: {} });
    expect(noTarget.success).toBe(false);
    expect(noTarget.error?.issues[0]?.path).toEqual(['targetGoalId']);
    const long = createProposalRequestSchema.safeParse({ kind: 'new_goal', fields: {}, rationale: 'x'.repeat(2001) });
    expect(long.error?.issues[0]?.path).toEqual(['rationale']);
    expect(
      endorseRequestSchema.safeParse({ stance: 'support', note: 'y'.repeat(1001) }).error?.issues[0]?.path,
    ).toEqual(['note']);
    expect(
      createProposalRequestSchema.parse({ kind: 'new_goal', fields: { behavior: '  writes  ' } }).fields.behavior,
    ).toBe('writes');
  });
});
