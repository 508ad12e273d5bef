import { emptyProposalFields, type ProposalView } from '@iep/shared';
import { groupProposals } from './grouping';

const proposal = (id: string, groupKey: string, status: ProposalView['status'] = 'open'): ProposalView => ({
  id,
  sectionId: 's',
  kind: groupKey.startsWith('goal:') ? 'change_goal' : 'new_goal',
  targetGoalId: null,
  status,
  fields: emptyProposalFields(),
  baseFields: null,
  currentFields: null,
  parentWords: null,
  rationale: '',
  missingFields: [],
  measurability: { measurable: false, reasons: [] },
  groupKey,
  proposedBy: { id: 'u', name: 'U', role: 'parent' },
  createdAt: '',
  updatedAt: '',
  decidedBy: null,
  decidedAt: null,
  decisionReason: null,
  appliedGoalId: null,
  versionNumber: null,
  supersededById: null,
  endorsements: [],
  comments: [],
});

describe('proposals side by side', () => {
  it('puts alternatives for one goal or one area in one row, open ones first, rows in order of their first proposal', () => {
    const groups = groupProposals([
      proposal('a', 'area:fine_motor', 'rejected'),
      proposal('b', 'goal:g1'),
      proposal('c', 'area:fine_motor'),
      proposal('d', 'goal:g1', 'superseded'),
    ]);
    expect(groups.map((g) => [g.key, g.items.map((p) => p.id)])).toEqual([
      ['area:fine_motor', ['c', 'a']],
      ['goal:g1', ['b', 'd']],
    ]);
  });
});
