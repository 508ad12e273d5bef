import { useTranslation } from 'react-i18next';
import { isFinal, type SectionStatus } from '@iep/shared';
import './workflow.css';

/**
 * "Draft — not final" on every state but approved: an IEP may not look final before the meeting and
 * the sign-off. The watermark appears only on paper (see workflow.css), the banner everywhere.
 */
export function DraftBanner({ status }: { status: SectionStatus }) {
  const { t } = useTranslation();
  if (isFinal(status)) return null;
  return (
    <>
      <div className="draft-banner" role="note" data-testid="draft-banner">
        <strong>{t('workflow.draftBanner.title')}</strong> {t('workflow.draftBanner.text')}
      </div>
      <div className="draft-watermark" aria-hidden="true">
        {t('workflow.draftBanner.title')}
      </div>
    </>
  );
}
