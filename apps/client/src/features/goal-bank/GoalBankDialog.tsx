import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Modal, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type * as Y from 'yjs';
import { addGoal, GOAL_AREAS, type KnownFacts } from '@iep/shared';
import { goalBankResults, goalInitFromTemplate } from './goalInit';
import { uiLocale } from './uiLocale';

interface GoalBankDialogProps {
  doc: Y.Doc;
  /** What the app knows for the template's blanks (the student's first name, the annual review date). */
  facts: KnownFacts;
  /** Called with the new goal's id after an insert (for focus). */
  onInserted?: (goalId: string) => void;
}

/** "Add from the goal bank": a button and the searchable list of templates it opens. */
export function GoalBankButton({ doc, facts, onInserted }: GoalBankDialogProps) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [text, setText] = useState('');
  const [area, setArea] = useState<string | null>(null);
  const locale = uiLocale(i18n.language);
  const countId = useId();
  const results = useMemo(() => (opened ? goalBankResults(text, area, locale) : []), [opened, text, area, locale]);

  return (
    <>
      <Button mt="md" ml="sm" variant="default" data-testid="goal-bank-open" onClick={() => setOpened(true)}>
        {t('goalBank.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('goalBank.title')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('goalBank.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('goalBank.intro')}</Text>
          <Group align="flex-end" grow>
            <TextInput
              data-testid="goal-bank-search"
              label={t('goalBank.search')}
              placeholder={t('goalBank.searchPlaceholder')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              aria-describedby={countId}
            />
            <Select
              label={t('goalBank.area')}
              placeholder={t('goalBank.allAreas')}
              data={GOAL_AREAS.map((a) => ({ value: a, label: t(`goals.areas.${a}`) }))}
              value={area}
              onChange={setArea}
              clearable
            />
          </Group>
          <Text size="sm" id={countId} role="status" aria-live="polite">
            {results.length === 0 ? t('goalBank.noResults') : t('goalBank.results', { count: results.length })}
          </Text>
          <Stack
            gap="sm"
            component="ul"
            className="goal-bank-results"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {results.map((template) => {
              const text = template[locale];
              return (
                <Paper
                  key={template.id}
                  component="li"
                  withBorder
                  p="sm"
                  data-testid="goal-bank-result"
                  data-template-id={template.id}
                >
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <div>
                      <Title order={3} size="h5">
                        {text.title}
                      </Title>
                      <Text size="xs" c="dimmed">
                        {t(`goals.areas.${template.area}`)}
                      </Text>
                      <Text size="sm" mt={4}>
                        <strong>{t('goalBank.behavior')}:</strong> {text.behavior}
                      </Text>
                      <Text size="sm">
                        <strong>{t('goalBank.criterion')}:</strong> {text.criterion}
                      </Text>
                    </div>
                    <Button
                      size="xs"
                      data-testid="goal-bank-insert"
                      aria-label={t('goalBank.insertLabel', { title: text.title })}
                      onClick={() => {
                        const id = addGoal(doc, goalInitFromTemplate(template, locale, facts));
                        setOpened(false);
                        onInserted?.(id);
                      }}
                    >
                      {t('goalBank.insert')}
                    </Button>
                  </Group>
                </Paper>
              );
            })}
          </Stack>
        </Stack>
      </Modal>
    </>
  );
}
