import { can, MEETING_NOTES_ROOT, type SectionStatus } from '@iep/shared';
import { api } from '../test-app';
import { GOAL_DATA_PROBES } from './authorization-goal-data';
import { PROGRESS_REPORT_PROBES } from './authorization-progress-reports';
import { NOTICE_PROBES } from './authorization-notices';
import { SERVICE_LOG_PROBES } from './authorization-service-log';
import { BILLING_PROBES } from './authorization-billing';
import {
  section,
  socketSuggestion,
  socketWrite,
  some,
  status,
  suggestionProbe,
  threadProbe,
  type Probe,
  type ProbeTable,
} from './authorization-probe-kit';

let invited = 0;

export const PROBES: ProbeTable = {
  'student.view': [
    {
      what: 'find the student in my list',
      resource: section,
      call: async (w, who) => {
        const body = (await api(w.app, '/api/students', { token: who.session.token })).body as {
          students: { id: string }[];
        };
        return body.students.some((s) => s.id === w.studentId) ? 200 : 404;
      },
    },
  ],
  'section.view': [
    {
      what: 'GET the section',
      resource: section,
      call: async (w, who) => status(await api(w.app, `/api/sections/${w.sectionId}`, { token: who.session.token })),
    },
  ],
  'section.edit': [socketWrite('presentLevels'), socketWrite('parentConcerns'), socketWrite(MEETING_NOTES_ROOT)],
  'version.create': [
    {
      what: 'save a named version',
      resource: section,
      call: async (w, who) =>
        status(
          await api(w.app, `/api/sections/${w.sectionId}/versions`, {
            method: 'POST',
            token: who.session.token,
            body: { name: 'matrix' },
          }),
        ),
    },
  ],
  'audit.view': [
    {
      what: 'read the access log',
      resource: section,
      call: async (w, who) =>
        status(await api(w.app, `/api/students/${w.studentId}/access-log`, { token: who.session.token })),
    },
  ],
  'section.transition': [
    {
      what: 'take the lead move out of the state',
      resource: section,
      call: async (w, who, from) => {
        const to: Record<SectionStatus, SectionStatus> = {
          draft: 'family_review',
          family_review: 'draft',
          meeting: 'draft',
          pending_signoff: 'meeting',
          approved: 'draft',
        };
        const respondBy = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
        return status(
          await api(w.app, `/api/sections/${w.sectionId}/transition`, {
            method: 'POST',
            token: who.session.token,
            body: { to: to[from], ...(to[from] === 'family_review' ? { respondBy } : {}) },
          }),
        );
      },
    },
  ],
  'section.sign': [
    {
      what: 'sign the version waiting for signatures (the OT and the family first when the administrator signs)',
      resource: section,
      call: async (w, who, state) => {
        if (state !== 'pending_signoff') return w.sign(who, 1);
        const version = await w.pendingSignoff();
        if (can(who.actor, 'section.approve', { status: 'pending_signoff' })) {
          for (const role of ['ot', 'parent'] as const)
            if ((await w.sign(w.as(role), version)) !== 200) throw new Error(`${role} could not sign first`);
        }
        return w.sign(who, version);
      },
    },
  ],
  'section.approve': [
    {
      what: 'give the last signature (after the OT and the family): the section is approved',
      resource: section,
      call: async (w, who, state) => {
        if (state !== 'pending_signoff') return w.sign(who, 1);
        const version = await w.pendingSignoff();
        for (const role of ['ot', 'parent'] as const)
          if (who.actor.role !== role && (await w.sign(w.as(role), version)) !== 200)
            throw new Error(`${role} could not sign first`);
        const code = await w.sign(who, version);
        if (code !== 200) return code;
        const row = await w.app.prisma.client.otSection.findUniqueOrThrow({
          where: { id: w.sectionId },
          select: { status: true },
        });
        return row.status === 'approved' ? 200 : 403;
      },
    },
  ],
  'consent.revoke': [
    {
      what: "revoke the family's consent",
      resource: section,
      call: async (w, who, state) => {
        await w.familyConsentThen(state);
        return status(
          await api(w.app, `/api/sections/${w.sectionId}/signoffs/revoke`, {
            method: 'POST',
            token: who.session.token,
            body: { reason: 'We changed our minds' },
          }),
        );
      },
    },
  ],
  'family.respond': [
    {
      what: 'answer the shared draft',
      resource: section,
      call: async (w, who) =>
        status(
          await api(w.app, `/api/sections/${w.sectionId}/family-response`, {
            method: 'POST',
            token: who.session.token,
            body: { note: 'Looks right' },
          }),
        ),
    },
  ],
  'excusal.consent': [
    {
      what: "consent to the teacher's excusal",
      resource: section,
      call: async (w, who) => {
        const { meetingId, excusalId } = await w.excusalRequested();
        return status(
          await api(w.app, `/api/meetings/${meetingId}/excusals/${excusalId}/consent`, {
            method: 'POST',
            token: who.session.token,
            body: { typedName: who.name, agree: true },
          }),
        );
      },
    },
  ],
  'staff.room': [
    {
      what: 'hear a staff-only thread over socket.io',
      resource: section,
      call: async (w, who, state) => ((await w.madeInDraft(state, () => w.hearsStaffThreads(who))) ? 200 : 403),
    },
  ],
  'mail.read': [
    {
      what: 'read the outbox',
      resource: section,
      call: async (w, who) => status(await api(w.app, '/api/outbox', { token: who.session.token })),
    },
  ],
  'audit.detail': [
    {
      what: 'read the access log with its details',
      resource: section,
      call: async (w, who) =>
        status(await api(w.app, `/api/students/${w.studentId}/access-log/entries`, { token: who.session.token })),
    },
  ],
  'dashboard.view': [
    {
      what: 'open the dashboard',
      resource: section,
      call: async (w, who) => status(await api(w.app, '/api/dashboard', { token: who.session.token })),
    },
  ],
  'meeting.lead': [
    {
      what: 'schedule a meeting',
      resource: section,
      call: async (w, who) =>
        status(
          await api(w.app, `/api/sections/${w.sectionId}/meetings`, {
            method: 'POST',
            token: who.session.token,
            body: { scheduledFor: new Date(Date.now() + 86_400_000).toISOString() },
          }),
        ),
    },
  ],
  'proposal.create': [
    {
      what: 'propose a goal',
      resource: section,
      call: async (w, who) =>
        status(
          await api(w.app, `/api/sections/${w.sectionId}/proposals`, {
            method: 'POST',
            token: who.session.token,
            body: { kind: 'new_goal', fields: { behavior: 'zips a coat' }, rationale: '' },
          }),
        ),
    },
  ],
  'proposal.endorse': [
    {
      what: "support another's proposal",
      resource: section,
      call: async (w, who, state) => {
        const id = await w.madeInDraft(state, () => w.proposal(w.author));
        return status(
          await api(w.app, `/api/proposals/${id}/endorse`, {
            method: 'POST',
            token: who.session.token,
            body: { stance: 'support' },
          }),
        );
      },
    },
  ],
  'proposal.decide': [
    {
      what: "accept another's proposal",
      resource: section,
      call: async (w, who, state) => {
        const id = await w.madeInDraft(state, () => w.proposal(w.author));
        return status(
          await api(w.app, `/api/proposals/${id}/accept`, { method: 'POST', token: who.session.token, body: {} }),
        );
      },
    },
    {
      what: "reject another's proposal",
      resource: section,
      call: async (w, who, state) => {
        const id = await w.madeInDraft(state, () => w.proposal(w.author));
        return status(
          await api(w.app, `/api/proposals/${id}/reject`, {
            method: 'POST',
            token: who.session.token,
            body: { reason: 'Not now' },
          }),
        );
      },
    },
  ],
  'district.manage': [
    {
      what: "list the district's students",
      resource: section,
      hidesWhenRefused: true,
      call: async (w, who) =>
        status(await api(w.app, `/api/admin/districts/${w.districtId}/students`, { token: who.session.token })),
    },
    {
      what: "read the district's letterhead",
      resource: section,
      hidesWhenRefused: true,
      call: async (w, who) =>
        status(await api(w.app, `/api/admin/districts/${w.districtId}/letterhead`, { token: who.session.token })),
    },
  ],
  'team.view': [
    {
      what: 'see the team',
      resource: section,
      call: async (w, who) =>
        status(await api(w.app, `/api/students/${w.studentId}/team`, { token: who.session.token })),
    },
  ],
  'team.invite': [
    {
      what: 'invite a teacher',
      resource: section,
      call: async (w, who) =>
        status(
          await api(w.app, `/api/students/${w.studentId}/invitations`, {
            method: 'POST',
            token: who.session.token,
            body: { email: `matrix-${++invited}@example.org`, role: 'teacher' },
          }),
        ),
    },
  ],
  'team.manage': [
    {
      what: "change a teammate's role",
      resource: section,
      call: async (w, who) =>
        status(
          await api(w.app, `/api/students/${w.studentId}/team/${await w.teammate()}`, {
            method: 'PATCH',
            token: who.session.token,
            body: { role: 'ota', reason: 'matrix' },
          }),
        ),
    },
    {
      what: 'remove a teammate',
      resource: section,
      call: async (w, who) =>
        status(
          await api(w.app, `/api/students/${w.studentId}/team/${await w.teammate()}/remove`, {
            method: 'POST',
            token: who.session.token,
            body: { reason: 'matrix' },
          }),
        ),
    },
  ],
  'record.export': [
    {
      what: 'download the record',
      resource: section,
      call: async (w, who) =>
        status(await api(w.app, `/api/students/${w.studentId}/record`, { token: who.session.token })),
    },
  ],
  ...NOTICE_PROBES,
  ...SERVICE_LOG_PROBES,
  ...GOAL_DATA_PROBES,
  ...BILLING_PROBES,
  ...PROGRESS_REPORT_PROBES,
  'thread.view': some(
    (['team', 'staff'] as const).map((v) =>
      threadProbe(
        'open a thread',
        v,
        false,
        async (w, who, { threadId }) =>
          status(await api(w.app, `/api/threads/${threadId}`, { token: who.session.token })),
        'view',
      ),
    ),
  ),
  'thread.create': some(
    (['team', 'staff'] as const).map((visibility): Probe => ({
      what: `start a ${visibility} thread`,
      resource: (state) => ({ status: state, visibility }),
      call: async (w, who) =>
        status(
          await api(w.app, `/api/sections/${w.sectionId}/threads`, {
            method: 'POST',
            token: who.session.token,
            body: { part: 'presentLevels', quote: '', visibility, body: 'A question', mentions: [] },
          }),
        ),
    })),
  ),
  'comment.create': some(
    (['team', 'staff'] as const).map((v) =>
      threadProbe(
        'reply',
        v,
        false,
        async (w, who, { threadId }) =>
          status(
            await api(w.app, `/api/threads/${threadId}/comments`, {
              method: 'POST',
              token: who.session.token,
              body: { body: 'A reply', mentions: [] },
            }),
          ),
        'write',
      ),
    ),
  ),
  'suggestion.create': [socketSuggestion('presentLevels'), socketSuggestion('parentConcerns')],
  'suggestion.decide': [
    suggestionProbe("accept another's suggestion", false, 'accept'),
    suggestionProbe("reject another's suggestion", false, 'reject'),
  ],
  'suggestion.withdraw': [
    suggestionProbe('withdraw', true, 'withdraw'),
    suggestionProbe('withdraw', false, 'withdraw'),
  ],
  'thread.resolve': some(
    (['team', 'staff'] as const).flatMap((v) =>
      [false, true].map((own) =>
        threadProbe(
          'resolve',
          v,
          own,
          async (w, who, { threadId }) =>
            status(await api(w.app, `/api/threads/${threadId}/resolve`, { method: 'POST', token: who.session.token })),
          'write',
        ),
      ),
    ),
  ),
  'comment.edit': some(
    (['team', 'staff'] as const).flatMap((v) =>
      [false, true].map((own) =>
        threadProbe(
          'edit the first comment',
          v,
          own,
          async (w, who, { commentId }) =>
            status(
              await api(w.app, `/api/comments/${commentId}`, {
                method: 'PATCH',
                token: who.session.token,
                body: { body: 'Edited' },
              }),
            ),
          'write',
        ),
      ),
    ),
  ),
};

/** Refused means 403 or 409; a staff thread, or a record the probe says is hidden, is also not found (404). */
export function answered(probe: Probe, allowed: boolean, code: number, resource: Parameters<typeof can>[2]): boolean {
  if (allowed) return code >= 200 && code < 300;
  const hidden =
    probe.hidesWhenRefused === true ||
    (resource !== undefined && 'visibility' in resource && resource.visibility === 'staff');
  return code === 403 || code === 409 || (hidden && code === 404);
}
