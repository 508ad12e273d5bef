import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, ColorSwatch, Group, Stack, Text, Title } from '@mantine/core';
import type * as Y from 'yjs';
import {
  dateTimeFormat,
  presenceColor,
  isSectionFragment,
  readSuggestions,
  SUGGESTION_PARTS,
  suggestionKey,
  type OpenSuggestion,
  type SectionAbilities,
  type ThreadDto,
} from '@iep/shared';
import { ApiError } from '../../api/http';
import { useDeepValue, type DeepObservable } from '../section/structured/useDeepVersion';
import { useComments } from '../comments/CommentsContext';
import { useSuggestionAction, type SuggestionAction } from './api';
import { goalNumbers, goalOrder, suggestionPlace } from './suggestionPlace';

interface SuggestionsPanelProps {
  sectionId: string;
  doc: Y.Doc;
  myUserId: string;
  abilities: SectionAbilities;
}

/** The open suggestions grouped by author, in the order they first appear in the document. */
function byAuthor(suggestions: OpenSuggestion[]): { authorId: string; authorName: string; items: OpenSuggestion[] }[] {
  const groups = new Map<string, { authorId: string; authorName: string; items: OpenSuggestion[] }>();
  for (const s of suggestions) {
    const group = groups.get(s.authorId) ?? { authorId: s.authorId, authorName: s.authorName, items: [] };
    group.items.push(s);
    groups.set(s.authorId, group);
  }
  return [...groups.values()];
}

/**
 * A card per open suggestion, read from the live document: they appear, and go when accepted,
 * rejected or withdrawn, as it happens for everyone. The OT and the administrator decide one, or all
 * of one person's; an author withdraws theirs.
 */
export function SuggestionsPanel({ sectionId, doc, myUserId, abilities }: SuggestionsPanelProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  // The goals too: their descriptions take suggestions, and their order numbers the cards.
  const types = useMemo<DeepObservable[]>(
    () => [...SUGGESTION_PARTS.map((p) => doc.getXmlFragment(p)), doc.getMap<unknown>('goals')],
    [doc],
  );
  // The goals' order as a list of ids: it reads the same after most keystrokes, so the panel skips them.
  const read = useCallback(() => ({ open: readSuggestions(doc), goalIds: goalOrder(doc) }), [doc]);
  const { open, goalIds } = useDeepValue(types, read);
  const numbers = useMemo(() => goalNumbers(goalIds), [goalIds]);
  const action = useSuggestionAction(sectionId);
  const time = dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const when = (at: string): string => {
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? '' : time.format(date);
  };
  const run = (a: SuggestionAction): void => action.mutate(a);
  const comments = useComments();
  const threadsOn = (s: OpenSuggestion) =>
    (comments?.threads ?? []).filter(
      (th) => th.suggestion !== null && suggestionKey(th.suggestion) === suggestionKey(s),
    );
  const errorText = (error: unknown): string =>
    error instanceof ApiError && error.code === 'SECTION_LOCKED'
      ? t('suggestions.errors.locked')
      : error instanceof ApiError && error.code === 'SUGGESTION_NOT_FOUND'
        ? t('suggestions.errors.gone')
        : t('suggestions.errors.generic');

  if (open.length === 0 && abilities.suggestParts.length === 0) return null;

  return (
    <section aria-labelledby={headingId} className="suggestions-panel" data-testid="suggestions-panel">
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('suggestions.title', { count: open.length })}
        </Title>
        {open.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('suggestions.none')}
          </Text>
        )}
        {action.isError && (
          <Alert color="red" role="alert">
            {errorText(action.error)}
          </Alert>
        )}
        {byAuthor(open).map((group) => (
          <Stack key={group.authorId} gap="xs" role="group" aria-label={t('suggestions.byAuthor', group)}>
            {abilities.decideSuggestions && group.items.length > 1 && (
              <Group gap="xs">
                <Button
                  size="compact-xs"
                  variant="default"
                  disabled={action.isPending}
                  onClick={() => run({ kind: 'decide', body: { decision: 'accept', authorId: group.authorId } })}
                >
                  {t('suggestions.acceptAll', { name: group.authorName })}
                </Button>
                <Button
                  size="compact-xs"
                  variant="default"
                  disabled={action.isPending}
                  onClick={() => run({ kind: 'decide', body: { decision: 'reject', authorId: group.authorId } })}
                >
                  {t('suggestions.rejectAll', { name: group.authorName })}
                </Button>
              </Group>
            )}
            {group.items.map((s) => (
              <Card
                key={suggestionKey(s)}
                withBorder
                padding="sm"
                className="suggestion-card"
                style={{ borderLeftColor: presenceColor(s.authorId) }}
                data-testid="suggestion-card"
                data-suggestion-id={s.id}
              >
                <Stack gap={4}>
                  <Group gap="xs" wrap="nowrap">
                    <ColorSwatch color={presenceColor(s.authorId)} size={12} aria-hidden />
                    <Text size="sm" fw={600}>
                      {s.authorName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`roles.${s.role}`)} · {when(s.at)}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed" data-testid="suggestion-place">
                    {suggestionPlace(s.part, numbers, t)}
                  </Text>
                  {s.deleted !== '' && (
                    <Text size="sm">
                      <span className="suggestion-card__label">{t('suggestions.removes')}</span>{' '}
                      <del className="suggestion-card__text">{s.deleted}</del>
                    </Text>
                  )}
                  {s.inserted !== '' && (
                    <Text size="sm">
                      <span className="suggestion-card__label">{t('suggestions.adds')}</span>{' '}
                      <ins className="suggestion-card__text">{s.inserted}</ins>
                    </Text>
                  )}
                  <SuggestionThreads suggestion={s} threads={threadsOn(s)} />
                  <Group gap="xs">
                    {abilities.decideSuggestions && (
                      <>
                        <Button
                          size="compact-xs"
                          disabled={action.isPending}
                          aria-label={t('suggestions.acceptOne', { name: s.authorName })}
                          onClick={() =>
                            run({
                              kind: 'decide',
                              body: { decision: 'accept', authorId: s.authorId, suggestionId: s.id },
                            })
                          }
                        >
                          {t('suggestions.accept')}
                        </Button>
                        <Button
                          size="compact-xs"
                          color="red.9"
                          variant="outline"
                          disabled={action.isPending}
                          aria-label={t('suggestions.rejectOne', { name: s.authorName })}
                          onClick={() =>
                            run({
                              kind: 'decide',
                              body: { decision: 'reject', authorId: s.authorId, suggestionId: s.id },
                            })
                          }
                        >
                          {t('suggestions.reject')}
                        </Button>
                      </>
                    )}
                    {abilities.withdrawOwnSuggestions && s.authorId === myUserId && (
                      <Button
                        size="compact-xs"
                        variant="default"
                        disabled={action.isPending}
                        onClick={() => run({ kind: 'withdraw', suggestionId: s.id })}
                      >
                        {t('suggestions.withdraw')}
                      </Button>
                    )}
                  </Group>
                </Stack>
              </Card>
            ))}
          </Stack>
        ))}
      </Stack>
    </section>
  );
}

/** The comments on one suggestion ("2 comments", opening its thread) and "Discuss" to start one. */
function SuggestionThreads({ suggestion: s, threads }: { suggestion: OpenSuggestion; threads: ThreadDto[] }) {
  const { t } = useTranslation();
  const comments = useComments();
  if (comments === null) return null;
  const count = threads.reduce((n, th) => n + th.comments.filter((c) => c.body !== null).length, 0);
  const part = isSectionFragment(s.part) ? s.part : null;
  const first = threads[0];
  return (
    <Group gap="xs">
      {first !== undefined && (
        <Button
          size="compact-xs"
          variant="subtle"
          data-testid="suggestion-comments"
          aria-label={t('suggestions.showComments', {
            comments: t('suggestions.comments', { count }),
            name: s.authorName,
          })}
          onClick={() => comments.activate(first.id)}
        >
          {t('suggestions.comments', { count })}
        </Button>
      )}
      {/* Threads anchor in the section's parts; one on a goal's description is started from the goal card. */}
      {comments.open && part !== null && (
        <Button
          size="compact-xs"
          variant="default"
          data-testid="suggestion-discuss"
          aria-label={t('suggestions.discussOne', { name: s.authorName })}
          onClick={() =>
            comments.startDraft({
              part,
              quote: `${s.deleted}${s.inserted}`,
              suggestion: { authorId: s.authorId, id: s.id },
            })
          }
        >
          {t('suggestions.discuss')}
        </Button>
      )}
    </Group>
  );
}
