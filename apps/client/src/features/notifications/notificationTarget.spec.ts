import { notificationPath, type NotificationDto } from '@iep/shared';
import { targetSelector } from './notificationTarget';

const SECTION = '6f1c2a4e-0000-4000-8000-000000000001';
const THREAD = '6f1c2a4e-0000-4000-8000-000000000002';
const MEETING = '6f1c2a4e-0000-4000-8000-000000000003';

const note = (kind: NotificationDto['kind'], extra: Partial<NotificationDto> = {}): NotificationDto => ({
  id: '6f1c2a4e-0000-4000-8000-000000000009',
  kind,
  sectionId: SECTION,
  threadId: null,
  commentId: null,
  detail: {},
  actorName: 'Olivia Torres',
  studentName: 'Mateo Reyes',
  excerpt: '',
  createdAt: '2026-12-01T10:00:00.000Z',
  readAt: null,
  ...extra,
});

const hashOf = (path: string): string => path.slice(path.indexOf('#'));

describe('a notification leads to the exact place', () => {
  it('a mention opens its thread, a sign-off request the sign-off panel, a summary the meeting', () => {
    const mention = notificationPath(note('mention', { threadId: THREAD }));
    expect(mention).toBe(`/sections/${SECTION}#thread-${THREAD}`);
    expect(targetSelector(hashOf(mention))).toBe(`[data-testid="thread"][data-thread-id="${THREAD}"]`);
    expect(targetSelector(hashOf(notificationPath(note('signature_needed', { detail: { versionNumber: 3 } }))))).toBe(
      '[data-testid="signoff-panel"]',
    );
    expect(notificationPath(note('meeting_summary', { detail: { meetingId: MEETING } }))).toBe(
      `/sections/${SECTION}#meeting-${MEETING}`,
    );
    expect(targetSelector(hashOf(notificationPath(note('shared_for_review'))))).toBe('[data-testid="workflow-bar"]');
  });

  it('opens the notice a Prior Written Notice mail links to (#notice-<id>)', () => {
    expect(targetSelector(`#notice-${MEETING}`)).toBe(`[data-notice-id="${MEETING}"]`);
  });

  it('opens the progress report the family was sent (#progress-report-<id>)', () => {
    const issued = notificationPath(note('progress_report_issued', { detail: { progressReportId: MEETING } }));
    expect(issued).toBe(`/sections/${SECTION}#progress-report-${MEETING}`);
    expect(targetSelector(hashOf(issued))).toBe(`[id="progress-report-${MEETING}"]`);
  });

  it('ignores a fragment it does not know or that could break out of the selector', () => {
    expect(targetSelector('#thread-"],body')).toBeNull();
    expect(targetSelector('#notice-"],body')).toBeNull();
    expect(targetSelector('#progress-report-"],body')).toBeNull();
    expect(targetSelector('#elsewhere')).toBeNull();
    expect(targetSelector('')).toBeNull();
  });
});
