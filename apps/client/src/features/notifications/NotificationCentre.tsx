import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Badge, Button, Popover, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { notificationPath, type NotificationDto } from '@iep/shared';
import { useMarkNotificationsRead, useNotifications } from './api';
import { formatDate } from '../../lib/format';
import { notificationText } from './notificationText';

/** The header's bell: how many are unread, and the list (live: refetched when one arrives). */
export function NotificationCentre() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const list = useNotifications();
  const markRead = useMarkNotificationsRead();
  const unread = list.data?.unread ?? 0;
  const items = list.data?.notifications ?? [];
  const [opened, setOpened] = useState(false);

  // To the exact place (the thread, the sign-off, the meeting), and the list gets out of the way.
  const open = (n: NotificationDto): void => {
    if (n.readAt === null) markRead.mutate([n.id]);
    setOpened(false);
    void navigate(notificationPath(n));
  };

  return (
    <Popover width={340} position="bottom-end" shadow="md" trapFocus opened={opened} onChange={setOpened}>
      <Popover.Target>
        <Button
          variant="default"
          onClick={() => setOpened((o) => !o)}
          data-testid="notifications-button"
          rightSection={
            unread > 0 ? (
              <>
                <Badge color="red.9" size="sm" data-testid="unread-count">
                  {unread}
                </Badge>
                <VisuallyHidden>{t('notifications.unread')}</VisuallyHidden>
              </>
            ) : undefined
          }
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
              {items.map((n) => {
                const text = notificationText(n, (day) => formatDate(day, i18n.language));
                return (
                  <li key={n.id} data-kind={n.kind}>
                    <UnstyledButton
                      onClick={() => open(n)}
                      className={n.readAt === null ? 'notification notification--unread' : 'notification'}
                    >
                      <Text size="sm" fw={n.readAt === null ? 700 : 400}>
                        {t(text.title.key, text.title.values)}
                      </Text>
                      {text.detail && <Text size="xs">{t(text.detail.key, text.detail.values)}</Text>}
                      <Text size="xs">{formatDate(n.createdAt, i18n.language)}</Text>
                    </UnstyledButton>
                  </li>
                );
              })}
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
