import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import * as Y from 'yjs';
import { setAreaSelected, type AreaOfNeedRecord, type GoalArea } from '@iep/shared';
import { YTextInput } from './YTextInput';

interface AreasOfNeedPanelProps {
  doc: Y.Doc;
  areas: AreaOfNeedRecord[];
  editable: boolean;
}

/** The checklist of areas of need (one per goal area), each with a live note once checked. */
export function AreasOfNeedPanel({ doc, areas, editable }: AreasOfNeedPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const map = doc.getMap<unknown>('areasOfNeed');
  const checked = areas.filter((a) => a.selected === true).length;

  return (
    <section className="structured-panel" aria-labelledby={headingId} data-testid="areas-of-need-panel">
      <Title order={2} id={headingId}>
        {t('needs.title')}
      </Title>
      <Text size="sm" c="dimmed" className="structured-panel__hint">
        {t('needs.hint')}
      </Text>
      <Text size="sm" mt="xs" data-testid="areas-of-need-summary">
        {t('needs.summary', { checked, total: areas.length })}
      </Text>
      <Stack gap="sm" mt="sm" role="group" aria-labelledby={headingId}>
        {areas.map((item) => {
          const record = map.get(item.area);
          const note = record instanceof Y.Map ? (record as Y.Map<unknown>).get('note') : undefined;
          return (
            <AreaRow
              key={item.area}
              doc={doc}
              area={item.area}
              selected={item.selected === true}
              note={note instanceof Y.Text ? note : null}
              editable={editable}
            />
          );
        })}
      </Stack>
    </section>
  );
}

interface AreaRowProps {
  doc: Y.Doc;
  area: GoalArea;
  selected: boolean;
  note: Y.Text | null;
  editable: boolean;
}

function AreaRow({ doc, area, selected, note, editable }: AreaRowProps) {
  const { t } = useTranslation();
  const label = t(`goals.areas.${area}`);
  return (
    <Paper
      withBorder={selected}
      p={selected ? 'sm' : 0}
      bg={selected ? undefined : 'transparent'}
      id={`areasOfNeed-${area}`}
      tabIndex={-1}
      data-testid={`area-of-need-${area}`}
      data-selected={selected ? 'true' : 'false'}
    >
      <Checkbox
        id={`areasOfNeed-${area}-selected`}
        data-testid={`area-of-need-${area}-checkbox`}
        label={label}
        checked={selected}
        disabled={!editable}
        onChange={(event) => setAreaSelected(doc, area, event.currentTarget.checked)}
      />
      {selected &&
        (note !== null ? (
          <Stack mt="xs" ml="xl">
            <YTextInput
              ytext={note}
              id={`areasOfNeed-${area}-note`}
              testId={`area-of-need-${area}-note`}
              label={t('needs.noteLabel', { area: label })}
              description={t('needs.noteHint')}
              multiline
              readOnly={!editable}
              maxLength={2000}
            />
          </Stack>
        ) : (
          <Text size="sm" mt="xs" ml="xl" id={`areasOfNeed-${area}-note`} tabIndex={-1}>
            {t('goals.unreadableField', { field: t('needs.noteLabel', { area: label }) })}
          </Text>
        ))}
    </Paper>
  );
}
