import type { MeetingSummary, NotificationDto } from '@iep/shared';
import { mailDay } from '../mail/mail-format';
import { meetingDigest } from '../meetings/meeting-summary-text';
import { notificationMail, type MailContext } from './notification-mail';

const SECTION = '6f1c2a4e-0000-4000-8000-000000000001';
const MEETING = '6f1c2a4e-0000-4000-8000-000000000003';
const ctx: MailContext = { publicUrl: 'https://iep.example.org', locale: 'en', timeZone: 'America/New_York' };
const es: MailContext = { ...ctx, locale: 'es', timeZone: 'America/Chicago' };

const note = (kind: NotificationDto['kind'], detail: NotificationDto['detail']): NotificationDto => ({
  id: '6f1c2a4e-0000-4000-8000-000000000009',
  kind,
  sectionId: SECTION,
  threadId: null,
  commentId: null,
  detail,
  actorName: 'Olivia Torres',
  studentName: 'Mateo Reyes',
  excerpt: '',
  createdAt: '2026-12-01T10:00:00.000Z',
  readAt: null,
});

const summary: MeetingSummary = {
  attendance: [
    {
      userId: 'u1',
      name: 'Paula Reyes',
      role: 'parent',
      firstJoinedAt: '2026-12-01T15:00:00.000Z',
      lastLeftAt: '2026-12-01T15:30:00.000Z',
      minutes: 30,
      modes: ['phone'],
      interpreter: true,
      drops: 0,
    },
  ],
  excused: [{ name: 'Tom Baker', role: 'teacher', areaDiscussed: false, writtenInput: null }],
  decisions: [{ kind: 'proposal_accepted', title: 'Handwriting goal' }],
  changes: { fragments: [], records: [] },
  open: [
    { key: 'check:goal', kind: 'check', title: 'goal_measurable', part: 'goals/9f76abcd/criterion', state: null },
    { key: 'check:pc', kind: 'check', title: 'parent_concerns_present', part: 'parentConcerns', state: null },
  ],
  itemSeconds: {},
};
const digest = meetingDigest(
  summary,
  'Family asked about handwriting practice at home.',
  new Date('2026-12-01T15:00:00.000Z'),
);

describe('notification mail as its reader reads it', () => {
  it('writes the respond-by date in the reader’s language, with an absolute link and an HTML part', () => {
    const mail = notificationMail(note('shared_for_review', { respondBy: '2026-12-01' }), ctx);
    expect(mail.text).toContain('Please respond by December 1, 2026.');
    expect(mail.text).toContain(`Open it in the IEP workspace: https://iep.example.org/sections/${SECTION}#workflow`);
    expect(mail.html).toContain(`<a href="https://iep.example.org/sections/${SECTION}#workflow">`);
    expect(mail.html).toContain('<html lang="en">');
    const spanish = notificationMail(note('shared_for_review', { respondBy: '2026-12-01' }), es);
    expect(spanish.text).toContain('Por favor, responda antes del 1 de diciembre de 2026.');
    expect(spanish.text).toContain(`Ábralo en el espacio IEP: https://iep.example.org/sections/${SECTION}#workflow`);
    expect(spanish.html).toContain('<html lang="es">');
    expect(mailDay('2026-12-01', 'es')).toBe('1 de diciembre de 2026');
  });

  it('puts the roles and checks in words and the meeting notes into the summary, never codes or ids', () => {
    const mail = notificationMail(note('meeting_summary', { meetingId: MEETING, digest }), ctx);
    expect(mail.text).toContain('The meeting of Tuesday, December 1, 2026 at 10:00 AM Eastern Standard Time');
    expect(mail.text).toContain('- Paula Reyes, parent or guardian, 30 minutes');
    expect(mail.text).toContain('- Tom Baker, teacher, excused');
    expect(mail.text).toContain('- Proposal accepted: Handwriting goal');
    expect(mail.text).toContain('- To complete: a goal is not yet measurable (in goals)');
    expect(mail.text).toContain('- To complete: the parent concerns are still empty (in parent concerns)');
    expect(mail.text).toContain('Meeting notes:\nFamily asked about handwriting practice at home.');
    expect(mail.text).toContain(`https://iep.example.org/sections/${SECTION}#meeting-${MEETING}`);
    expect(mail.text).not.toMatch(/\(parent\)|goal_measurable|\[|9f76/);
    expect(mail.html).toContain('<li>Paula Reyes, parent or guardian, 30 minutes</li>');
  });

  it('writes the same summary in Spanish for a Spanish reader, times in the district’s zone', () => {
    const mail = notificationMail(note('meeting_summary', { meetingId: MEETING, digest }), es);
    expect(mail.subject).toBe('Resumen de la reunión (Mateo Reyes)');
    expect(mail.text).toContain('La reunión del martes, 1 de diciembre de 2026, 9:00 hora estándar central');
    expect(mail.text).toContain('- Paula Reyes, madre, padre o tutor, 30 minutos');
    expect(mail.text).toContain('- Propuesta aceptada: Handwriting goal');
    expect(mail.text).toContain('- Por completar: una meta todavía no es medible (en metas)');
    expect(mail.text).not.toMatch(/\(parent\)|goal_measurable|parentConcerns|\[|9f76|Who attended/);
  });

  it('never reads a name or a comment as a placeholder or a message key', () => {
    const n = { ...note('mention', {}), actorName: '{{student}} $t(common.open)', excerpt: '<b>{{name}}</b>' };
    const mail = notificationMail(n, ctx);
    expect(mail.subject).toBe('{{student}} $t(common.open) mentioned you (Mateo Reyes)');
    expect(mail.text).toContain('<b>{{name}}</b>');
    expect(mail.html).toContain('&lt;b&gt;{{name}}&lt;/b&gt;');
  });

  it('still shows a summary written before digests as it was stored', () => {
    const mail = notificationMail(
      note('meeting_summary', { meetingId: MEETING, summary: 'Who attended:\n- Ana' }),
      ctx,
    );
    expect(mail.text).toContain('Who attended:\n- Ana');
  });
});
