import { useTranslation } from 'react-i18next';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { isApiError } from '../../api/http';
import { usePresentLevelsDraft } from './api';

/**
 * "Draft from the year's data" under the present levels: the server writes a paragraph from the
 * year's goal data and service delivery as the OT's suggestion, which arrives in the editor like any
 * other (accept or reject it in the suggestions panel).
 */
export function PresentLevelsDraft({ sectionId }: { sectionId: string }) {
  const { t } = useTranslation();
  const draft = usePresentLevelsDraft(sectionId);
  const error = draft.error
    ? isApiError(draft.error)
      ? t(`presentLevelsDraft.errors.${draft.error.code}`, { defaultValue: t('presentLevelsDraft.errors.generic') })
      : t('presentLevelsDraft.errors.generic')
    : null;
  return (
    <Stack gap={4} align="flex-start" data-testid="present-levels-draft">
      <Button
        variant="default"
        size="xs"
        onClick={() => draft.mutate()}
        loading={draft.isPending}
        data-testid="present-levels-draft-button"
      >
        {t('presentLevelsDraft.button')}
      </Button>
      <Text size="xs">{t('presentLevelsDraft.hint')}</Text>
      {draft.isSuccess && (
        <Text size="sm" role="status">
          {t('presentLevelsDraft.done')}
        </Text>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
