import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { DATE_MAX, DATE_MIN, PLAN_KINDS, planInputSchema, type AdminPlan } from '@iep/shared';
import { peopleErrorKey, validateForm, type FieldErrors } from '../team/peopleErrors';
import { useSavePlan } from './api';

type Values = { kind: string; meetingDate: string; annualReviewDate: string };

/** Adds a plan to a student, or changes one: IEP or 504, meeting date, annual review date. */
export function PlanForm({
  districtId,
  studentId,
  plan,
  onDone,
}: {
  districtId: string;
  studentId: string;
  plan: AdminPlan | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSavePlan(districtId);
  const [values, setValues] = useState<Values>({
    kind: plan?.kind ?? 'iep',
    meetingDate: plan?.meetingDate ?? '',
    annualReviewDate: plan?.annualReviewDate ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const field = (name: keyof Values) => ({
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((v) => ({ ...v, [name]: value }));
    },
    error: errors[name] === undefined ? undefined : t(errors[name]),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    const result = validateForm(planInputSchema, {
      kind: values.kind,
      meetingDate: values.meetingDate === '' ? null : values.meetingDate,
      annualReviewDate: values.annualReviewDate === '' ? null : values.annualReviewDate,
    });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    save.mutate({ studentId, planId: plan?.id ?? null, input: result.data }, { onSuccess: onDone });
  };

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={plan === null ? t('admin.plans.addTitle') : t('admin.plans.editTitle')}
      data-testid="plan-form"
    >
      <Stack gap="sm">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('admin.plans.kind')}
            name="kind"
            data={PLAN_KINDS.map((k) => ({ value: k, label: t(`students.planKind.${k}`) }))}
            {...field('kind')}
          />
          <TextInput
            label={t('admin.plans.meetingDate')}
            name="meetingDate"
            type="date"
            min={DATE_MIN}
            max={DATE_MAX}
            {...field('meetingDate')}
          />
          <TextInput
            label={t('admin.plans.annualReviewDate')}
            name="annualReviewDate"
            type="date"
            min={DATE_MIN}
            max={DATE_MAX}
            {...field('annualReviewDate')}
          />
        </Group>
        {save.isError && (
          <Alert color="red" role="alert">
            {t(peopleErrorKey(save.error))}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending} data-testid="save-plan">
            {plan === null ? t('admin.plans.create') : t('admin.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('admin.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
