import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import * as Y from 'yjs';
import {
  addService,
  DATE_MAX,
  DATE_MIN,
  SERVICE_GROUPINGS,
  SERVICE_MODELS,
  SERVICE_PERIODS,
  SERVICE_PROVIDERS,
  serviceMinutes,
  type FieldIssue,
  type RemovedRecord,
  type serviceFieldSchemas,
  type ServiceRecord,
} from '@iep/shared';
import { YTextInput } from './YTextInput';
import { useIssueMessage } from './issueMessage';
import { numberFromInput } from './numberFromInput';
import { CommentButton } from '../../comments/CommentButton';
import { clip, RemoveControl, RemovedItems, recordRemoval, type Remover } from './Removal';

type ChoiceField = 'model' | 'period' | 'grouping' | 'provider';
type NumberField = 'frequency' | 'minutes';
type DateField = 'startDate' | 'endDate';

const CHOICES: Record<ChoiceField, readonly string[]> = {
  model: SERVICE_MODELS,
  period: SERVICE_PERIODS,
  grouping: SERVICE_GROUPINGS,
  provider: SERVICE_PROVIDERS,
};

interface ServicesPanelProps {
  doc: Y.Doc;
  services: ServiceRecord[];
  removed: RemovedRecord<typeof serviceFieldSchemas>[];
  issues: FieldIssue[];
  editable: boolean;
  remover: Remover;
}

/** The OT services: model, how often and how long, where, by whom, from when to when. */
export function ServicesPanel({ doc, services, removed, issues, editable, remover }: ServicesPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const map = doc.getMap<unknown>('services');
  const total = serviceMinutes(services);
  const removal = recordRemoval(doc, 'services', remover);
  const summary = (service: Pick<ServiceRecord, 'model' | 'location'>): string =>
    [service.model === null ? '' : t(`services.options.model.${service.model}`), clip(service.location)]
      .filter(Boolean)
      .join(' — ') || t('removal.untitled');

  return (
    <section className="structured-panel" aria-labelledby={headingId} data-testid="services-panel">
      <Title order={2} id={headingId}>
        {t('services.title')}
      </Title>
      <Stack gap="md" mt="sm">
        {services.length === 0 && <Text>{t('services.empty')}</Text>}
        {services.map((service, index) => {
          const row = map.get(service.id);
          return row instanceof Y.Map ? (
            <ServiceRow
              key={service.id}
              id={service.id}
              row={row as Y.Map<unknown>}
              number={index + 1}
              issues={issues.filter((i) => i.path[0] === 'services' && i.path[1] === service.id)}
              editable={editable}
              onRemove={() => {
                const neighbour = services[index + 1] ?? services[index - 1];
                removal.remove(service.id, neighbour === undefined ? 'add-service' : `services-${neighbour.id}`);
              }}
            />
          ) : null;
        })}
      </Stack>
      <Text mt="md" fw={600} data-testid="services-total">
        {total.counted === 0
          ? t('services.totalNone')
          : t('services.total', { perWeek: total.perWeek, perMonth: total.perMonth })}
      </Text>
      {editable && (
        <RemovedItems
          testId="removed-services"
          entries={removed.map((service) => ({
            id: `services-${service.id}-restore`,
            label: t('removal.service', { summary: summary(service) }),
            removal: service.removal,
            onRestore: () => removal.restore(service.id),
          }))}
        />
      )}
      {editable && (
        <Button
          mt="md"
          id="add-service"
          data-testid="add-service"
          onClick={() => {
            const id = addService(doc);
            requestAnimationFrame(() =>
              requestAnimationFrame(() => document.getElementById(`services-${id}-model`)?.focus()),
            );
          }}
        >
          {t('services.add')}
        </Button>
      )}
    </section>
  );
}

interface ServiceRowProps {
  id: string;
  row: Y.Map<unknown>;
  number: number;
  issues: FieldIssue[];
  editable: boolean;
  onRemove: () => void;
}

function ServiceRow({ id, row, number, issues, editable, onRemove }: ServiceRowProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const issueMessage = useIssueMessage();
  const errorOf = (field: string): string | undefined => {
    const issue = issues.find((i) => i.path[2] === field);
    return issue === undefined ? undefined : issueMessage(issue, row.get(field));
  };

  const choice = (field: ChoiceField) => {
    const raw = row.get(field);
    const value = typeof raw === 'string' && CHOICES[field].includes(raw) ? raw : '';
    return (
      <NativeSelect
        id={`services-${id}-${field}`}
        data-testid={`service-${field}`}
        label={t(`services.fields.${field}`)}
        value={value}
        error={errorOf(field)}
        disabled={!editable}
        onChange={(event) => {
          const next = event.currentTarget.value;
          row.set(field, CHOICES[field].includes(next) ? next : null);
        }}
        data={[
          { value: '', label: t('services.choose') },
          ...CHOICES[field].map((v) => ({
            value: v,
            label: t(`services.options.${field}.${v}` as 'services.options.model.push_in'),
          })),
        ]}
      />
    );
  };

  const numberInput = (field: NumberField, max: number) => {
    const raw = row.get(field);
    return (
      <TextInput
        id={`services-${id}-${field}`}
        data-testid={`service-${field}`}
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        step={1}
        label={t(`services.fields.${field}`)}
        value={typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : ''}
        error={errorOf(field)}
        readOnly={!editable}
        onChange={(event) => row.set(field, numberFromInput(event.currentTarget.value))}
      />
    );
  };

  const dateInput = (field: DateField) => {
    const raw = row.get(field);
    return (
      <TextInput
        id={`services-${id}-${field}`}
        data-testid={`service-${field}`}
        type="date"
        min={DATE_MIN}
        max={DATE_MAX}
        label={t(`services.fields.${field}`)}
        value={typeof raw === 'string' ? raw : ''}
        error={errorOf(field)}
        readOnly={!editable}
        onChange={(event) => row.set(field, event.currentTarget.value === '' ? null : event.currentTarget.value)}
      />
    );
  };

  const location = row.get('location');
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={headingId}
      id={`services-${id}`}
      tabIndex={-1}
      data-testid="service-row"
    >
      <Group justify="space-between" align="center" mb="sm" wrap="wrap">
        <Title order={3} id={headingId}>
          {t('services.rowTitle', { number })}
        </Title>
        <Group gap="xs">
          <CommentButton part={`services/${id}`} label={t('services.rowTitle', { number })} />
          {editable && (
            <RemoveControl
              id={`services-${id}-remove`}
              testId="service-remove"
              item={t('services.rowTitle', { number })}
              onConfirm={onRemove}
            />
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        {choice('model')}
        {numberInput('frequency', 40)}
        {choice('period')}
        {numberInput('minutes', 480)}
        {choice('grouping')}
        {location instanceof Y.Text ? (
          <YTextInput
            ytext={location}
            id={`services-${id}-location`}
            testId="service-location"
            label={t('services.fields.location')}
            error={errorOf('location')}
            readOnly={!editable}
            maxLength={200}
          />
        ) : (
          <Text size="sm" id={`services-${id}-location`} tabIndex={-1}>
            {t('goals.unreadableField', { field: t('services.fields.location') })}
          </Text>
        )}
        {choice('provider')}
        {dateInput('startDate')}
        {dateInput('endDate')}
      </SimpleGrid>
    </Paper>
  );
}
