import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import {
  DATE_MAX,
  transitionRequestSchema,
  type SectionStatus,
  type SectionStructure,
  type TransitionName,
} from '@iep/shared';
import { ComplianceReasons, failingChecksOf, overridesFrom } from './ComplianceReasons';
import { ApiErrorText } from './ApiErrorText';
import { OpenSuggestionsList } from '../suggestions/OpenSuggestionsList';
import { useTransition, type TransitionResponse } from './api';
import { respondByProblem, todayIso } from './workflowModel';

export interface PendingTransition {
  name: TransitionName;
  to: SectionStatus;
}

interface TransitionDialogProps {
  sectionId: string;
  transition: PendingTransition | null;
  onClose: () => void;
  onDone: (result: TransitionResponse) => void;
  /** The section's parts, to name the goals and services a failing check points at. */
  structure?: SectionStructure | null;
}

/** Confirms one workflow move and says what it does; sharing with the family asks for a respond-by date. */
export function TransitionDialog({ sectionId, transition, onClose, onDone, structure = null }: TransitionDialogProps) {
  const { t } = useTranslation();
  const [respondBy, setRespondBy] = useState('');
  const [note, setNote] = useState('');
  const [dateProblem, setDateProblem] = useState<ReturnType<typeof respondByProblem>>(null);
  const move = useTransition(sectionId);
  // Requesting sign-off while checks fail: the server names them; a reason per check goes with the next try.
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [gateChecks, setGateChecks] = useState<ReturnType<typeof failingChecksOf>>(null);
  const [showMissing, setShowMissing] = useState(false);
  const needsDate = transition?.to === 'family_review';
  const today = todayIso();

  const close = (): void => {
    move.reset();
    setDateProblem(null);
    setRespondBy('');
    setNote('');
    setReasons({});
    setGateChecks(null);
    setShowMissing(false);
    onClose();
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (transition === null) return;
    const problem = needsDate ? respondByProblem(respondBy, today) : null;
    setDateProblem(problem);
    if (problem !== null) return;
    const overrides = overridesFrom(reasons);
    if (gateChecks !== null && gateChecks.some((c) => (reasons[c.key] ?? '').trim().length < 3)) {
      setShowMissing(true);
      return;
    }
    const body = transitionRequestSchema.safeParse({
      to: transition.to,
      ...(needsDate ? { respondBy } : {}),
      ...(note.trim() === '' ? {} : { note: note.trim() }),
      ...(overrides.length > 0 ? { overrides } : {}),
    });
    if (!body.success) return;
    move.mutate(body.data, {
      onSuccess: (result) => {
        close();
        onDone(result);
      },
      onError: (error) => {
        const failing = failingChecksOf(error);
        if (failing !== null) {
          setGateChecks(failing);
          setShowMissing(false);
        }
      },
    });
  };

  return (
    <Modal
      opened={transition !== null}
      onClose={close}
      title={transition === null ? '' : t(`workflow.transition.${transition.name}.title`)}
      closeButtonProps={{ 'aria-label': t('workflow.cancel') }}
    >
      {transition !== null && (
        <form onSubmit={submit} noValidate data-testid="transition-form">
          <Stack gap="md">
            <Text>{t(`workflow.transition.${transition.name}.explain`)}</Text>
            <Text size="sm">{t('workflow.versionSavedNote')}</Text>
            {needsDate && (
              <TextInput
                type="date"
                label={t('workflow.respondByLabel')}
                description={t('workflow.respondByHint')}
                required
                min={today}
                max={DATE_MAX}
                value={respondBy}
                onChange={(e) => setRespondBy(e.currentTarget.value)}
                error={dateProblem === null ? undefined : t(`workflow.respondByProblem.${dateProblem}`)}
                data-testid="transition-respond-by"
              />
            )}
            <Textarea
              label={t('workflow.noteLabel')}
              description={t('workflow.noteHint')}
              autosize
              minRows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              data-testid="transition-note"
            />
            {gateChecks !== null && (
              <ComplianceReasons
                checks={gateChecks}
                structure={structure}
                reasons={reasons}
                onChange={(key, reason) => setReasons((r) => ({ ...r, [key]: reason }))}
                showMissing={showMissing}
              />
            )}
            {move.isError && failingChecksOf(move.error) === null && (
              <ApiErrorText error={move.error} testId="transition-error" />
            )}
            {move.isError && <OpenSuggestionsList error={move.error} structure={structure} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('workflow.cancel')}
              </Button>
              <Button type="submit" loading={move.isPending} data-testid="transition-confirm">
                {t(`workflow.transition.${transition.name}.confirm`)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
