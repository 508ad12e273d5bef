import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import { PasswordInput } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '@iep/shared';
import { newPasswordErrorKey } from './accountErrors';

/** The state of the two new-password fields: values, errors, and the check with the shared rule. */
export function useNewPassword() {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [passwordError, setPasswordError] = useState<ParseKeys | undefined>();
  const [confirmError, setConfirmError] = useState<ParseKeys | undefined>();
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  /** True when both fields pass; otherwise shows why and focuses the first bad field. */
  const validate = (): boolean => {
    const ruleKey = newPasswordErrorKey(password);
    const mismatch = ruleKey === undefined && password !== confirm;
    setPasswordError(ruleKey);
    setConfirmError(mismatch ? 'account.password.errors.mismatch' : undefined);
    if (ruleKey !== undefined) passwordRef.current?.focus();
    else if (mismatch) confirmRef.current?.focus();
    return ruleKey === undefined && !mismatch;
  };

  /** A reason the server gave (the common-password list is checked there). */
  const refuse = (key: ParseKeys): void => {
    setPasswordError(key);
    passwordRef.current?.focus();
  };

  const clear = (): void => {
    setPassword('');
    setConfirm('');
    setPasswordError(undefined);
    setConfirmError(undefined);
  };

  return {
    password,
    confirm,
    setPassword,
    setConfirm,
    passwordError,
    confirmError,
    passwordRef,
    confirmRef,
    validate,
    refuse,
    clear,
  };
}

export type NewPasswordState = ReturnType<typeof useNewPassword>;

/** The new password twice, with the rule spelled out; shared by the change and reset forms. */
export function NewPasswordFields({ state }: { state: NewPasswordState }) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordInput
        ref={state.passwordRef}
        label={t('account.password.new')}
        description={t('account.password.rule', { min: PASSWORD_MIN_LENGTH })}
        name="new-password"
        autoComplete="new-password"
        required
        value={state.password}
        onChange={(event) => state.setPassword(event.currentTarget.value)}
        error={state.passwordError === undefined ? undefined : t(state.passwordError)}
      />
      <PasswordInput
        ref={state.confirmRef}
        label={t('account.password.confirm')}
        name="confirm-password"
        autoComplete="new-password"
        required
        value={state.confirm}
        onChange={(event) => state.setConfirm(event.currentTarget.value)}
        error={state.confirmError === undefined ? undefined : t(state.confirmError)}
      />
    </>
  );
}
