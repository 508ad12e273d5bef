import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { changePasswordSchema } from '@iep/shared';
import { changePassword } from './api';
import { explainAccountError } from './accountErrors';
import { NewPasswordFields, useNewPassword } from './NewPasswordFields';

/** Change my password: the current one, then the new one twice. Other sessions end on success. */
export function PasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<ParseKeys | undefined>();
  const [formError, setFormError] = useState<ParseKeys | undefined>();
  const currentRef = useRef<HTMLInputElement>(null);
  const next = useNewPassword();

  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      setCurrent('');
      next.clear();
    },
    onError: (error) => {
      const explained = explainAccountError(error);
      if (explained.field === 'currentPassword') {
        setCurrentError(explained.key);
        currentRef.current?.focus();
      } else if (explained.field === 'newPassword') next.refuse(explained.key);
      else setFormError(explained.key);
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.reset();
    setFormError(undefined);
    const parsed = changePasswordSchema.safeParse({ currentPassword: current, newPassword: next.password });
    const currentOk = parsed.success || !parsed.error.issues.some((issue) => issue.path[0] === 'currentPassword');
    setCurrentError(currentOk ? undefined : 'account.password.errors.currentRequired');
    if (!currentOk) {
      currentRef.current?.focus();
      return;
    }
    if (!next.validate() || !parsed.success) return;
    mutation.mutate(parsed.data);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="password-title" data-testid="password-form">
      <Stack gap="md">
        <Title order={2} id="password-title">
          {t('account.password.title')}
        </Title>
        <Text size="sm">{t('account.password.intro')}</Text>
        <PasswordInput
          ref={currentRef}
          label={t('account.password.current')}
          name="current-password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(event) => setCurrent(event.currentTarget.value)}
          error={currentError === undefined ? undefined : t(currentError)}
        />
        <NewPasswordFields state={next} />
        {formError !== undefined && <Alert color="red">{t(formError)}</Alert>}
        <div role="status" aria-live="polite">
          {mutation.isSuccess && <Text c="teal.9">{t('account.password.changed')}</Text>}
        </div>
        <div>
          <Button type="submit" loading={mutation.isPending}>
            {t('account.password.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
