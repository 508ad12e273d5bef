import { useTranslation } from 'react-i18next';
import { Text } from '@mantine/core';
import { errorReport } from './workflowModel';

/** A failed request next to the control that sent it: our words for the code, then the server's message. */
export function ApiErrorText({ error, testId }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  const report = errorReport(error);
  const ours =
    report.code === null
      ? t('workflow.errors.generic')
      : report.code === 'VERSION_NOT_CURRENT' && report.currentVersion !== null
        ? t('workflow.errors.VERSION_NOT_CURRENT_n', { number: report.currentVersion })
        : t(`workflow.errors.${report.code}`);
  return (
    <Text size="sm" role="alert" c="red.9" data-testid={testId} data-code={report.code ?? undefined}>
      {ours}
      {report.serverMessage !== '' && report.serverMessage !== ours && (
        <>
          {' '}
          <Text span size="sm" c="red.9">
            ({t('workflow.errors.serverSaid', { message: report.serverMessage })})
          </Text>
        </>
      )}
    </Text>
  );
}
