import { threadCardSelector } from './threadCardSelector';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useTeam, useThreadAction } from './api';
import { CommentForm } from './CommentForm';
import { useComments } from './CommentsContext';
import { ParentInputList } from './ParentInputList';
import { partLabel } from './partLabel';
import { ThreadCard } from './ThreadCard';

/** The section's comment threads beside the editors: new thread, open threads, resolved on request. */
export function ThreadSidebar() {
  const { t } = useTranslation();
  const state = useComments();
  const sectionId = state?.sectionId ?? '';
  const team = useTeam(sectionId);
  const action = useThreadAction(sectionId);
  const [showResolved, setShowResolved] = useState(false);
  const activeId = state?.activeThreadId ?? null;

  useEffect(() => {
    if (activeId === null) return;
    const card = document.querySelector<HTMLElement>(threadCardSelector(activeId));
    card?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  // A thread started from a suggestion's card: take the writer to the new thread's box.
  const draftSuggestion = state?.draft?.suggestion;
  useEffect(() => {
    if (draftSuggestion === undefined) return;
    const box = document.querySelector<HTMLElement>('[data-testid="new-thread-input"]');
    box?.scrollIntoView({ block: 'nearest' });
    box?.focus();
  }, [draftSuggestion]);

  if (state === null) return null;
  const resolvedCount = state.threads.filter((th) => th.resolvedAt !== null).length;
  const shown = state.threads.filter((th) => showResolved || th.resolvedAt === null || th.id === activeId);
  const members = team.data ?? [];
  const draft = state.draft;

  return (
    <Stack
      gap="sm"
      component="aside"
      aria-labelledby="comments-title"
      data-testid="thread-sidebar"
      className="thread-sidebar"
    >
      <Title order={2} id="comments-title" size="h3">
        {t('comments.title')}
      </Title>
      {draft !== null && (
        <Card withBorder padding="sm" data-testid="new-thread">
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('comments.newThreadOn', { part: partLabel(t, draft.part) })}
            </Text>
            {draft.suggestion !== undefined && <Text size="xs">{t('comments.onSuggestion')}</Text>}
            {draft.quote !== '' && (
              <Text size="sm" component="blockquote" className="thread-card__quote">
                {draft.quote}
              </Text>
            )}
            <CommentForm
              label={t('comments.newThreadLabel')}
              testId="new-thread-input"
              submitLabel={t('comments.start')}
              team={members}
              meId={state.me.id}
              visibilities={state.visibilities}
              onSubmit={async (v) => {
                const thread = await action.mutateAsync({
                  kind: 'create',
                  input: { ...draft, body: v.body, mentions: v.mentions, visibility: v.visibility },
                });
                state.cancelDraft();
                state.activate(thread.id);
              }}
              onCancel={state.cancelDraft}
            />
          </Stack>
        </Card>
      )}
      {draft === null && state.open && <Text size="sm">{t('comments.howTo')}</Text>}
      {!state.open && <Text size="sm">{t('comments.closed')}</Text>}
      {state.loading && <Loader size="sm" aria-label={t('comments.loading')} />}
      {state.failed && <Alert color="red">{t('comments.loadError')}</Alert>}
      {!state.loading && shown.length === 0 && <Text size="sm">{t('comments.empty')}</Text>}
      <Stack gap="sm" data-testid="thread-list">
        {shown.map((thread) => (
          <ThreadCard key={thread.id} thread={thread} state={state} team={members} />
        ))}
      </Stack>
      {resolvedCount > 0 && (
        <Button variant="subtle" size="xs" onClick={() => setShowResolved((v) => !v)} aria-pressed={showResolved}>
          {showResolved ? t('comments.hideResolved') : t('comments.showResolved', { count: resolvedCount })}
        </Button>
      )}
      <ParentInputList
        threads={state.threads}
        onOpen={(id) => {
          setShowResolved(true);
          state.activate(id);
        }}
      />
    </Stack>
  );
}
