import type { NotificationDto } from '@iep/shared';
import { summaryText } from '../meetings/meeting-summary-text';
import { mailDate, notificationMail } from './notification-mail';

const SECTION = '6f1c2a4e-0000-4000-8000-000000000001';
const MEETING = '6f1c2a4e-0000-4000-8000-000000000003';
const ctx = { publicUrl: 'https://iep.example.org', locale: 'en', timeZone: 'America/New_York' };

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

describe('notification mail as the family reads it', () => {
  it('writes the respond-by date in the reader’s language, with an absolute link and an HTML part', () => {
    const mail = notificationMail(note('shared_for_review', { respondBy: '2026-12-01' }), ctx);
    expect(mail.text).toContain('Please respond by December 1, 2026.');
    expect(mail.text).toContain(`Open it in the IEP workspace: https://iep.example.org/sections/${SECTION}#workflow`);
    expect(mail.html).toContain(`<a href="https://iep.example.org/sections/${SECTION}#workflow">`);
    expect(mailDate('2026-12-01', 'es')).toBe('1 de diciembre de 2026');
  });

  it('puts the roles and checks in words and the meeting notes into the summary, never codes or ids', () => {
    const summary = summaryText(
      {
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
        excused: [],
        decisions: [{ kind: 'proposal_accepted', title: 'Handwriting goal' }],
        changes: { fragments: [], records: [] },
        open: [
          { key: 'check:goal', kind: 'check', title: 'goal_measurable', part: 'goals/9f76abcd/criterion', state: null },
          { key: 'check:pc', kind: 'check', title: 'parent_concerns_present', part: 'parentConcerns', state: null },
        ],
        itemSeconds: {},
      },
      'Family asked about handwriting practice at home.',
    );
    const mail = notificationMail(note('meeting_summary', { meetingId: MEETING, summary }), ctx);
    expect(mail.text).toContain('- Paula Reyes, parent or guardian, 30 min');
    expect(mail.text).toContain('- Proposal accepted: Handwriting goal');
    expect(mail.text).toContain('- To complete: a goal is not yet measurable (in goals)');
    expect(mail.text).toContain('- To complete: the parent concerns are still empty (in parent concerns)');
    expect(mail.text).toContain('Meeting notes:\nFamily asked about handwriting practice at home.');
    expect(mail.text).toContain(`https://iep.example.org/sections/${SECTION}#meeting-${MEETING}`);
    expect(mail.text).not.toMatch(/\(parent\)|goal_measurable|\[|9f76/);
    expect(mail.html).toContain('<li>Paula Reyes, parent or guardian, 30 min</li>');
  });
});
