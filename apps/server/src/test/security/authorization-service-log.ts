import { randomUUID } from 'node:crypto';
import type { SectionStatus } from '@iep/shared';
import { api } from '../test-app';
import type { MatrixWorld, Person } from './authorization-world';

/** The matrix's service log probes (issue 22). */
export interface ServiceLogProbe {
  what: string;
  resource: (status: SectionStatus) => { status: SectionStatus };
  call: (w: MatrixWorld, who: Person, status: SectionStatus) => Promise<number>;
}

const section = (status: SectionStatus) => ({ status });
const DAY = 86_400_000;
const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
let slot = 0;

/** The plan runs from a month ago to next year, so today's sessions are inside its dates. */
async function planAroundToday(w: MatrixWorld): Promise<void> {
  await w.app.prisma.client.plan.updateMany({
    where: { otSection: { id: w.sectionId } },
    data: { meetingDate: new Date(Date.now() - 30 * DAY), annualReviewDate: new Date(Date.now() + 300 * DAY) },
  });
}

/** A session each time at a time of its own, so no two overlap. */
function session(): Record<string, unknown> {
  const start = 6 * 60 + 2 * (slot++ % 300);
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return {
    date: isoDay(new Date(Date.now() - DAY)),
    startTime: hhmm(start),
    endTime: hhmm(start + 1),
    grouping: 'individual',
    model: 'direct_pull_out',
    setting: 'in_person',
    status: 'delivered',
  };
}

export const SERVICE_LOG_PROBES = {
  'service.view': [
    {
      what: 'read the service log',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        (await api(w.app, `/api/sections/${w.sectionId}/service-log`, { token: who.session.token })).status,
    },
    {
      what: 'read the minutes against the plan',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        (await api(w.app, `/api/sections/${w.sectionId}/service-minutes`, { token: who.session.token })).status,
    },
  ],
  'service.unsharedNotes': [
    {
      what: 'read a note the OT did not share (403: the entry is read without its note)',
      resource: section,
      call: async (w: MatrixWorld, who: Person) => {
        const row = await w.app.prisma.client.serviceSession.create({
          data: {
            entryId: randomUUID(),
            entryVersion: 1,
            sectionId: w.sectionId,
            date: new Date(),
            startMinute: 0,
            endMinute: 1,
            minutes: 1,
            grouping: 'individual',
            model: 'push_in',
            setting: 'in_person',
            status: 'missed',
            missedReason: 'student_absent',
            note: 'matrix staff note',
            noteShared: false,
            recordedById: who.actor.userId,
            recordedByName: 'Matrix',
            recordedByRole: 'ot',
            current: false,
          },
        });
        const res = await api(w.app, `/api/service-log/${row.entryId}/versions`, { token: who.session.token });
        if (res.status !== 200) return res.status;
        const body = res.body as { versions: { note: string | null }[] };
        return body.versions[0]?.note === 'matrix staff note' ? 200 : 403;
      },
    },
  ],
  'service.log': [
    {
      what: 'record a session',
      resource: section,
      call: async (w: MatrixWorld, who: Person) => {
        await planAroundToday(w);
        return (
          await api(w.app, `/api/sections/${w.sectionId}/service-log`, {
            method: 'POST',
            token: who.session.token,
            body: session(),
          })
        ).status;
      },
    },
    {
      what: 'schedule the make-up of a session the school owes',
      resource: section,
      call: async (w: MatrixWorld, who: Person) => {
        await planAroundToday(w);
        const owed = await w.app.prisma.client.serviceSession.create({
          data: {
            entryId: randomUUID(),
            entryVersion: 1,
            sectionId: w.sectionId,
            date: new Date(`${isoDay(new Date(Date.now() - DAY))}T00:00:00Z`),
            startMinute: 0,
            endMinute: 1,
            minutes: 1,
            grouping: 'individual',
            model: 'push_in',
            setting: 'in_person',
            status: 'missed',
            missedReason: 'provider_absent',
            recordedById: w.as('ot').actor.userId,
            recordedByName: 'Matrix',
            recordedByRole: 'ot',
          },
        });
        return (
          await api(w.app, `/api/service-log/${owed.entryId}/make-up`, {
            method: 'PUT',
            token: who.session.token,
            body: { date: isoDay(new Date(Date.now() + 3 * DAY)) },
          })
        ).status;
      },
    },
  ],
} satisfies Record<string, readonly [ServiceLogProbe, ...ServiceLogProbe[]]>;
