import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { passwordResetConfirmSchema } from '@iep/shared';
import { confirmPasswordReset } from './api';
import { authKeys } from '../auth/api';
import { AppLayout } from '../../components/AppLayout';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { explainAccountError } from './accountErrors';
import { NewPasswordFields, useNewPassword } from './NewPasswordFields';
import { writeAnswer } from '../../api/queryAnswers';

/** /reset-password/:token — choose a new password with the link from the mail (once). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.reset.title'));
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const next = useNewPassword();
  const [formError, setFormError] = useState<ParseKeys | undefined>();

  const mutation = useMutation({
    mutationFn: confirmPasswordReset,
    onSuccess: () => {
      // Every session of the person ended, this browser's too.
      writeAnswer(queryClient, authKeys.me, null);
      next.clear();
    },
    onError: (error) => {
      const explained = explainAccountError(error);
      if (explained.field === 'newPassword') next.refuse(explained.key);
      else setFormError(explained.key);
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.reset();
    setFormError(undefined);
    if (!next.validate()) return;
    const parsed = passwordResetConfirmSchema.safeParse({ token, newPassword: next.password });
    if (!parsed.success) {
      setFormError('account.reset.errors.linkInvalid');
      return;
    }
    mutation.mutate(parsed.data);
  };

  const linkBroken = formError !== undefined && formError.startsWith('account.reset.errors.link');

  return (
    <AppLayout user={null}>
      <Paper withBorder shadow="sm" p="xl" maw={440} mx="auto" mt="xl" radius="md">
        <Stack gap="md">
          <Title order={1} id="reset-title">
            {t('account.reset.title')}
          </Title>
          {mutation.isSuccess ? (
            <Alert color="teal" role="status" data-testid="reset-done">
              {t('account.reset.done')}
            </Alert>
          ) : (
            <>
              <Text>{t('account.reset.intro')}</Text>
              {formError !== undefined && (
                <Alert color="red" data-testid="reset-error">
                  {t(formError)}{' '}
                  {linkBroken && (
                    <Anchor component={Link} to="/forgot-password">
                      {t('account.reset.askAgain')}
                    </Anchor>
                  )}
                </Alert>
              )}
              <form onSubmit={onSubmit} noValidate aria-labelledby="reset-title">
                <Stack gap="md">
                  <NewPasswordFields state={next} />
                  <Button type="submit" loading={mutation.isPending}>
                    {t('account.reset.submit')}
                  </Button>
                </Stack>
              </form>
            </>
          )}
          <Anchor component={Link} to="/login">
            {t('account.backToSignIn')}
          </Anchor>
        </Stack>
      </Paper>
    </AppLayout>
  );
}
