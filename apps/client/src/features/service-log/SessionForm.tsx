import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  Grid,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  MISSED_REASONS,
  SESSION_MODELS,
  SESSION_SETTINGS,
  type GoalRecord,
  type ServiceRecord,
  type ServiceSessionInput,
  type ServiceSessionView,
} from '@iep/shared';
import { isApiError } from '../../api/http';
import { useSessionWrite } from './api';

interface SessionFormProps {
  sectionId: string;
  goals: GoalRecord[];
  services: ServiceRecord[];
  /** Missed sessions the school owes, which a delivered session may make up. */
  owed: ServiceSessionView[];
  /** The entry being corrected; absent for a new session. */
  correcting?: ServiceSessionView;
  onDone?: () => void;
  /** A new session was recorded (its goals may take data points next). */
  onRecorded?: (session: ServiceSessionView) => void;
}

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const modelOf = (s: ServiceRecord | undefined): ServiceSessionInput['model'] =>
  s?.model === 'push_in' || s?.model === 'consultation' ? s.model : 'direct_pull_out';

function blank(services: ServiceRecord[]): ServiceSessionInput {
  const first = services[0];
  return {
    serviceId: first?.id ?? null,
    date: today(),
    startTime: '',
    endTime: '',
    grouping: first?.grouping ?? 'individual',
    groupSize: null,
    model: modelOf(first),
    location: first?.location ?? '',
    setting: 'in_person',
    goalIds: [],
    note: '',
    noteShared: false,
    status: 'delivered',
    missedReason: null,
    makeUpForId: null,
  };
}

function fromEntry(e: ServiceSessionView): ServiceSessionInput {
  const { serviceId, date, startTime, endTime, grouping, groupSize, model, location, setting, goalIds } = e;
  const { noteShared, status, missedReason, makeUpForId } = e;
  return {
    serviceId,
    date,
    startTime,
    endTime,
    grouping,
    groupSize,
    model,
    location,
    setting,
    goalIds,
    note: e.note ?? '',
    noteShared,
    status,
    missedReason,
    makeUpForId,
  };
}

/** The quick session form: a new session, or a correction of one (with its reason). */
export function SessionForm({ sectionId, goals, services, owed, correcting, onDone, onRecorded }: SessionFormProps) {
  const { t } = useTranslation();
  const [v, setV] = useState<ServiceSessionInput>(() => (correcting ? fromEntry(correcting) : blank(services)));
  const [reason, setReason] = useState('');
  const write = useSessionWrite(sectionId);
  const set = <K extends keyof ServiceSessionInput>(key: K, value: ServiceSessionInput[K]) =>
    setV((prev) => ({ ...prev, [key]: value }));
  const missed = v.status === 'missed';
  const prefix = correcting ? `correct-${correcting.id}` : 'session';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const entry: ServiceSessionInput = {
      ...v,
      groupSize: v.grouping === 'group' ? v.groupSize : null,
      missedReason: missed ? (v.missedReason ?? 'student_absent') : null,
      makeUpForId: missed ? null : v.makeUpForId,
    };
    const done = () => {
      if (!correcting) setV((prev) => ({ ...blank(services), date: prev.date, serviceId: prev.serviceId }));
      onDone?.();
    };
    if (correcting) write.mutate({ kind: 'correct', id: correcting.id, entry, reason }, { onSuccess: done });
    else
      write.mutate(
        { kind: 'record', entry },
        {
          onSuccess: (view) => {
            done();
            onRecorded?.(view);
          },
        },
      );
  };

  const error = write.error
    ? isApiError(write.error)
      ? t(`serviceLog.errors.${write.error.code}`, { defaultValue: t('serviceLog.errors.generic') })
      : t('serviceLog.errors.generic')
    : null;

  return (
    <form
      onSubmit={submit}
      data-testid={`${prefix}-form`}
      aria-label={correcting ? t('serviceLog.correctTitle') : t('serviceLog.formTitle')}
    >
      <Stack gap="xs">
        {services.length > 1 && (
          <NativeSelect
            label={t('serviceLog.fields.service')}
            value={v.serviceId ?? ''}
            onChange={(e) => set('serviceId', e.currentTarget.value || null)}
            data={services.map((s, i) => ({
              value: s.id,
              label: t('serviceLog.serviceName', { n: i + 1, model: s.model ? t(`serviceLog.models.${s.model}`) : '' }),
            }))}
          />
        )}
        <Grid gap="xs" align="flex-end">
          <Grid.Col span={{ base: 12, xs: 4 }}>
            <TextInput
              type="date"
              required
              label={t('serviceLog.fields.date')}
              value={v.date}
              onChange={(e) => set('date', e.currentTarget.value)}
              data-testid={`${prefix}-date`}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, xs: 4 }}>
            <TextInput
              type="time"
              required
              label={t('serviceLog.fields.start')}
              value={v.startTime}
              onChange={(e) => set('startTime', e.currentTarget.value)}
              data-testid={`${prefix}-start`}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, xs: 4 }}>
            <TextInput
              type="time"
              required
              label={t('serviceLog.fields.end')}
              value={v.endTime}
              onChange={(e) => set('endTime', e.currentTarget.value)}
              data-testid={`${prefix}-end`}
            />
          </Grid.Col>
        </Grid>
        <SimpleGrid cols={{ base: 2 }} spacing="xs" verticalSpacing="xs">
          <NativeSelect
            label={t('serviceLog.fields.status')}
            value={v.status}
            onChange={(e) => set('status', e.currentTarget.value === 'missed' ? 'missed' : 'delivered')}
            data={[
              { value: 'delivered', label: t('serviceLog.status.delivered') },
              { value: 'missed', label: t('serviceLog.status.missed') },
            ]}
            data-testid={`${prefix}-status`}
          />
          {missed ? (
            <NativeSelect
              label={t('serviceLog.fields.reason')}
              value={v.missedReason ?? 'student_absent'}
              onChange={(e) => set('missedReason', MISSED_REASONS.find((r) => r === e.currentTarget.value) ?? null)}
              data={MISSED_REASONS.map((r) => ({ value: r, label: t(`serviceLog.reasons.${r}`) }))}
              data-testid={`${prefix}-reason`}
            />
          ) : (
            owed.length > 0 && (
              <NativeSelect
                label={t('serviceLog.fields.makeUpFor')}
                value={v.makeUpForId ?? ''}
                onChange={(e) => set('makeUpForId', e.currentTarget.value || null)}
                data={[
                  { value: '', label: t('serviceLog.notAMakeUp') },
                  ...owed.map((o) => ({
                    value: o.id,
                    label: t('serviceLog.makeUpOption', { date: o.date, time: o.startTime }),
                  })),
                ]}
                data-testid={`${prefix}-makeup`}
              />
            )
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs" verticalSpacing="xs">
          <NativeSelect
            label={t('serviceLog.fields.model')}
            value={v.model}
            onChange={(e) => set('model', SESSION_MODELS.find((m) => m === e.currentTarget.value) ?? 'direct_pull_out')}
            data={SESSION_MODELS.map((m) => ({ value: m, label: t(`serviceLog.models.${m}`) }))}
          />
          <NativeSelect
            label={t('serviceLog.fields.setting')}
            value={v.setting}
            onChange={(e) => set('setting', SESSION_SETTINGS.find((s) => s === e.currentTarget.value) ?? 'in_person')}
            data={SESSION_SETTINGS.map((s) => ({ value: s, label: t(`serviceLog.settings.${s}`) }))}
          />
          <NativeSelect
            label={t('serviceLog.fields.grouping')}
            value={v.grouping}
            onChange={(e) => set('grouping', e.currentTarget.value === 'group' ? 'group' : 'individual')}
            data={[
              { value: 'individual', label: t('serviceLog.grouping.individual') },
              { value: 'group', label: t('serviceLog.grouping.group') },
            ]}
          />
          {v.grouping === 'group' && (
            <NumberInput
              label={t('serviceLog.fields.groupSize')}
              min={2}
              max={12}
              required
              value={v.groupSize ?? ''}
              onChange={(n) => set('groupSize', typeof n === 'number' ? n : null)}
            />
          )}
        </SimpleGrid>
        <TextInput
          label={t('serviceLog.fields.location')}
          value={v.location}
          onChange={(e) => set('location', e.currentTarget.value)}
          maxLength={200}
        />
        {goals.length > 0 && (
          <Checkbox.Group
            label={t('serviceLog.fields.goals')}
            value={v.goalIds}
            onChange={(ids) => set('goalIds', ids)}
          >
            <Stack gap={4} mt={4}>
              {goals.map((g, i) => (
                <Checkbox
                  key={g.id}
                  value={g.id}
                  label={t('serviceLog.goalName', { n: i + 1, text: g.behavior || '…' })}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Textarea
          label={t('serviceLog.fields.note')}
          value={v.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          autosize
          minRows={1}
          maxLength={2000}
          data-testid={`${prefix}-note`}
        />
        <Checkbox
          label={t('serviceLog.fields.shareNote')}
          checked={v.noteShared}
          onChange={(e) => set('noteShared', e.currentTarget.checked)}
          data-testid={`${prefix}-share-note`}
        />
        {correcting && (
          <TextInput
            required
            label={t('serviceLog.fields.correctionReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={500}
            data-testid={`${prefix}-why`}
          />
        )}
        {error && (
          <Text role="alert" c="red.9" size="sm" data-testid={`${prefix}-error`}>
            {error}
          </Text>
        )}
        <Group gap="xs">
          <Button type="submit" loading={write.isPending} data-testid={`${prefix}-submit`}>
            {correcting ? t('serviceLog.saveCorrection') : t('serviceLog.record')}
          </Button>
          {correcting && (
            <Button variant="default" onClick={onDone}>
              {t('serviceLog.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
