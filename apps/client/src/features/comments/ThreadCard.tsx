import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { CommentDto, Person, ThreadDto } from '@iep/shared';
import { useThreadAction } from './api';
import { formatDate } from '../../lib/format';
import { commentErrorKey } from './commentErrors';
import { CommentForm } from './CommentForm';
import type { CommentsState } from './CommentsContext';
import { partLabel } from './partLabel';

interface ThreadCardProps {
  thread: ThreadDto;
  state: CommentsState;
  team: Person[];
}

/** One thread: where it hangs, its comments (text only, never markup), reply, resolve. */
export function ThreadCard({ thread, state, team }: ThreadCardProps) {
  const { t, i18n } = useTranslation();
  const action = useThreadAction(state.sectionId);
  // A thread shown here is one this person may read; the abilities say whether they may write in it.
  const mayReply = state.abilities.comment;
  const mayResolve = state.abilities.comment && (state.abilities.resolveAnyThread || thread.author.id === state.me.id);
  const resolved = thread.resolvedAt !== null;
  const active = state.activeThreadId === thread.id;
  // A thread on a structured record ("goals/<id>") is detached when its record was removed (issue 19).
  const onRecord = thread.part.includes('/');

  return (
    <Card
      withBorder
      padding="sm"
      className={active ? 'thread-card thread-card--active' : 'thread-card'}
      data-testid="thread"
      data-thread-id={thread.id}
      data-thread-card="true"
      component="article"
      aria-label={t('comments.threadLabel', { part: partLabel(t, thread.part), name: thread.author.name })}
    >
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Text size="sm" fw={600}>
            {partLabel(t, thread.part)}
          </Text>
          <Group gap={4}>
            {thread.visibility === 'staff' && (
              <Badge color="grape.9" variant="filled">
                {t('comments.visibility.staffBadge')}
              </Badge>
            )}
            {thread.suggestion !== null && (
              <Badge color="blue.9" variant="filled">
                {t('comments.onSuggestion')}
              </Badge>
            )}
            {thread.detached && (
              <Badge color="red.9" variant="filled" data-testid="thread-detached">
                {onRecord ? t('comments.detachedItem') : t('comments.detached')}
              </Badge>
            )}
            {resolved && (
              <Badge color="teal.9" variant="filled">
                {t('comments.resolvedBadge')}
              </Badge>
            )}
          </Group>
        </Group>
        {thread.quote !== '' && (
          <Text size="sm" component="blockquote" className="thread-card__quote">
            {thread.quote}
          </Text>
        )}
        {thread.suggestion !== null && (
          <Text
            size="xs"
            data-testid="thread-suggestion-state"
            data-state={thread.suggestion.state}
            fw={thread.suggestion.state === 'open' ? undefined : 600}
          >
            {t(`comments.suggestionState.${thread.suggestion.state}`)}
          </Text>
        )}
        {thread.detached && (
          <Text size="xs">{onRecord ? t('comments.detachedItemHint') : t('comments.detachedHint')}</Text>
        )}
        <Stack gap="xs" component="ol" className="thread-card__comments">
          {thread.comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} state={state} team={team} language={i18n.language} />
          ))}
        </Stack>
        {resolved && thread.resolvedBy !== null && (
          <Text size="xs">{t('comments.resolvedBy', { name: thread.resolvedBy })}</Text>
        )}
        {mayReply && !resolved && (
          <CommentForm
            label={t('comments.replyLabel')}
            testId="reply-input"
            submitLabel={t('comments.reply')}
            team={team}
            meId={state.me.id}
            onSubmit={(v) =>
              action.mutateAsync({ kind: 'reply', threadId: thread.id, input: { body: v.body, mentions: v.mentions } })
            }
          />
        )}
        {mayResolve && (
          <Group>
            <Button
              size="xs"
              variant="light"
              loading={action.isPending}
              onClick={() => action.mutate({ kind: resolved ? 'reopen' : 'resolve', threadId: thread.id })}
            >
              {resolved ? t('comments.reopen') : t('comments.resolve')}
            </Button>
          </Group>
        )}
        {action.isError && (
          <Alert color="red" role="alert">
            {t(commentErrorKey(action.error))}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function CommentItem({
  comment,
  state,
  team,
  language,
}: {
  comment: CommentDto;
  state: CommentsState;
  team: Person[];
  language: string;
}) {
  const { t } = useTranslation();
  const action = useThreadAction(state.sectionId);
  const [editing, setEditing] = useState(false);
  const mine = comment.author.id === state.me.id && comment.body !== null && state.open;

  return (
    <li className="thread-card__comment" data-testid="comment">
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {comment.author.name}
        </Text>
        <Text size="xs">{t(`roles.${comment.author.role}`)}</Text>
        <Text size="xs">{formatDate(comment.createdAt, language)}</Text>
        {comment.parentInput && (
          <Badge size="xs" variant="filled" color="blue.9">
            {t('comments.parentInput')}
          </Badge>
        )}
        {comment.editedAt !== null && comment.body !== null && <Text size="xs">{t('comments.edited')}</Text>}
      </Group>
      {comment.body === null ? (
        <Text size="sm" fs="italic">
          {t('comments.deleted')}
        </Text>
      ) : editing ? (
        <CommentForm
          label={t('comments.editLabel')}
          testId="edit-input"
          submitLabel={t('comments.save')}
          team={team}
          meId={state.me.id}
          initialBody={comment.body}
          showMentions={false}
          onSubmit={async (v) => {
            await action.mutateAsync({ kind: 'edit', commentId: comment.id, body: v.body });
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Text size="sm" className="thread-card__body" data-testid="comment-body">
          {comment.body}
        </Text>
      )}
      {comment.mentions.length > 0 && comment.body !== null && (
        <Text size="xs">{t('comments.mentioned', { names: comment.mentions.map((m) => m.name).join(', ') })}</Text>
      )}
      {mine && !editing && (
        <Group gap={4}>
          <Button
            size="compact-xs"
            variant="default"
            onClick={() => setEditing(true)}
            aria-label={t('comments.editAria')}
          >
            {t('comments.edit')}
          </Button>
          <Button
            size="compact-xs"
            variant="default"
            onClick={() => action.mutate({ kind: 'delete', commentId: comment.id })}
            aria-label={t('comments.deleteAria')}
          >
            {t('comments.delete')}
          </Button>
        </Group>
      )}
    </li>
  );
}
