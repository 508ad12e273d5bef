import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '@iep/shared';
import { changeLanguage, currentLanguage } from '../i18n';
import { isLocale } from '../i18n/language';

/** English / Español, on every page; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="language-switch__label">
        {t('language.label')}
      </label>
      <select
        id={id}
        className="language-switch__select"
        value={language}
        data-testid="language-switch"
        onChange={(event) => {
          const next = event.currentTarget.value;
          if (isLocale(next)) changeLanguage(next);
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
