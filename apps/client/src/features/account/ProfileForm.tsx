import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { LOCALES, updateProfileSchema, type User } from '@iep/shared';
import { updateProfile } from './api';
import { authKeys } from '../auth/api';
import { changeLanguage } from '../../i18n';
import { isLocale } from '../../i18n/language';
import { displayNameErrorKey, explainAccountError } from './accountErrors';
import { writeAnswer } from '../../api/queryAnswers';

/** Display name and language; the interface switches language as soon as it is saved. */
export function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(user.name);
  const [locale, setLocale] = useState(user.locale);
  const [nameError, setNameError] = useState<string | undefined>();
  const nameRef = useRef<HTMLInputElement>(null);

  const mutation = useMutation({
    mutationFn: updateProfile,
    onSuccess: (updated) => {
      writeAnswer(queryClient, authKeys.me, updated);
      setName(updated.name);
      changeLanguage(updated.locale);
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.reset();
    const key = displayNameErrorKey(name);
    if (key !== undefined) {
      setNameError(t(key));
      nameRef.current?.focus();
      return;
    }
    setNameError(undefined);
    const parsed = updateProfileSchema.safeParse({ name, locale });
    if (parsed.success) mutation.mutate(parsed.data);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="profile-title" data-testid="profile-form">
      <Stack gap="md">
        <Title order={2} id="profile-title">
          {t('account.profile.title')}
        </Title>
        <TextInput
          ref={nameRef}
          label={t('account.profile.name')}
          name="name"
          autoComplete="name"
          required
          maxLength={200}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={nameError}
        />
        <NativeSelect
          label={t('account.profile.language')}
          name="locale"
          value={locale}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (isLocale(next)) setLocale(next);
          }}
          data={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
        />
        {mutation.isError && <Alert color="red">{t(explainAccountError(mutation.error).key)}</Alert>}
        <div role="status" aria-live="polite">
          {mutation.isSuccess && <Text c="teal.9">{t('account.profile.saved')}</Text>}
        </div>
        <div>
          <Button type="submit" loading={mutation.isPending}>
            {t('account.profile.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
