import { useTranslation } from 'react-i18next';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { parentInputItems, type ParentInputState, type ThreadDto } from '@iep/shared';
import { partLabel } from './partLabel';

const STATE_COLOR: Record<ParentInputState, string> = { open: 'blue.9', answered: 'teal.9', resolved: 'gray.8' };

/** "Parent input to discuss": the family's comments gathered for the meeting, each with its state. */
export function ParentInputList({ threads, onOpen }: { threads: ThreadDto[]; onOpen: (threadId: string) => void }) {
  const { t } = useTranslation();
  const items = parentInputItems(threads);
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="parent-input-title" data-testid="parent-input">
      <Stack gap="xs">
        <Title order={3} size="h5" id="parent-input-title">
          {t('comments.parentInputList.title')}
        </Title>
        {items.length === 0 ? (
          <Text size="sm">{t('comments.parentInputList.empty')}</Text>
        ) : (
          <Stack gap={6} component="ul" className="parent-input__list">
            {items.map((item) => (
              <li key={item.commentId}>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Badge
                    color={STATE_COLOR[item.state]}
                    variant="filled"
                    data-testid="parent-input-state"
                    style={{ flexShrink: 0 }}
                  >
                    {t(`comments.parentInputList.states.${item.state}`)}
                  </Badge>
                  <Text
                    size="sm"
                    component="button"
                    type="button"
                    className="parent-input__item"
                    onClick={() => onOpen(item.threadId)}
                  >
                    {partLabel(t, item.part)}: {item.body}
                  </Text>
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
