/** The fragment a notification's link carries (see `notificationPath`), as the element it names on the section page. */
export function targetSelector(hash: string): string | null {
  const id = hash.replace(/^#/, '');
  const safe = (value: string): string | null => (/^[0-9a-f-]{1,64}$/i.test(value) ? value : null);
  if (id.startsWith('thread-')) {
    const threadId = safe(id.slice('thread-'.length));
    // The thread's card in the sidebar, not its highlight in the text (which carries the id too).
    return threadId === null ? null : `[data-thread-card][data-thread-id="${threadId}"]`;
  }
  if (id.startsWith('meeting-')) return '[data-testid="meeting-summary"], [data-testid="meeting-dock"]';
  if (id === 'signoff') return '[data-testid="signoff-panel"]';
  if (id === 'workflow') return '[data-testid="workflow-bar"]';
  return null;
}
