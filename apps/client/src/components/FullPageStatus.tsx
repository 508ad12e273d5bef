import { useTranslation } from 'react-i18next';
import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';

/** Before the session check answers: a spinner, or an error with a retry. */
export function FullPageStatus({ kind, onRetry }: { kind: 'loading' | 'error'; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (kind === 'loading') {
    return (
      <Center mih="50vh" role="status">
        <Stack align="center" gap="xs">
          <Loader aria-hidden="true" />
          <Text>{t('app.loading')}</Text>
        </Stack>
      </Center>
    );
  }
  return (
    <Center mih="50vh">
      <Alert color="red" title={t('errors.network')}>
        {onRetry !== undefined && (
          <Button mt="sm" variant="outline" color="red" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
      </Alert>
    </Center>
  );
}
