/** A thread's card in the sidebar (its highlight in the text carries the same data-thread-id). */
export function threadCardSelector(threadId: string): string {
  return `[data-testid="thread"][data-thread-id="${threadId}"]`;
}
