import { VisuallyHidden } from '@mantine/core';

/**
 * A polite live region for one feature's announcements: it says `message` once when it changes
 * (the `id` changes with each announcement, so the same words twice are heard twice).
 */
export function PoliteAnnouncer({
  message,
  testId,
}: {
  message: { id: number; text: string } | null;
  testId?: string;
}) {
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {message === null ? '' : <span key={message.id}>{message.text}</span>}
    </VisuallyHidden>
  );
}
