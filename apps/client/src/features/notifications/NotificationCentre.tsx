import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Badge, Button, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import type { NotificationDto } from '@iep/shared';
import { useMarkNotificationsRead, useNotifications } from '../../api/comments';
import { formatDate } from '../../lib/format';

/** The header's bell: how many are unread, and the list (live: refetched when one arrives). */
export function NotificationCentre() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const list = useNotifications();
  const markRead = useMarkNotificationsRead();
  const unread = list.data?.unread ?? 0;
  const items = list.data?.notifications ?? [];

  const open = (n: NotificationDto): void => {
    if (n.readAt === null) markRead.mutate([n.id]);
    void navigate(`/sections/${n.sectionId}`);
  };

  return (
    <Popover width={340} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <Button
          variant="default"
          data-testid="notifications-button"
          aria-label={t('notifications.buttonLabel', { count: unread })}
          rightSection={unread > 0 ? <Badge color="red.9" size="sm" data-testid="unread-count">{unread}</Badge> : undefined}
        >
          {t('notifications.title')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" data-testid="notification-list">
          {items.length === 0 ? (
            <Text size="sm">{t('notifications.empty')}</Text>
          ) : (
            <Stack gap={4} component="ul" className="notification-list">
              {items.map((n) => (
                <li key={n.id}>
                  <UnstyledButton onClick={() => open(n)} className={n.readAt === null ? 'notification notification--unread' : 'notification'}>
                    <Text size="sm" fw={n.readAt === null ? 700 : 400}>
                      {t('notifications.mention', { name: n.actorName, student: n.studentName })}
                    </Text>
                    <Text size="xs">{n.excerpt}</Text>
                    <Text size="xs">{formatDate(n.createdAt, i18n.language)}</Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          )}
          {unread > 0 && (
            <Button size="xs" variant="light" onClick={() => markRead.mutate(undefined)} loading={markRead.isPending}>
              {t('notifications.markAllRead')}
            </Button>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
