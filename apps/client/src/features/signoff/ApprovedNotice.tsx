import { useTranslation } from 'react-i18next';
import { Alert, Button, Stack, Text } from '@mantine/core';
import type { SectionResponse } from '@iep/shared';
import { formatDate } from '../../lib/format';
import { versionPdfUrl } from '../workflow/api';
import { useSignoffs } from './api';
import { approvedAt } from './signoffModel';

/** An approved section reads as locked, with the approved version's PDF at hand. */
export function ApprovedNotice({ section }: { section: SectionResponse }) {
  const { t, i18n } = useTranslation();
  const approved = section.workflow.status === 'approved';
  const signoffs = useSignoffs(section.id, approved);
  if (!approved) return null;
  const when = signoffs.data === undefined ? null : approvedAt(signoffs.data);
  const versionNumber = section.workflow.signoffVersion ?? signoffs.data?.version?.number ?? null;

  return (
    <Alert
      color="green"
      variant="light"
      className="locked-notice"
      classNames={{ title: 'locked-notice__title' }}
      role="note"
      title={t('workflow.locked.title')}
      data-testid="locked-notice"
    >
      <Stack gap="sm">
        <Text data-testid="locked-text">
          {when === null
            ? t('workflow.locked.text')
            : t('workflow.locked.textOn', { date: formatDate(when, i18n.language) })}
        </Text>
        {versionNumber !== null && (
          <div>
            <Button
              component="a"
              href={versionPdfUrl(section.id, versionNumber)}
              size="md"
              data-testid="approved-pdf-link"
            >
              {t('workflow.locked.download', { number: versionNumber })}
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
