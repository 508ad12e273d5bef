import { useTranslation } from 'react-i18next';
import { Text } from '@mantine/core';
import { ApiError } from '../../api/http';
import { ApiErrorText } from '../workflow/ApiErrorText';

const MEETING_CODES = [
  'MEETING_ALREADY_RUNNING',
  'MEETING_NOT_RUNNING',
  'EXCUSAL_INCOMPLETE',
  'MEETING_TARGET_UNKNOWN',
  'SIGNATURE_NAME_MISMATCH',
  'NOT_FOUND',
] as const;
type MeetingCode = (typeof MEETING_CODES)[number];
const isMeetingCode = (code: string): code is MeetingCode => (MEETING_CODES as readonly string[]).includes(code);

/** What is missing from an excusal, from the 409's details. */
function missingOf(details: unknown): ('parent_consent' | 'written_input')[] {
  if (typeof details !== 'object' || details === null || !('missing' in details) || !Array.isArray(details.missing))
    return [];
  return details.missing.filter(
    (m): m is 'parent_consent' | 'written_input' => m === 'parent_consent' || m === 'written_input',
  );
}

/** A refused meeting request in words; other failures as the workflow words them. */
export function MeetingErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error === null) return null;
  if (error instanceof ApiError && error.code === 'MEETING_IN_PAST') {
    return (
      <Text size="sm" role="alert" c="red.9" data-testid="meeting-error" data-code={error.code}>
        {t('meetingStart.whenPast')}
      </Text>
    );
  }
  if (!(error instanceof ApiError) || !isMeetingCode(error.code)) return <ApiErrorText error={error} />;
  const missing = missingOf(error.details).map((m) => t(`meetings.excusals.missing.${m}`));
  return (
    <Text size="sm" role="alert" c="red.9" data-testid="meeting-error" data-code={error.code}>
      {t(`meetings.errors.${error.code}`)}
      {missing.length > 0 && ` ${t('meetings.excusals.stillMissing', { what: missing.join('; ') })}`}
    </Text>
  );
}
