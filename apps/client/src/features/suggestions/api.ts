import { useMutation } from '@tanstack/react-query';
import { decidedSuggestionsSchema, type DecidedSuggestions, type DecideSuggestionsRequest } from '@iep/shared';
import { requestJson } from '../../api/http';

const path = (sectionId: string, action: 'decide' | 'withdraw'): string =>
  `/api/sections/${encodeURIComponent(sectionId)}/suggestions/${action}`;

export type SuggestionAction =
  { kind: 'decide'; body: DecideSuggestionsRequest } | { kind: 'withdraw'; suggestionId?: string };

/**
 * Accepting, rejecting and withdrawing: the server changes the live document, so every editor (and
 * the panel, which reads the document) shows the result as it happens; nothing to refetch.
 */
export function useSuggestionAction(sectionId: string) {
  return useMutation({
    mutationFn: (action: SuggestionAction): Promise<DecidedSuggestions> =>
      action.kind === 'decide'
        ? requestJson(path(sectionId, 'decide'), decidedSuggestionsSchema, { method: 'POST', body: action.body })
        : requestJson(path(sectionId, 'withdraw'), decidedSuggestionsSchema, {
            method: 'POST',
            body: action.suggestionId === undefined ? {} : { suggestionId: action.suggestionId },
          }),
  });
}
