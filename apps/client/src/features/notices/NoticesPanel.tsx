import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { NoticeView, SectionAbilities } from '@iep/shared';
import { formatDate } from '../../lib/format';
import { useSectionRoom } from '../../realtime/RealtimeProvider';
import { useNoticeAction, useNotices } from './api';
import { NoticeDraftForm } from './NoticeDraftForm';
import { NoticeIssued } from './NoticeIssued';

interface NoticesPanelProps {
  sectionId: string;
  myUserId: string;
  /** What this person may do with notices (the server's answer). */
  abilities: SectionAbilities;
}

/**
 * "Prior Written Notice" (34 CFR 300.503): the drafts the school's decisions made (staff), which the
 * OT completes and issues, and the issued notices (everyone), which the family acknowledges.
 */
export function NoticesPanel({ sectionId, myUserId, abilities }: NoticesPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  // Others' changes arrive as `notice:changed` in the section's room (realtime/eventQueries.ts refetches).
  useSectionRoom(sectionId);
  const notices = useNotices(sectionId);
  const create = useNoticeAction(sectionId);
  const staff = abilities.viewNoticeDrafts;

  return (
    <section aria-labelledby={headingId} className="structured-panel" data-testid="notices-panel">
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="wrap">
          <Title order={2} id={headingId}>
            {t('notices.title')}
          </Title>
          {abilities.editNotices && (
            <Button
              variant="default"
              size="xs"
              loading={create.isPending}
              onClick={() => create.mutate({ kind: 'create' })}
              data-testid="notice-new"
            >
              {t('notices.newDraft')}
            </Button>
          )}
        </Group>
        <Text size="sm">{staff ? t('notices.hint.staff') : t('notices.hint.family')}</Text>
        {create.isError && <Text role="alert">{t('notices.errors.generic')}</Text>}
        {notices.isPending ? (
          <Loader size="sm" aria-label={t('notices.loading')} />
        ) : notices.isError ? (
          <Alert color="red" role="alert">
            {t('notices.loadError')}
          </Alert>
        ) : notices.data.length === 0 ? (
          <Text>{t('notices.empty')}</Text>
        ) : (
          <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {orderForReading(notices.data).map((notice) => (
              <NoticeCard
                key={notice.id}
                notice={notice}
                sectionId={sectionId}
                myUserId={myUserId}
                abilities={abilities}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </section>
  );
}

/** Drafts first (work to do), then issued notices, newest first. */
function orderForReading(notices: NoticeView[]): NoticeView[] {
  const newest = (a: NoticeView, b: NoticeView) => b.createdAt.localeCompare(a.createdAt);
  return [
    ...notices.filter((n) => n.status === 'draft').sort(newest),
    ...notices.filter((n) => n.status === 'issued').sort(newest),
  ];
}

interface NoticeCardProps {
  notice: NoticeView;
  sectionId: string;
  myUserId: string;
  abilities: SectionAbilities;
}

function NoticeCard({ notice, sectionId, myUserId, abilities }: NoticeCardProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const issued = notice.status === 'issued';
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      data-testid="notice-item"
      data-notice-id={notice.id}
      data-status={notice.status}
      aria-labelledby={titleId}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Badge color={issued ? 'blue.9' : 'gray.8'} variant="filled">
            {t(`notices.status.${notice.status}`)}
          </Badge>
          <Text fw={700} id={titleId}>
            {t(`notices.triggers.${notice.trigger}`)}
          </Text>
        </Group>
        <Text size="sm">
          {issued && notice.issuedAt
            ? t('notices.issuedOn', {
                date: formatDate(notice.issuedAt, i18n.language),
                name: notice.issuedBy?.name ?? '',
              })
            : t('notices.draftedOn', { date: formatDate(notice.createdAt, i18n.language) })}
        </Text>
        {issued ? (
          <NoticeIssued notice={notice} sectionId={sectionId} myUserId={myUserId} abilities={abilities} />
        ) : abilities.editNotices ? (
          <NoticeDraftForm notice={notice} sectionId={sectionId} canIssue={abilities.issueNotices} />
        ) : (
          <NoticeIssued notice={notice} sectionId={sectionId} myUserId={myUserId} abilities={abilities} />
        )}
      </Stack>
    </Paper>
  );
}
