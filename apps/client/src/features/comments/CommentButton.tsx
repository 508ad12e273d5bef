import { useTranslation } from 'react-i18next';
import { Button } from '@mantine/core';
import { useComments } from './CommentsContext';

/** "Comment" on a structured record (a goal, a service row, an accommodation). */
export function CommentButton({ part, label }: { part: string; label: string }) {
  const { t } = useTranslation();
  const state = useComments();
  if (state === null || !state.open) return null;
  const count = state.threads.filter((th) => th.part === part && th.resolvedAt === null).length;
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      onClick={() => state.startDraft({ part, quote: label })}
      aria-label={t('comments.commentOnRecord', { name: label })}
    >
      {count > 0 ? t('comments.commentCount', { count }) : t('comments.comment')}
    </Button>
  );
}
