import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, CopyButton, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { createInvitationSchema, ROLES, type CreatedInvitation } from '@iep/shared';
import { useRoleLabel } from '../../i18n/labels';
import { peopleErrorKey, validateForm, type FieldErrors } from './peopleErrors';
import { useInvite } from './api';

/** Invite by email with a role; the link is shown once, with a copy button, after it is sent. */
export function InviteForm({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const invite = useInvite(studentId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string>('parent');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    invite.reset();
    const result = validateForm(createInvitationSchema, { email, role });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    invite.mutate(result.data, {
      onSuccess: (answer) => {
        setCreated(answer);
        setEmail('');
      },
    });
  };

  return (
    <Stack gap="sm">
      <Title order={2} size="h4" id="invite-title">
        {t('team.invite.title')}
      </Title>
      <form onSubmit={onSubmit} noValidate aria-labelledby="invite-title">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('team.invite.email')}
            type="email"
            name="email"
            autoComplete="off"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={errors.email === undefined ? undefined : t(errors.email)}
          />
          <NativeSelect
            label={t('team.invite.role')}
            value={role}
            onChange={(event) => setRole(event.currentTarget.value)}
            data={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
            error={errors.role === undefined ? undefined : t(errors.role)}
          />
          <Button type="submit" loading={invite.isPending} data-testid="send-invitation">
            {t('team.invite.submit')}
          </Button>
        </Group>
      </form>
      {invite.isError && (
        <Alert color="red" role="alert" data-testid="invite-error">
          {t(peopleErrorKey(invite.error))}
        </Alert>
      )}
      {created !== null && (
        <Alert
          color="green"
          variant="light"
          className="invite-created"
          classNames={{ title: 'invite-created__title' }}
          title={t('team.invite.sentTitle', { email: created.invitation.email })}
          data-testid="invite-created"
        >
          <Stack gap="xs">
            <Text size="sm">{created.mailed ? t('team.invite.mailed') : t('team.invite.outbox')}</Text>
            <Group gap="sm" wrap="nowrap" align="flex-end">
              <TextInput
                label={t('team.invite.link')}
                value={created.link}
                readOnly
                style={{ flex: 1 }}
                data-testid="invite-link"
              />
              <CopyButton value={created.link}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy} aria-live="polite">
                    {copied ? t('team.invite.copied') : t('team.invite.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="sm">{t('team.invite.onlyOnce')}</Text>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
