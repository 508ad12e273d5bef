import { randomUUID } from 'node:crypto';
import { addGoal, type SectionStatus } from '@iep/shared';
import { DocRegistry } from '../../collab/doc-registry';
import { api } from '../test-app';
import type { MatrixWorld, Person } from './authorization-world';

/** The matrix's goal data probes (issue 22). */
export interface GoalDataProbe {
  what: string;
  resource: (status: SectionStatus) => { status: SectionStatus };
  call: (w: MatrixWorld, who: Person, status: SectionStatus) => Promise<number>;
}

const section = (status: SectionStatus) => ({ status });
const DAY = 86_400_000;
const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

const goals = new WeakMap<MatrixWorld, string>();

/**
 * A goal measured in trials, written once into the live document as an accepted proposal would;
 * its id. Complete, so the compliance checks of later probes' sign-offs still pass.
 */
async function trialsGoal(w: MatrixWorld): Promise<string> {
  const known = goals.get(w);
  if (known) return known;
  const registry = w.app.running.app.get(DocRegistry);
  const live = await registry.acquire(w.sectionId);
  try {
    const goalId = addGoal(live.doc, {
      area: 'fine_motor',
      baseline: 'cuts on a line in 1 of 5 trials',
      condition: 'given loop scissors',
      behavior: 'cuts on a line',
      criterion: 'in 4 of 5 trials',
      timeframe: 'by the annual review',
      measurement: 'work samples',
      reporting: 'quarterly',
    });
    goals.set(w, goalId);
    return goalId;
  } finally {
    registry.release(w.sectionId);
  }
}

/** The plan runs from a month ago to next year, so yesterday's data is inside its dates. */
async function planAroundToday(w: MatrixWorld): Promise<void> {
  await w.app.prisma.client.plan.updateMany({
    where: { otSection: { id: w.sectionId } },
    data: { meetingDate: new Date(Date.now() - 30 * DAY), annualReviewDate: new Date(Date.now() + 300 * DAY) },
  });
}

/** A stored point on the trials goal (written as the OT would record it), for the routes on one point. */
async function storedPoint(w: MatrixWorld): Promise<string> {
  await planAroundToday(w);
  const goalId = await trialsGoal(w);
  const ot = w.as('ot');
  const row = await w.app.prisma.client.goalDataPoint.create({
    data: {
      entryId: randomUUID(),
      entryVersion: 1,
      sectionId: w.sectionId,
      goalId,
      date: new Date(`${isoDay(new Date(Date.now() - DAY))}T00:00:00Z`),
      kind: 'trials',
      correct: 3,
      total: 5,
      percentage: 60,
      recordedById: ot.actor.userId,
      recordedByName: ot.name,
      recordedByRole: 'ot',
    },
  });
  return row.entryId;
}

export const GOAL_DATA_PROBES = {
  'goalData.view': [
    {
      what: 'read the goal data',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        (await api(w.app, `/api/sections/${w.sectionId}/goal-data`, { token: who.session.token })).status,
    },
    {
      what: 'read a data point’s versions',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        (await api(w.app, `/api/goal-data/${await storedPoint(w)}/versions`, { token: who.session.token })).status,
    },
  ],
  'goalData.record': [
    {
      what: 'record a data point',
      resource: section,
      call: async (w: MatrixWorld, who: Person) => {
        await planAroundToday(w);
        const goalId = await trialsGoal(w);
        return (
          await api(w.app, `/api/sections/${w.sectionId}/goal-data`, {
            method: 'POST',
            token: who.session.token,
            body: { goalId, date: isoDay(new Date(Date.now() - DAY)), value: { kind: 'trials', correct: 3, total: 5 } },
          })
        ).status;
      },
    },
    {
      what: 'correct a data point',
      resource: section,
      call: async (w: MatrixWorld, who: Person) => {
        const id = await storedPoint(w);
        const goalId = await trialsGoal(w);
        return (
          await api(w.app, `/api/goal-data/${id}/corrections`, {
            method: 'POST',
            token: who.session.token,
            body: {
              point: {
                goalId,
                date: isoDay(new Date(Date.now() - DAY)),
                value: { kind: 'trials', correct: 4, total: 5 },
              },
              reason: 'Counted again',
            },
          })
        ).status;
      },
    },
  ],
} satisfies Record<string, readonly [GoalDataProbe, ...GoalDataProbe[]]>;
