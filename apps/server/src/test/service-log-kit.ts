import * as Y from 'yjs';
import { addGoal, addService } from '@iep/shared';
import { api, collabToken, connectProvider, storedOnServer, synced, type Session, type TestApp } from './test-app';

type Body = Record<string, unknown>;

export interface GridService {
  frequency: number;
  period: 'week' | 'month';
  minutes: number;
}

/** When the plan runs, as ISO dates: by default the school year the specs date their entries in. */
export interface PlanDates {
  start: string;
  end: string;
}
const SCHOOL_YEAR: PlanDates = { start: '2026-09-01', end: '2027-08-31' };

/** An ISO date `days` from today (negative: in the past), for plans running around the real date. */
export const isoDaysFromNow = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Writes Mateo's section through the real document socket as `ot` (goals, services…), waits until the
 * server stored it, then approves the section with the plan running on `dates`. Answers what `write` does.
 */
export async function approvedWith<T>(
  app: TestApp,
  ot: Session,
  sectionId: string,
  write: (doc: Y.Doc) => T,
  dates: PlanDates = SCHOOL_YEAR,
): Promise<T> {
  const doc = new Y.Doc();
  const provider = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), doc);
  await synced(provider);
  const written = write(doc);
  await storedOnServer(app, sectionId, doc);
  provider.destroy();
  await app.prisma.client.otSection.update({ where: { id: sectionId }, data: { status: 'approved' } });
  await app.prisma.client.plan.updateMany({
    where: { otSection: { id: sectionId } },
    data: { meetingDate: new Date(`${dates.start}T00:00:00Z`), annualReviewDate: new Date(`${dates.end}T00:00:00Z`) },
  });
  return written;
}

/** Adds a service to the grid: pull-out, individual, as often and as long as `s` says. */
export function addGridService(doc: Y.Doc, s: GridService): string {
  const id = addService(doc);
  const row = doc.getMap<Y.Map<unknown>>('services').get(id);
  doc.transact(() => {
    row?.set('model', 'direct_pull_out');
    row?.set('frequency', s.frequency);
    row?.set('period', s.period);
    row?.set('minutes', s.minutes);
    row?.set('grouping', 'individual');
  });
  return id;
}

/**
 * An approved plan for the service log's tests: one goal and the given services in the grid, running
 * on `dates`. Answers the goal's and the services' ids.
 */
export function approvedPlan(
  app: TestApp,
  ot: Session,
  sectionId: string,
  services: GridService[],
  dates: PlanDates = SCHOOL_YEAR,
): Promise<{ goalId: string; serviceIds: string[] }> {
  return approvedWith(
    app,
    ot,
    sectionId,
    (doc) => ({
      goalId: addGoal(doc, { area: 'fine_motor', behavior: 'copies a 5-word sentence legibly' }),
      serviceIds: services.map((s) => addGridService(doc, s)),
    }),
    dates,
  );
}

/** Last month as "YYYY-MM" on this process's (and the browser's) calendar, and its first and last days. */
export function lastMonth(): { month: string; first: string; last: string } {
  const now = new Date();
  const first = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  const last = new Date(now.getFullYear(), now.getMonth(), 0);
  const month = `${first.getFullYear()}-${String(first.getMonth() + 1).padStart(2, '0')}`;
  return { month, first: `${month}-01`, last: `${month}-${String(last.getDate()).padStart(2, '0')}` };
}

/** A delivered 30-minute individual session, but for what `over` changes. */
export const sessionBody = (over: Body = {}): Body => ({
  date: '2026-11-02',
  startTime: '09:00',
  endTime: '09:30',
  grouping: 'individual',
  model: 'direct_pull_out',
  location: 'OT room',
  setting: 'in_person',
  note: 'Copied two sentences on the slant board.',
  status: 'delivered',
  ...over,
});

export const logSession = (app: TestApp, s: Session, sectionId: string, body: Body) =>
  api(app, `/api/sections/${sectionId}/service-log`, { method: 'POST', token: s.token, body });

export const cosign = (app: TestApp, s: Session, entryId: string, version: number) =>
  api(app, `/api/service-log/${entryId}/cosign`, { method: 'POST', token: s.token, body: { version } });

export const codeOf = (res: { body: unknown }): string | undefined =>
  (res.body as { error?: { code?: string } } | null)?.error?.code;

/** Reads a CSV of quoted cells (RFC 4180 quoting: "" inside a quoted cell is one quote). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  return rows;
}
