import { useTranslation } from 'react-i18next';
import type { SectionResponse } from '@iep/shared';
import { useRoleLabel, useStatusLabel } from '../../i18n/labels';

/** Student, workflow status and the reader's role, as a description list. */
export function SectionSummary({ section }: { section: SectionResponse }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const statusLabel = useStatusLabel();
  return (
    <dl className="section-summary">
      <div>
        <dt>{t('section.student')}</dt>
        <dd data-testid="section-student">{section.studentName}</dd>
      </div>
      <div>
        <dt>{t('section.status')}</dt>
        <dd data-testid="section-status" data-status={section.status}>
          {statusLabel(section.status)}
        </dd>
      </div>
      <div>
        <dt>{t('section.myRole')}</dt>
        <dd data-testid="section-role" data-role={section.myRole}>
          {roleLabel(section.myRole)}
        </dd>
      </div>
    </dl>
  );
}
