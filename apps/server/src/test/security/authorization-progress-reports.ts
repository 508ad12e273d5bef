import { randomUUID } from 'node:crypto';
import type { SectionStatus } from '@iep/shared';
import { api } from '../test-app';
import type { MatrixWorld, Person } from './authorization-world';

/** The matrix's progress report probes (issue 22): each acts on a report made for it, draft or issued. */
export interface ProgressReportProbe {
  what: string;
  resource: (status: SectionStatus) => { status: SectionStatus };
  hidesWhenRefused?: true;
  call: (w: MatrixWorld, who: Person, status: SectionStatus) => Promise<number>;
}

const GOAL = {
  goalId: 'matrix-goal',
  goalText: 'given loop scissors, cuts on a line, in 4 of 5 trials',
  scale: 'percent',
  target: 80,
  baseline: 20,
  points: [],
  code: 'not_begun',
  narrative: 'No data yet.',
};

/** A report as the drafter leaves it, or issued. */
async function report(w: MatrixWorld, issued: boolean): Promise<string> {
  const row = await w.app.prisma.client.progressReport.create({
    data: {
      sectionId: w.sectionId,
      periodStart: new Date('2026-09-01T00:00:00Z'),
      periodEnd: new Date('2026-11-01T00:00:00Z'),
      locale: 'en',
      goals: [GOAL],
      createdById: w.as('ot').actor.userId,
      ...(issued ? { status: 'issued', issuedAt: new Date(), issuedByName: 'OT', issuedByRole: 'ot' } : {}),
    },
    select: { id: true },
  });
  return row.id;
}

const section = (status: SectionStatus) => ({ status });
const code = (r: { status: number }): number => r.status;

export const PROGRESS_REPORT_PROBES = {
  'progress.view': [
    {
      what: 'open an issued progress report',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        code(await api(w.app, `/api/progress-reports/${await report(w, true)}`, { token: who.session.token })),
    },
    {
      what: 'download an issued progress report as a PDF',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        code(await api(w.app, `/api/progress-reports/${await report(w, true)}.pdf`, { token: who.session.token })),
    },
    {
      what: 'read the reporting schedule',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        code(await api(w.app, `/api/sections/${w.sectionId}/progress-schedule`, { token: who.session.token })),
    },
  ],
  'progress.write': [
    {
      what: 'draft a progress report from the data',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        code(
          await api(w.app, `/api/sections/${w.sectionId}/progress-reports`, {
            method: 'POST',
            token: who.session.token,
            body: { periodStart: '2026-09-01', periodEnd: '2026-11-01' },
          }),
        ),
    },
    {
      what: 'edit a draft progress report',
      resource: section,
      hidesWhenRefused: true,
      call: async (w: MatrixWorld, who: Person) =>
        code(
          await api(w.app, `/api/progress-reports/${await report(w, false)}`, {
            method: 'PATCH',
            token: who.session.token,
            body: { goals: [{ goalId: GOAL.goalId, code: 'emerging', narrative: 'matrix' }] },
          }),
        ),
    },
    {
      what: 'issue a draft progress report',
      resource: section,
      hidesWhenRefused: true,
      call: async (w: MatrixWorld, who: Person) =>
        code(
          await api(w.app, `/api/progress-reports/${await report(w, false)}/issue`, {
            method: 'POST',
            token: who.session.token,
          }),
        ),
    },
    {
      what: 'set the reporting schedule',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        code(
          await api(w.app, `/api/sections/${w.sectionId}/progress-schedule`, {
            method: 'PUT',
            token: who.session.token,
            body: { firstDue: new Date().toISOString().slice(0, 10), everyWeeks: 9 },
          }),
        ),
    },
  ],
  'presentLevels.draft': [
    {
      what: 'draft the present levels from the year’s data as a suggestion',
      resource: section,
      call: async (w: MatrixWorld, who: Person) => {
        // A data point of the last week, so the year has something to draft from.
        await w.app.prisma.client.goalDataPoint.create({
          data: {
            entryId: randomUUID(),
            entryVersion: 1,
            sectionId: w.sectionId,
            goalId: GOAL.goalId,
            date: new Date(Date.now() - 7 * 86_400_000),
            kind: 'percentage',
            percentage: 60,
            recordedById: w.as('ot').actor.userId,
            recordedByName: 'OT',
            recordedByRole: 'ot',
          },
        });
        const res = await api(w.app, `/api/sections/${w.sectionId}/present-levels/draft`, {
          method: 'POST',
          token: who.session.token,
        });
        // Withdrawn at once: an open suggestion would stand in the way of the later probes' sign-offs.
        const made = res.body as { suggestionId?: string };
        if (res.status === 201 && made.suggestionId)
          await api(w.app, `/api/sections/${w.sectionId}/suggestions/withdraw`, {
            method: 'POST',
            token: who.session.token,
            body: { suggestionId: made.suggestionId },
          });
        return res.status;
      },
    },
  ],
  'progress.acknowledge': [
    {
      what: 'acknowledge an issued progress report',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        code(
          await api(w.app, `/api/progress-reports/${await report(w, true)}/acknowledge`, {
            method: 'POST',
            token: who.session.token,
          }),
        ),
    },
  ],
} satisfies Record<string, readonly [ProgressReportProbe, ...ProgressReportProbe[]]>;
