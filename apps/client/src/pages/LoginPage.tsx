import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Anchor, Button, Divider, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { authKeys, login, OIDC_START_PATH, useOidcStatus } from '../features/auth/api';
import { loginQueryErrorKey } from '../features/account/accountErrors';
import { useMe } from '../auth/useMe';
import { AppLayout } from '../components/AppLayout';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { loginErrorKey, validateLogin, type LoginFieldErrors } from './loginErrors';
import { writeAnswer } from '../api/queryAnswers';

/** Where to go after signing in: the page that sent us here, else the student list. */
function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = state.from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login')) {
      return from;
    }
  }
  return '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<LoginFieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const target = returnPath(location.state);
  const [searchParams] = useSearchParams();
  const queryError = loginQueryErrorKey(searchParams.get('error'));
  const oidc = useOidcStatus();

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: ({ user }) => {
      writeAnswer(queryClient, authKeys.me, user);
      // Asked again in the background: its answer carries the district's device settings (offline storage).
      void queryClient.invalidateQueries({ queryKey: authKeys.me });
      void navigate(target, { replace: true });
    },
  });

  if (me.data) return <Navigate to={target} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.reset();
    const result = validateLogin({ email, password });
    if (!result.ok) {
      setFieldErrors(result.errors);
      (result.errors.email !== undefined ? emailRef : passwordRef).current?.focus();
      return;
    }
    setFieldErrors({});
    mutation.mutate(result.data);
  };

  return (
    <AppLayout user={null}>
      <Paper withBorder shadow="sm" p="xl" maw={440} mx="auto" mt="xl" radius="md">
        <Stack gap="md">
          <Title order={1} id="login-title">
            {t('login.title')}
          </Title>
          <Text>{t('login.intro')}</Text>
          {queryError !== undefined && !mutation.isError && (
            <Alert color="red" data-testid="login-error">
              {t(queryError)}
            </Alert>
          )}
          {mutation.isError && (
            <Alert color="red" data-testid="login-error">
              {t(loginErrorKey(mutation.error))}
            </Alert>
          )}
          <form onSubmit={onSubmit} noValidate aria-labelledby="login-title">
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
                error={fieldErrors.email === undefined ? undefined : t(fieldErrors.email)}
              />
              <TextInput
                ref={passwordRef}
                label={t('login.password')}
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={fieldErrors.password === undefined ? undefined : t(fieldErrors.password)}
              />
              <Button type="submit" loading={mutation.isPending}>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
          <Anchor component={Link} to="/forgot-password" data-testid="forgot-password-link">
            {t('login.forgotPassword')}
          </Anchor>
          {oidc.data?.enabled === true && (
            <>
              <Divider label={t('login.oidc.or')} labelPosition="center" />
              <Button component="a" href={OIDC_START_PATH} variant="default" data-testid="oidc-sign-in">
                {t('login.oidc.button')}
              </Button>
            </>
          )}
        </Stack>
      </Paper>
    </AppLayout>
  );
}
