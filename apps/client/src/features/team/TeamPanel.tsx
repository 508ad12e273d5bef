import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Loader, Stack, Table, Text, Title } from '@mantine/core';
import type { InvitationDto, TeamMemberDto, TeamPanel as TeamPanelData } from '@iep/shared';
import { ReadableTable } from '../../components/ReadableTable';
import { useRoleLabel } from '../../i18n/labels';
import { formatDate } from '../../lib/format';
import { InviteForm } from './InviteForm';
import { peopleErrorKey } from './peopleErrors';
import { useRevokeInvitation, useTeam } from './api';

export interface TeamPanelProps {
  studentId: string;
  /**
   * Slot for the team-management controls of one member (remove, change role, revoke a parent's
   * authority): rendered in the member's row, in the "Actions" column, for every member. It gets
   * the member and the whole panel (`team.canManage` says whether the caller may manage the team).
   */
  renderMemberActions?: (member: TeamMemberDto, team: TeamPanelData) => ReactNode;
}

/** A student's team: members, invitations with their state, and the invite form for those who may. */
export function TeamPanel({ studentId, renderMemberActions }: TeamPanelProps) {
  const { t } = useTranslation();
  const team = useTeam(studentId);
  if (team.isPending) {
    return (
      <div role="status">
        <Loader size="sm" aria-hidden="true" /> <Text span>{t('app.loading')}</Text>
      </div>
    );
  }
  if (team.isError) {
    return (
      <Alert color="red" title={t(peopleErrorKey(team.error))}>
        <Button mt="sm" variant="outline" color="red.9" onClick={() => void team.refetch()}>
          {t('errors.retry')}
        </Button>
      </Alert>
    );
  }
  const data = team.data;
  return (
    <Stack gap="lg" data-testid="team-panel">
      <MemberTable team={data} renderMemberActions={renderMemberActions} />
      {data.canInvite && (
        <>
          <InviteForm studentId={studentId} />
          <InvitationTable studentId={studentId} invitations={data.invitations} />
        </>
      )}
    </Stack>
  );
}

function MemberTable({
  team,
  renderMemberActions,
}: {
  team: TeamPanelData;
  renderMemberActions: TeamPanelProps['renderMemberActions'];
}) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  return (
    <Stack gap="xs">
      <Title order={2} size="h4" id="members-title">
        {t('team.members.title')}
      </Title>
      {team.members.length === 0 ? (
        <Text>{t('team.members.empty')}</Text>
      ) : (
        <ReadableTable label={t('team.members.title')}>
          <Table aria-labelledby="members-title" data-testid="team-members">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('team.members.name')}</Table.Th>
                <Table.Th scope="col">{t('team.members.email')}</Table.Th>
                <Table.Th scope="col">{t('team.members.role')}</Table.Th>
                <Table.Th scope="col">{t('team.members.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {team.members.map((member) => (
                <Table.Tr key={member.userId} data-testid="team-member">
                  <Table.Td data-label={t('team.members.name')}>{member.name}</Table.Td>
                  <Table.Td data-label={t('team.members.email')}>{member.email ?? '—'}</Table.Td>
                  <Table.Td data-label={t('team.members.role')}>
                    {roleLabel(member.role)}{' '}
                    {member.authorityRevokedAt !== null && (
                      <Badge color="red">{t('team.members.authorityRevoked')}</Badge>
                    )}
                  </Table.Td>
                  <Table.Td data-slot="member-actions" data-label={t('team.members.actions')}>
                    {renderMemberActions?.(member, team)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ReadableTable>
      )}
    </Stack>
  );
}

function InvitationTable({ studentId, invitations }: { studentId: string; invitations: InvitationDto[] }) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const revoke = useRevokeInvitation(studentId);
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4" id="invitations-title">
        {t('team.invitations.title')}
      </Title>
      {revoke.isError && (
        <Alert color="red" role="alert">
          {t(peopleErrorKey(revoke.error))}
        </Alert>
      )}
      {invitations.length === 0 ? (
        <Text>{t('team.invitations.empty')}</Text>
      ) : (
        <ReadableTable label={t('team.invitations.title')}>
          <Table aria-labelledby="invitations-title" data-testid="team-invitations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('team.members.email')}</Table.Th>
                <Table.Th scope="col">{t('team.members.role')}</Table.Th>
                <Table.Th scope="col">{t('team.invitations.status')}</Table.Th>
                <Table.Th scope="col">{t('team.invitations.expires')}</Table.Th>
                <Table.Th scope="col">{t('team.members.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.map((inv) => (
                <Table.Tr key={inv.id} data-testid="invitation-row" data-status={inv.status}>
                  <Table.Td data-label={t('team.members.email')}>{inv.email}</Table.Td>
                  <Table.Td data-label={t('team.members.role')}>{roleLabel(inv.role)}</Table.Td>
                  <Table.Td data-label={t('team.invitations.status')}>
                    {t(`team.invitations.statuses.${inv.status}`)}
                  </Table.Td>
                  <Table.Td data-label={t('team.invitations.expires')}>{formatDate(inv.expiresAt, language)}</Table.Td>
                  <Table.Td data-label={t('team.members.actions')}>
                    {inv.status === 'pending' && (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        loading={revoke.isPending && revoke.variables === inv.id}
                        onClick={() => revoke.mutate(inv.id)}
                        aria-label={t('team.invitations.revokeFor', { email: inv.email })}
                      >
                        {t('team.invitations.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ReadableTable>
      )}
    </Stack>
  );
}
