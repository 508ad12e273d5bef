import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import {
  changeRoleRequestSchema,
  isFamily,
  removeMemberRequestSchema,
  revokeAuthorityRequestSchema,
  ROLES,
  type TeamMemberDto,
  type TeamPanel,
} from '@iep/shared';
import { useRoleLabel } from '../../i18n/labels';
import { peopleErrorKey, validateForm, type FieldErrors } from './peopleErrors';
import { useChangeMember, type MemberChange } from './api';

type Kind = MemberChange['kind'];

/**
 * For those who run the team: change a member's role, remove them, or revoke a parent's authority,
 * always with the reason (the audit log keeps it). Their open pages follow at once.
 */
export function MemberActions({ member, team }: { member: TeamMemberDto; team: TeamPanel }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  if (!team.canManage || member.authorityRevokedAt !== null) return null;
  return (
    <>
      <Button
        variant="default"
        size="xs"
        onClick={() => setOpened(true)}
        aria-label={t('team.manage.openFor', { name: member.name })}
        data-testid="manage-member"
      >
        {t('team.manage.open')}
      </Button>
      {opened && <MemberDialog member={member} studentId={team.student.id} close={() => setOpened(false)} />}
    </>
  );
}

function MemberDialog({ member, studentId, close }: { member: TeamMemberDto; studentId: string; close: () => void }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const change = useChangeMember(studentId);
  const [kind, setKind] = useState<Kind>('role');
  const [role, setRole] = useState<string>(member.role);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const kinds: Kind[] = isFamily(member.role) ? ['role', 'remove', 'revoke'] : ['role', 'remove'];

  /** Checked with the server's own schemas; null (with the field errors shown) when not valid. */
  const changeOf = (): MemberChange | null => {
    const userId = member.userId;
    if (kind === 'role') {
      const result = validateForm(changeRoleRequestSchema, { role, reason });
      if (!result.ok) return (setErrors(result.errors), null);
      return { kind, userId, ...result.data };
    }
    const result = validateForm(kind === 'remove' ? removeMemberRequestSchema : revokeAuthorityRequestSchema, {
      reason,
    });
    if (!result.ok) return (setErrors(result.errors), null);
    return { kind, userId, reason: result.data.reason };
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.reset();
    const request = changeOf();
    if (!request) return;
    setErrors({});
    change.mutate(request, { onSuccess: close });
  };

  return (
    <Modal
      opened
      onClose={close}
      title={t('team.manage.title', { name: member.name })}
      closeButtonProps={{ 'aria-label': t('team.manage.cancel') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <NativeSelect
            label={t('team.manage.what')}
            value={kind}
            onChange={(event) => setKind(kinds.find((k) => k === event.currentTarget.value) ?? 'role')}
            data={kinds.map((k) => ({ value: k, label: t(`team.manage.kinds.${k}`) }))}
            data-testid="manage-kind"
          />
          {kind === 'role' && (
            <NativeSelect
              label={t('team.manage.newRole')}
              value={role}
              onChange={(event) => setRole(event.currentTarget.value)}
              data={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
              error={errors.role === undefined ? undefined : t(errors.role)}
            />
          )}
          <Textarea
            label={t('team.manage.reason')}
            description={t('team.manage.reasonHint')}
            required
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason === undefined ? undefined : t(errors.reason)}
            data-testid="manage-reason"
          />
          {change.isError && (
            <Alert color="red" role="alert">
              {t(peopleErrorKey(change.error))}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('team.manage.cancel')}
            </Button>
            <Button
              type="submit"
              color={kind === 'role' ? undefined : 'red'}
              loading={change.isPending}
              data-testid="manage-submit"
            >
              {t(`team.manage.submit.${kind}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
