import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { newAccountSchema, type InvitationPreview } from '@iep/shared';
import { useMe } from '../../auth/useMe';
import { AppLayout } from '../../components/AppLayout';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { currentLanguage } from '../../i18n';
import { useRoleLabel } from '../../i18n/labels';
import { peopleErrorKey, validateForm, type FieldErrors } from '../team/peopleErrors';
import { acceptInvitation, useInvitationPreview } from '../team/api';

/** `/invite/:token` (public): shows the invitation, then creates the account or signs in, and lands on the student. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invitation.title'));
  const token = useParams().token ?? '';
  const me = useMe();
  const preview = useInvitationPreview(token);
  return (
    <AppLayout user={me.data ?? null}>
      <Paper withBorder shadow="sm" p="xl" maw={520} mx="auto" mt="xl" radius="md">
        <Stack gap="md">
          <Title order={1} id="invitation-title">
            {t('invitation.title')}
          </Title>
          {preview.isPending && (
            <div role="status">
              <Loader size="sm" aria-hidden="true" /> <Text span>{t('app.loading')}</Text>
            </div>
          )}
          {preview.isError && (
            <Alert color="red" role="alert" data-testid="invitation-error">
              {t(peopleErrorKey(preview.error))}
            </Alert>
          )}
          {preview.isSuccess && <AcceptForm token={token} invitation={preview.data} />}
        </Stack>
      </Paper>
    </AppLayout>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const signedInAsInvitee = me.data?.email === invitation.email;

  const mutation = useMutation({
    mutationFn: acceptInvitation,
    onSuccess: async ({ studentId }) => {
      // Who is signed in may have changed: ask again for everything.
      await queryClient.invalidateQueries();
      void navigate(`/students/${encodeURIComponent(studentId)}`, { replace: true });
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.reset();
    if (signedInAsInvitee) return mutation.mutate({ token });
    if (invitation.hasAccount) {
      if (password === '') return setErrors({ password: 'people.fieldErrors.required' });
      setErrors({});
      return mutation.mutate({ token, password });
    }
    const result = validateForm(newAccountSchema, { name, password });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    mutation.mutate({ token, ...result.data, locale: currentLanguage() });
  };

  return (
    <Stack gap="md">
      <Text data-testid="invitation-summary">
        {t('invitation.summary', {
          inviter: invitation.inviterName,
          student: invitation.studentFirstName,
          role: roleLabel(invitation.role),
        })}
      </Text>
      <Text size="sm">{t('invitation.forEmail', { email: invitation.email })}</Text>
      {mutation.isError && (
        <Alert color="red" role="alert" data-testid="accept-error">
          {t(peopleErrorKey(mutation.error))}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate aria-labelledby="invitation-title">
        <Stack gap="md">
          {!invitation.hasAccount && (
            <>
              <Text>{t('invitation.newAccount')}</Text>
              <TextInput
                label={t('invitation.name')}
                name="name"
                autoComplete="name"
                required
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={errors.name === undefined ? undefined : t(errors.name)}
              />
            </>
          )}
          {invitation.hasAccount && !signedInAsInvitee && <Text>{t('invitation.existingAccount')}</Text>}
          {!signedInAsInvitee && (
            <TextInput
              type="password"
              label={invitation.hasAccount ? t('invitation.currentPassword') : t('invitation.newPassword')}
              description={invitation.hasAccount ? undefined : t('invitation.passwordRule')}
              name="password"
              autoComplete={invitation.hasAccount ? 'current-password' : 'new-password'}
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={errors.password === undefined ? undefined : t(errors.password)}
            />
          )}
          <Button type="submit" loading={mutation.isPending} data-testid="accept-invitation">
            {t('invitation.accept')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
