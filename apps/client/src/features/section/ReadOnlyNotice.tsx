import { useTranslation } from 'react-i18next';
import { Alert } from '@mantine/core';
import { isFamily, type SectionResponse } from '@iep/shared';
import { useStatusLabel } from '../../i18n/labels';

/** Says in words why the editors are read-only: the section's state (staff), or the family's own parts. */
export function ReadOnlyNotice({ section }: { section: SectionResponse }) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const message = !isFamily(section.myRole)
    ? t('section.readOnlyStatus', { status: statusLabel(section.status) })
    : section.permissions.editParts.length > 0
      ? t('section.readOnlyParentParts')
      : t('section.readOnlyRole');
  return (
    <Alert color="gray" role="note" data-testid="read-only-notice">
      {message}
    </Alert>
  );
}
