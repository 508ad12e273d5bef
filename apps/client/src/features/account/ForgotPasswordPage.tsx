import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { passwordResetRequestSchema } from '@iep/shared';
import { requestPasswordReset } from './api';
import { AppLayout } from '../../components/AppLayout';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { explainAccountError } from './accountErrors';

/** /forgot-password — ask for a reset link; the answer is the same whether the address is known. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.forgot.title'));
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const mutation = useMutation({ mutationFn: requestPasswordReset });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.reset();
    const parsed = passwordResetRequestSchema.safeParse({ email });
    setEmailError(!parsed.success);
    if (!parsed.success) {
      emailRef.current?.focus();
      return;
    }
    mutation.mutate(parsed.data);
  };

  return (
    <AppLayout user={null}>
      <Paper withBorder shadow="sm" p="xl" maw={440} mx="auto" mt="xl" radius="md">
        <Stack gap="md">
          <Title order={1} id="forgot-title">
            {t('account.forgot.title')}
          </Title>
          {mutation.isSuccess ? (
            <Alert color="teal" role="status" data-testid="reset-requested">
              {t('account.forgot.sent', { email })}
            </Alert>
          ) : (
            <>
              <Text>{t('account.forgot.intro')}</Text>
              {mutation.isError && <Alert color="red">{t(explainAccountError(mutation.error).key)}</Alert>}
              <form onSubmit={onSubmit} noValidate aria-labelledby="forgot-title">
                <Stack gap="md">
                  <TextInput
                    ref={emailRef}
                    label={t('login.email')}
                    type="email"
                    name="email"
                    autoComplete="username"
                    required
                    value={email}
                    onChange={(event) => setEmail(event.currentTarget.value)}
                    error={emailError ? t('login.errors.emailInvalid') : undefined}
                  />
                  <Button type="submit" loading={mutation.isPending}>
                    {t('account.forgot.submit')}
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
