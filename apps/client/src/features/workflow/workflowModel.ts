import { SECTION_STATUSES, type SectionAbilities, type SectionStatus } from '@iep/shared';
import { ApiError } from '../../api/http';

/** The five states in order, for the stepper. */
export const WORKFLOW_STEPS: readonly SectionStatus[] = SECTION_STATUSES;

export type StepState = 'done' | 'current' | 'upcoming';

/** Where each step stands relative to the current state (an amendment starts again at draft). */
export function stepStates(status: SectionStatus): { status: SectionStatus; state: StepState }[] {
  const current = WORKFLOW_STEPS.indexOf(status);
  return WORKFLOW_STEPS.map((step, index) => ({
    status: step,
    state: index < current ? 'done' : index === current ? 'current' : 'upcoming',
  }));
}

export type EditScope = 'all' | 'own_parts' | 'none';

export interface ReaderCapabilities {
  edit: EditScope;
  comment: boolean;
  propose: boolean;
  sign: boolean;
}

/** What the section allows this reader now, in words the workflow bar lists: read off the server's abilities. */
export function readerCapabilities(abilities: SectionAbilities): ReaderCapabilities {
  return {
    edit: abilities.edit ? 'all' : abilities.editParts.length > 0 ? 'own_parts' : 'none',
    comment: abilities.comment,
    propose: abilities.propose,
    sign: abilities.sign,
  };
}

/** Today as YYYY-MM-DD in the reader's time zone (the earliest respond-by date). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type RespondByProblem = 'missing' | 'invalid' | 'past';

/** Why a respond-by date cannot be sent, or null when it can (ISO dates compare as strings). */
export function respondByProblem(value: string, today: string): RespondByProblem | null {
  if (value.trim() === '') return 'missing';
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    return 'invalid';
  return value < today ? 'past' : null;
}

/** Whether a family's respond-by date has passed without an answer. */
export function isOverdue(respondBy: string | null, respondedAt: string | null, today: string): boolean {
  return respondBy !== null && respondedAt === null && respondBy.slice(0, 10) < today;
}

/** Error codes the catalogs explain in words (under `workflow.errors.*`). */
export const KNOWN_ERROR_CODES = [
  'INVALID_TRANSITION',
  'FORBIDDEN',
  'VALIDATION_FAILED',
  'VERSION_NOT_CURRENT',
  'CONTENT_CHANGED',
  'ALREADY_SIGNED',
  'SIGNATURE_OUT_OF_ORDER',
  'NOT_A_SIGNER',
  'SIGNATURE_NAME_MISMATCH',
  'SECTION_LOCKED',
  'SUGGESTIONS_OPEN',
] as const;
export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];

export interface ErrorReport {
  /** A code with words in the catalogs, or null (network trouble, unknown code). */
  code: KnownErrorCode | null;
  /** What the server said, shown as given (empty when it said nothing). */
  serverMessage: string;
  /** For VERSION_NOT_CURRENT: the version being signed now. */
  currentVersion: number | null;
}

/** A failed request as something the UI can say: our words for known codes plus the server's message. */
export function errorReport(error: unknown): ErrorReport {
  if (!(error instanceof ApiError)) return { code: null, serverMessage: '', currentVersion: null };
  const code = (KNOWN_ERROR_CODES as readonly string[]).includes(error.code) ? (error.code as KnownErrorCode) : null;
  const details = error.details;
  const current =
    typeof details === 'object' &&
    details !== null &&
    'currentVersion' in details &&
    typeof details.currentVersion === 'number'
      ? details.currentVersion
      : null;
  return { code, serverMessage: error.message, currentVersion: current };
}
