import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { LOCALES, type Locale, type User } from '@iep/shared';
import { changeLanguage, currentLanguage } from '../i18n';
import { isLocale } from '../i18n/language';
import { authKeys } from '../features/auth/api';
import { updateProfile } from '../features/account/api';
import { writeAnswer } from '../api/queryAnswers';

/**
 * English / Español, on every page. Signed in, the account's saved language applies when the
 * session starts, and a choice here is saved to the account (so the next sign-in, mail and
 * printouts follow it); signed out, it is remembered on this device.
 */
export function LanguageSwitch({ user = null }: { user?: User | null }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const language = currentLanguage();
  const userId = user?.id ?? null;
  const saved = user?.locale ?? null;

  // Once per signed-in account: its saved language wins over this device's last choice (a later
  // save by this switch changes `saved` but must not switch again).
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (userId === null || appliedFor.current === userId) return;
    appliedFor.current = userId;
    if (saved !== null && isLocale(saved)) changeLanguage(saved);
  }, [userId, saved]);

  const choose = (next: Locale): void => {
    changeLanguage(next);
    if (userId === null || next === saved) return;
    updateProfile({ locale: next })
      .then((updated) => writeAnswer(queryClient, authKeys.me, updated))
      .catch(() => {
        // Not saved (offline, session ended): the interface still switched; the next sign-in uses the stored one.
      });
  };

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
          if (isLocale(next)) choose(next);
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
