import { threadCardSelector } from '../comments/threadCardSelector';
/** The fragment a notification's link carries (see `notificationPath`), as the element it names on the section page. */
export function targetSelector(hash: string): string | null {
  const id = hash.replace(/^#/, '');
  const safe = (value: string): string | null => (/^[0-9a-f-]{1,64}$/i.test(value) ? value : null);
  if (id.startsWith('thread-')) {
    const threadId = safe(id.slice('thread-'.length));
    // The thread's card, not its highlight in the text (the editor re-renders that one).
    return threadId === null ? null : threadCardSelector(threadId);
  }
  if (id.startsWith('notice-')) {
    const noticeId = safe(id.slice('notice-'.length));
    return noticeId === null ? null : `[data-notice-id="${noticeId}"]`;
  }
  if (id.startsWith('progress-report-')) {
    const reportId = safe(id.slice('progress-report-'.length));
    // The report's article in the progress reports panel (its element id is the fragment).
    return reportId === null ? null : `[id="progress-report-${reportId}"]`;
  }
  if (id.startsWith('meeting-')) return '[data-testid="meeting-summary"], [data-testid="meeting-dock"]';
  if (id === 'signoff') return '[data-testid="signoff-panel"]';
  if (id === 'workflow') return '[data-testid="workflow-bar"]';
  return null;
}
