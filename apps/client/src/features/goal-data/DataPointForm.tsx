import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { dataPointFieldsSchema, type DataPointInput, type DataPointKind, type DataPointValue } from '@iep/shared';
import { isApiError } from '../../api/http';
import { useDataPointWrite } from './api';
import { rubricLabel } from './format';

interface DataPointFormProps {
  sectionId: string;
  goalId: string;
  /** "Goal 2", for the form's name. */
  goalLabel: string;
  /** The kinds the goal takes (its criterion's scale, or its earlier points'). */
  kinds: DataPointKind[];
  /** Taken in a logged session: its id and date (the date is then fixed). */
  session?: { id: string; date: string };
  /** Called after a point is saved, before `onDone`. */
  onSaved?: () => void;
  onDone?: () => void;
}

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const num = (v: number | string): number => (typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v));

/** Adds a data point to a goal, checked with the same schema as the server before it is sent. */
export function DataPointForm({ sectionId, goalId, goalLabel, kinds, session, onSaved, onDone }: DataPointFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DataPointKind>(kinds[0] ?? 'trials');
  const [date, setDate] = useState(session?.date ?? today());
  const [n, setN] = useState<Record<string, number | string>>({});
  const [note, setNote] = useState('');
  const [invalid, setInvalid] = useState<string[]>([]);
  const write = useDataPointWrite(sectionId);
  const prefix = `point-${goalId}${session ? `-${session.id}` : ''}`;

  const value = (): DataPointValue => {
    const f = (k: string) => num(n[k] ?? '');
    if (kind === 'trials') return { kind, correct: f('correct'), total: f('total') };
    if (kind === 'percentage') return { kind, percentage: f('percentage') };
    if (kind === 'rubric') return { kind, level: f('level') };
    return {
      kind,
      seconds: (Number.isNaN(f('minutes')) ? 0 : f('minutes') * 60) + (Number.isNaN(f('seconds')) ? 0 : f('seconds')),
    };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const point: DataPointInput = { goalId, date, value: value(), note, sessionId: session?.id ?? null };
    const parsed = dataPointFieldsSchema.safeParse(point);
    if (!parsed.success) {
      setInvalid([...new Set(parsed.error.issues.map((i) => String(i.path[i.path.length - 1] ?? '')))]);
      return;
    }
    setInvalid([]);
    write.mutate(
      { kind: 'record', point },
      {
        onSuccess: () => {
          setN({});
          setNote('');
          onSaved?.();
          onDone?.();
        },
      },
    );
  };

  const fieldError = (field: string): string | undefined =>
    invalid.includes(field)
      ? t(`goalData.form.invalid.${field}`, { defaultValue: t('goalData.form.invalid.value') })
      : undefined;
  const numberField = (field: string, label: string, extra: { max?: number; decimals?: boolean } = {}) => (
    <NumberInput
      key={field}
      label={label}
      value={n[field] ?? ''}
      onChange={(v) => setN((prev) => ({ ...prev, [field]: v }))}
      min={0}
      max={extra.max}
      allowDecimal={extra.decimals === true}
      error={fieldError(field)}
      data-testid={`${prefix}-${field}`}
    />
  );
  const error = write.error
    ? isApiError(write.error)
      ? t(`goalData.errors.${write.error.code}`, { defaultValue: t('goalData.errors.generic') })
      : t('goalData.errors.generic')
    : null;

  return (
    <form onSubmit={submit} data-testid={`${prefix}-form`} aria-label={t('goalData.form.title', { goal: goalLabel })}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          {kinds.length > 1 && (
            <NativeSelect
              label={t('goalData.form.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as DataPointKind)}
              data={kinds.map((k) => ({ value: k, label: t(`goalData.kinds.${k}`) }))}
              data-testid={`${prefix}-kind`}
            />
          )}
          <TextInput
            type="date"
            label={t('goalData.form.date')}
            value={date}
            readOnly={session !== undefined}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={fieldError('date')}
            data-testid={`${prefix}-date`}
          />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="xs">
          {kind === 'trials' && [
            numberField('correct', t('goalData.form.correct')),
            numberField('total', t('goalData.form.total')),
          ]}
          {kind === 'percentage' &&
            numberField('percentage', t('goalData.form.percentage'), { max: 100, decimals: true })}
          {kind === 'rubric' && (
            <NativeSelect
              label={t('goalData.form.level')}
              value={String(n.level ?? '')}
              onChange={(e) => setN((prev) => ({ ...prev, level: e.currentTarget.value }))}
              data={[
                { value: '', label: t('goalData.form.chooseLevel') },
                ...[1, 2, 3, 4, 5].map((l) => ({
                  value: String(l),
                  label: t('goalData.value.rubric', { level: l, label: rubricLabel(t, l) }),
                })),
              ]}
              error={fieldError('level')}
              data-testid={`${prefix}-level`}
            />
          )}
          {kind === 'duration' && [
            numberField('minutes', t('goalData.form.minutes')),
            numberField('seconds', t('goalData.form.seconds'), { max: 59 }),
          ]}
        </SimpleGrid>
        <Textarea
          label={t('goalData.form.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={1}
          data-testid={`${prefix}-note`}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" loading={write.isPending} data-testid={`${prefix}-submit`}>
            {t('goalData.form.save')}
          </Button>
          {onDone && (
            <Button variant="default" onClick={onDone}>
              {t('goalData.form.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
