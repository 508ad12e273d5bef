import type { ThreadDto } from './schemas';

export type ParentInputState = 'open' | 'answered' | 'resolved';

export interface ParentInputItem {
  threadId: string;
  commentId: string;
  part: string;
  quote: string;
  body: string;
  author: string;
  createdAt: string;
  state: ParentInputState;
}

/**
 * "Parent input to discuss": every live comment the family wrote, with its state: resolved when
 * its thread is, answered when staff wrote in the thread after it, open otherwise.
 */
export function parentInputItems(threads: readonly ThreadDto[]): ParentInputItem[] {
  const items: ParentInputItem[] = [];
  for (const thread of threads) {
    thread.comments.forEach((comment, i) => {
      if (!comment.parentInput || comment.body === null) return;
      const answered = thread.comments.slice(i + 1).some((c) => !c.parentInput && c.body !== null);
      items.push({
        threadId: thread.id,
        commentId: comment.id,
        part: thread.part,
        quote: thread.quote,
        body: comment.body,
        author: comment.author.name,
        createdAt: comment.createdAt,
        state: thread.resolvedAt !== null ? 'resolved' : answered ? 'answered' : 'open',
      });
    });
  }
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
