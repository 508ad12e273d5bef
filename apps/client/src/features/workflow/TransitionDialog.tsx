import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DATE_MAX, transitionRequestSchema, type SectionStatus, type TransitionName } from '@iep/shared';
import { ApiErrorText } from './ApiErrorText';
import { useTransition, type TransitionResponse } from './workflowApi';
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
}

/** Confirms one workflow move and says what it does; sharing with the family asks for a respond-by date. */
export function TransitionDialog({ sectionId, transition, onClose, onDone }: TransitionDialogProps) {
  const { t } = useTranslation();
  const [respondBy, setRespondBy] = useState('');
  const [note, setNote] = useState('');
  const [dateProblem, setDateProblem] = useState<ReturnType<typeof respondByProblem>>(null);
  const move = useTransition(sectionId);
  const needsDate = transition?.to === 'family_review';
  const today = todayIso();

  const close = (): void => {
    move.reset();
    setDateProblem(null);
    setRespondBy('');
    setNote('');
    onClose();
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (transition === null) return;
    const problem = needsDate ? respondByProblem(respondBy, today) : null;
    setDateProblem(problem);
    if (problem !== null) return;
    const body = transitionRequestSchema.safeParse({
      to: transition.to,
      ...(needsDate ? { respondBy } : {}),
      ...(note.trim() === '' ? {} : { note: note.trim() }),
    });
    if (!body.success) return;
    move.mutate(body.data, {
      onSuccess: (result) => {
        close();
        onDone(result);
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
            {move.isError && <ApiErrorText error={move.error} testId="transition-error" />}
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
