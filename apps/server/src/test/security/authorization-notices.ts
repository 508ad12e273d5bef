import type { SectionStatus } from '@iep/shared';
import { api } from '../test-app';
import type { MatrixWorld, Person } from './authorization-world';

/** The matrix's Prior Written Notice probes: each acts on a notice made for it, draft or issued. */
export interface NoticeProbe {
  what: string;
  resource: (status: SectionStatus) => { status: SectionStatus };
  hidesWhenRefused?: true;
  call: (w: MatrixWorld, who: Person, status: SectionStatus) => Promise<number>;
}

const COMPLETE = {
  action: 'refuses' as const,
  description: 'More OT minutes',
  reasons: 'Goals are met with the current minutes',
  options: [{ option: '60 minutes weekly', whyRejected: 'Not needed for the goals' }],
  dataUsed: 'OT evaluation',
  otherFactors: '',
};

/** A notice as an event would leave it (complete, so issuing is refused only by the policy). */
async function notice(w: MatrixWorld, issued: boolean): Promise<string> {
  const row = await w.app.prisma.client.priorWrittenNotice.create({
    data: {
      sectionId: w.sectionId,
      trigger: 'manual',
      ...COMPLETE,
      ...(issued
        ? {
            status: 'issued',
            locale: 'en',
            safeguards: 'Your rights',
            issuedAt: new Date(),
            issuedByName: 'OT',
            issuedByRole: 'ot',
          }
        : {}),
    },
    select: { id: true },
  });
  return row.id;
}

const section = (status: SectionStatus) => ({ status });
const code = (r: { status: number }): number => r.status;

export const NOTICE_PROBES = {
  'notice.view': [
    {
      what: 'open an issued notice',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        code(await api(w.app, `/api/notices/${await notice(w, true)}`, { token: who.session.token })),
    },
  ],
  'notice.drafts': [
    {
      what: 'open a draft notice',
      resource: section,
      hidesWhenRefused: true,
      call: async (w: MatrixWorld, who: Person) =>
        code(await api(w.app, `/api/notices/${await notice(w, false)}`, { token: who.session.token })),
    },
  ],
  'notice.edit': [
    {
      what: 'edit a draft notice',
      resource: section,
      hidesWhenRefused: true,
      call: async (w: MatrixWorld, who: Person) =>
        code(
          await api(w.app, `/api/notices/${await notice(w, false)}`, {
            method: 'PATCH',
            token: who.session.token,
            body: { otherFactors: 'matrix' },
          }),
        ),
    },
  ],
  'notice.issue': [
    {
      what: 'issue a draft notice',
      resource: section,
      hidesWhenRefused: true,
      call: async (w: MatrixWorld, who: Person) =>
        code(
          await api(w.app, `/api/notices/${await notice(w, false)}/issue`, {
            method: 'POST',
            token: who.session.token,
          }),
        ),
    },
  ],
  'notice.acknowledge': [
    {
      what: 'acknowledge an issued notice',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        code(
          await api(w.app, `/api/notices/${await notice(w, true)}/acknowledge`, {
            method: 'POST',
            token: who.session.token,
          }),
        ),
    },
  ],
} satisfies Record<string, readonly [NoticeProbe, ...NoticeProbe[]]>;
