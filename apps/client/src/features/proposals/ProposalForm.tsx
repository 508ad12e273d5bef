import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import {
  createProposalRequestSchema,
  GOAL_AREAS,
  GOAL_TEXT_FIELDS,
  proposalMeasurability,
  proposalMissingFields,
  updateProposalRequestSchema,
  type GoalArea,
  type ParentWords,
  type ProposalFields,
} from '@iep/shared';
import { useProposalAction } from './api';
import { useFieldLabel, useProposalErrorText } from './labels';
import { OwnWordsQuote } from './OwnWordsForm';

const isArea = (value: string): value is GoalArea => (GOAL_AREAS as readonly string[]).includes(value);

export type ProposalFormMode =
  | { kind: 'new' }
  | { kind: 'change'; goalId: string; goalNumber: number }
  | { kind: 'edit'; proposalId: string }
  /** The OT turns a proposal in the proposer's own words into goal fields, and accepts it. */
  | { kind: 'accept'; proposalId: string; words: ParentWords; proposer: string };

interface ProposalFormProps {
  sectionId: string;
  mode: ProposalFormMode;
  initial: ProposalFields;
  initialRationale?: string;
  onClose: () => void;
}

/**
 * The goal's structured form, with a rationale; the measurability check runs as people type. In
 * `accept` mode it shows the proposer's own words above the fields (pre-filled from them) and accepts.
 */
export function ProposalForm({ sectionId, mode, initial, initialRationale = '', onClose }: ProposalFormProps) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const errorText = useProposalErrorText();
  const action = useProposalAction(sectionId);
  const [fields, setFields] = useState<ProposalFields>(initial);
  const [rationale, setRationale] = useState(initialRationale);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const { measurable, reasons } = proposalMeasurability(fields);
  const accepting = mode.kind === 'accept';
  const missing = proposalMissingFields(fields, rationale, accepting);
  const title =
    mode.kind === 'new'
      ? t('proposals.formTitleNew')
      : mode.kind === 'change'
        ? t('proposals.formTitleChange', { number: mode.goalNumber })
        : mode.kind === 'accept'
          ? t('proposals.ownWords.acceptTitle')
          : t('proposals.formTitleEdit');

  const submit = (): void => {
    if (mode.kind === 'accept') {
      action.mutateAsync({ kind: 'accept', id: mode.proposalId, fields }).then(onClose, () => undefined);
      return;
    }
    const body =
      mode.kind === 'edit'
        ? updateProposalRequestSchema.safeParse({ fields, rationale })
        : createProposalRequestSchema.safeParse({
            kind: mode.kind === 'new' ? 'new_goal' : 'change_goal',
            targetGoalId: mode.kind === 'change' ? mode.goalId : undefined,
            fields,
            rationale,
          });
    if (!body.success) {
      setErrors(Object.fromEntries(body.error.issues.map((i) => [String(i.path[i.path.length - 1] ?? ''), i.message])));
      return;
    }
    setErrors({});
    const request =
      mode.kind === 'edit'
        ? action.mutateAsync({ kind: 'update', id: mode.proposalId, body: { fields, rationale } })
        : action.mutateAsync({
            kind: 'create',
            body: {
              kind: mode.kind === 'new' ? 'new_goal' : 'change_goal',
              targetGoalId: mode.kind === 'change' ? mode.goalId : undefined,
              fields,
              rationale,
            },
          });
    request.then(onClose, () => undefined);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="lg"
      data-testid="proposal-form"
      closeButtonProps={{ 'aria-label': t('proposals.cancel') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          {mode.kind === 'accept' ? (
            <OwnWordsQuote words={mode.words} proposer={mode.proposer} />
          ) : (
            <Text size="sm">{t('proposals.draftNote')}</Text>
          )}
          <Select
            label={fieldLabel('area')}
            placeholder={t('goals.areaPlaceholder')}
            data={GOAL_AREAS.map((a) => ({ value: a, label: t(`goals.areas.${a}`) }))}
            value={fields.area}
            onChange={(value) => setFields({ ...fields, area: value !== null && isArea(value) ? value : null })}
            data-testid="proposal-area"
            clearable
          />
          {GOAL_TEXT_FIELDS.map((field) => (
            <Textarea
              key={field}
              label={fieldLabel(field)}
              description={t(`goals.fieldHints.${field}`)}
              value={fields[field]}
              onChange={(event) => setFields({ ...fields, [field]: event.currentTarget.value })}
              error={errors[field]}
              autosize
              minRows={1}
              data-testid={`proposal-${field}`}
            />
          ))}
          {!accepting && (
            <Textarea
              label={t('proposals.rationale')}
              description={t('proposals.rationaleHint')}
              value={rationale}
              onChange={(event) => setRationale(event.currentTarget.value)}
              error={errors.rationale}
              autosize
              minRows={2}
              data-testid="proposal-rationale"
            />
          )}
          <div
            role="status"
            aria-live="polite"
            data-testid="proposal-measurability"
            data-measurable={measurable ? 'true' : 'false'}
          >
            <Text size="sm" fw={600}>
              {t('proposals.measurability')}
            </Text>
            <Text size="sm">
              {measurable
                ? `✓ ${t('goals.measurable')}`
                : `⚠ ${t('goals.notMeasurable', { reasons: reasons.map((r) => t(`goals.reasons.${r}`)).join('; ') })}`}
            </Text>
            {missing.length > 0 && (
              <Text size="sm">{t('proposals.missing', { fields: missing.map(fieldLabel).join(', ') })}</Text>
            )}
          </div>
          {action.isError && (
            <Alert color="red" role="alert">
              {errorText(action.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('proposals.cancel')}
            </Button>
            <Button type="submit" loading={action.isPending} data-testid="proposal-submit">
              {mode.kind === 'edit'
                ? t('proposals.saveChanges')
                : accepting
                  ? t('proposals.ownWords.acceptSubmit')
                  : t('proposals.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
