import { z } from 'zod';
import { openSuggestionSchema } from './doc/suggestions';
import { roleSchema } from './schemas';

/** An id an editor gives a suggestion, or a person's id in a suggestion mark: short, printable. */
const markId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/);

/**
 * Accepting or rejecting suggestions (the OT or the administrator): one suggestion of one author
 * (`suggestionId`), or every open suggestion of that author when it is absent.
 */
export const decideSuggestionsRequestSchema = z.object({
  decision: z.enum(['accept', 'reject']),
  authorId: markId,
  suggestionId: markId.optional(),
});
export type DecideSuggestionsRequest = z.infer<typeof decideSuggestionsRequestSchema>;

/** The author withdraws one of their suggestions, or all of theirs when `suggestionId` is absent. */
export const withdrawSuggestionsRequestSchema = z.object({ suggestionId: markId.optional() });
export type WithdrawSuggestionsRequest = z.infer<typeof withdrawSuggestionsRequestSchema>;

export const SUGGESTION_OUTCOMES = ['accepted', 'rejected', 'withdrawn'] as const;

/** A decided suggestion as the record keeps it. */
export const suggestionDecisionViewSchema = openSuggestionSchema.extend({
  outcome: z.enum(SUGGESTION_OUTCOMES),
  decidedById: z.string(),
  decidedByRole: roleSchema,
  decidedAt: z.string(),
});
export type SuggestionDecisionView = z.infer<typeof suggestionDecisionViewSchema>;

export const suggestionDecisionListSchema = z.object({ decisions: z.array(suggestionDecisionViewSchema) });
export type SuggestionDecisionList = z.infer<typeof suggestionDecisionListSchema>;

/** What a decision or a withdrawal answers: the suggestions it decided, as they were. */
export const decidedSuggestionsSchema = z.object({ decided: z.array(openSuggestionSchema) });
export type DecidedSuggestions = z.infer<typeof decidedSuggestionsSchema>;
