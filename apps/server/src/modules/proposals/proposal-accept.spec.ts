import * as Y from 'yjs';
import { addGoal, applyGoalChange, readStructure, type GoalProvenance, type ProposalFields } from '@iep/shared';
import type { DocStore, PendingUpdate } from '../../collab/doc-store';
import { LiveDoc } from '../../collab/live-doc';

const fields: ProposalFields = {
  area: 'fine_motor',
  baseline: 'copies 2 words',
  condition: 'given a slant board',
  behavior: 'copies a 5-word sentence legibly',
  criterion: 'in 3 of 5 trials',
  timeframe: 'by the annual review',
  measurement: 'work samples',
  reporting: 'each grading period',
};
const provenance: GoalProvenance = {
  proposalId: 'p1',
  kind: 'change_goal',
  proposedBy: { name: 'Paula', role: 'parent' },
  acceptedBy: { name: 'Olivia', role: 'ot' },
  acceptedAt: '2026-11-22T00:00:00.000Z',
};

// What the change writes is the goals root's writer's (packages/shared/src/doc/goals.spec.ts); this is
// how acceptance takes it back when the decision's transaction fails.
describe('applying an accepted proposal to the live document', () => {
  it('reverts a server change whose transaction failed, keeps a peer’s edit, and stores change and revert so the log replays to the same document', async () => {
    const stored: PendingUpdate[] = [];
    const store = {
      append: (_id: string, batch: PendingUpdate[]) => Promise.resolve(void stored.push(...batch)),
      compact: () => Promise.resolve(0),
    } as unknown as DocStore;
    const live = new LiveDoc('s1', store, { onSaved: () => undefined }, { compactAfter: 1000 });
    try {
      const origin = { acceptProposal: 'p1' };
      const undo = new Y.UndoManager(live.doc.getMap('goals'), {
        trackedOrigins: new Set([origin]),
        captureTimeout: 0,
      });
      const made = live.changeStoredByCaller(origin, (doc) =>
        applyGoalChange(doc, { kind: 'new_goal', fields, provenance: { ...provenance, kind: 'new_goal' } }),
      );
      expect(made).not.toBeNull();
      await live.flush();
      expect(stored).toHaveLength(0);
      // A peer adds a goal of their own meanwhile; then the decision's transaction fails.
      const peer = new Y.Doc();
      Y.applyUpdate(peer, Y.encodeStateAsUpdate(live.doc));
      addGoal(peer, { behavior: 'peer goal' });
      Y.applyUpdate(live.doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(live.doc)));
      if (made) live.storeLater(made, null);
      undo.undo();
      undo.destroy();
      await live.flush();
      expect(readStructure(live.doc).structure.goals.map((g) => g.behavior)).toEqual(['peer goal']);
      const replay = new Y.Doc();
      for (const u of stored) Y.applyUpdate(replay, u.update);
      expect(readStructure(replay).structure.goals.map((g) => g.behavior)).toEqual(['peer goal']);
    } finally {
      live.destroy();
    }
  });
});
