import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, List, Text, Title, VisuallyHidden } from '@mantine/core';
import type { SectionResponse } from '@iep/shared';
import { useStatusLabel } from '../../i18n/labels';
import { useMeetingCall, useMeetingsQuery } from '../meetings/api';
import { MeetingErrorText } from '../meetings/MeetingErrorText';
import { ComplianceOverrides } from './ComplianceOverrides';
import { TransitionDialog, type PendingTransition } from './TransitionDialog';
import { readerCapabilities, stepStates } from './workflowModel';
import type { TransitionResponse } from './api';

/** Where the section is in its workflow, what that allows the reader, and the moves they may make. */
export function WorkflowBar({ section }: { section: SectionResponse }) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const headingId = useId();
  const { status, transitions } = section.workflow;
  const caps = readerCapabilities(section.permissions);
  const [pending, setPending] = useState<PendingTransition | null>(null);
  const [done, setDone] = useState<TransitionResponse | null>(null);
  // One way to start a meeting: with a meeting scheduled, "Start the meeting" starts it (meeting
  // mode and the move together, one version); without one, it only moves the section.
  const meetings = useMeetingsQuery(section.id);
  const scheduled = (meetings.data ?? [])
    .filter((m) => m.status === 'scheduled')
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor))[0];
  const startMeeting = useMeetingCall(section.id);

  return (
    <section aria-labelledby={headingId} className="workflow-bar" data-testid="workflow-bar" data-status={status}>
      <Title order={2} id={headingId} size="h3">
        {t('workflow.title')}
      </Title>
      <Text fw={700} mt="xs" data-testid="workflow-status" data-status={status}>
        {t('workflow.now', { status: statusLabel(status) })}
      </Text>
      <Text size="sm">{t(`workflow.describe.${status}`)}</Text>
      {section.workflow.amendmentOf !== null && (
        <Text size="sm" data-testid="workflow-amendment">
          {t('workflow.amendmentOf', { number: section.workflow.amendmentOf })}
        </Text>
      )}
      <ol className="workflow-stepper" aria-label={t('workflow.stepsLabel')}>
        {stepStates(status).map((step, index) => (
          <li
            key={step.status}
            className={`workflow-step workflow-step--${step.state}`}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            <span className="workflow-step__number" aria-hidden="true">
              {index + 1}
            </span>
            <span>
              {statusLabel(step.status)}
              <VisuallyHidden component="span"> ({t(`workflow.stepState.${step.state}`)})</VisuallyHidden>
            </span>
          </li>
        ))}
      </ol>
      <Text fw={600} size="sm" mt="sm">
        {t('workflow.allowsHeading')}
      </Text>
      <List size="sm" data-testid="workflow-capabilities">
        <List.Item>{t(`workflow.capability.edit.${caps.edit}`)}</List.Item>
        <List.Item>{caps.comment ? t('workflow.capability.comment') : t('workflow.capability.noComment')}</List.Item>
        <List.Item>{caps.propose ? t('workflow.capability.propose') : t('workflow.capability.noPropose')}</List.Item>
        <List.Item>{caps.sign ? t('workflow.capability.sign') : t('workflow.capability.noSign')}</List.Item>
      </List>
      <ComplianceOverrides overrides={section.workflow.overrides} structure={section.structure} />
      {transitions.length > 0 && (
        <Group gap="sm" mt="md" role="group" aria-label={t('workflow.movesLabel')}>
          {transitions.map((tr) => (
            <Button
              key={`${tr.name}-${tr.to}`}
              variant={tr.name === 'return_to_draft' || tr.name === 'reopen_meeting' ? 'default' : 'filled'}
              loading={tr.name === 'start_meeting' && startMeeting.isPending}
              onClick={() => {
                setDone(null);
                if (tr.name === 'start_meeting' && scheduled !== undefined) {
                  startMeeting.mutate({ kind: 'start', meetingId: scheduled.id });
                  return;
                }
                setPending(tr);
              }}
              data-testid={`transition-${tr.name}`}
            >
              {t(`workflow.transition.${tr.name}.button`)}
            </Button>
          ))}
        </Group>
      )}
      {transitions.some((tr) => tr.name === 'start_meeting') && (
        <Text size="sm" mt="xs" data-testid="workflow-start-hint">
          {scheduled !== undefined ? t('meetingStart.startsScheduled') : t('meetingStart.movesOnly')}
        </Text>
      )}
      {startMeeting.isError && <MeetingErrorText error={startMeeting.error} />}
      <div role="status" aria-live="polite">
        {done !== null && (
          <Text size="sm" mt="xs" data-testid="transition-done">
            {t('workflow.moved', { status: statusLabel(done.status), number: done.versionNumber })}
          </Text>
        )}
      </div>
      <TransitionDialog
        sectionId={section.id}
        transition={pending}
        onClose={() => setPending(null)}
        onDone={setDone}
        structure={section.structure}
      />
    </section>
  );
}
