import { useTranslation } from 'react-i18next';
import { List, Text } from '@mantine/core';
import { z } from 'zod';
import { openSuggestionSchema, type SectionStructure } from '@iep/shared';
import { ApiError } from '../../api/http';
import { goalNumbers, suggestionPlace } from './suggestionPlace';

const openListSchema = z.object({ suggestions: z.array(openSuggestionSchema) });

/**
 * The open suggestions a refused sign-off request names (SUGGESTIONS_OPEN), each with where it is
 * ("Goal 2 · description"), so the person knows what to resolve first. Nothing for any other error.
 */
export function OpenSuggestionsList({ error, structure }: { error: unknown; structure: SectionStructure | null }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.code !== 'SUGGESTIONS_OPEN') return null;
  const parsed = openListSchema.safeParse(error.details);
  if (!parsed.success || parsed.data.suggestions.length === 0) return null;
  const numbers = goalNumbers((structure?.goals ?? []).map((g) => g.id));
  return (
    <div data-testid="open-suggestions">
      <Text size="sm" fw={600}>
        {t('suggestions.openList.title', { count: parsed.data.suggestions.length })}
      </Text>
      <List size="sm" spacing={2}>
        {parsed.data.suggestions.map((s) => (
          <List.Item key={`${s.authorId}:${s.id}`}>
            {t('suggestions.openList.item', {
              place: suggestionPlace(s.part, numbers, t),
              name: s.authorName,
              change: [
                s.inserted === '' ? '' : t('suggestions.openList.adds', { text: s.inserted }),
                s.deleted === '' ? '' : t('suggestions.openList.removes', { text: s.deleted }),
              ]
                .filter(Boolean)
                .join('; '),
            })}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
