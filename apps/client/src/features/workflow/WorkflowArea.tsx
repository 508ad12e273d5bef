import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import type { SectionResponse, User } from '@iep/shared';
import type { AppSocket } from '../../realtime/socket';
import { ApprovedNotice } from '../signoff/ApprovedNotice';
import { SignoffPanel } from '../signoff/SignoffPanel';
import { DraftBanner } from './DraftBanner';
import { FamilyReviewCard } from './FamilyReviewCard';
import { useSectionEvents } from './useSectionEvents';
import { WorkflowBar } from './WorkflowBar';

interface WorkflowAreaProps {
  section: SectionResponse;
  me: User;
  /** The section's app-events socket (null until the live session starts). */
  socket: AppSocket | null;
}

/** Everything about where the section stands: draft marking or lock, the workflow, family review, sign-off. */
export function WorkflowArea({ section, me, socket }: WorkflowAreaProps) {
  const { t } = useTranslation();
  const { notice, dismiss } = useSectionEvents(socket, section.id);
  const seesAccessLog = section.permissions.viewAccessLog;

  return (
    <Stack gap="md">
      <DraftBanner status={section.workflow.status} />
      <ApprovedNotice section={section} />
      <div role="status" aria-live="polite">
        {notice !== null && (
          <Alert
            key={notice.id}
            color={notice.tone === 'warning' ? 'orange' : 'blue'}
            withCloseButton
            closeButtonLabel={t('workflow.events.dismiss')}
            onClose={dismiss}
            data-testid="workflow-notice"
          >
            <Text c="dark.9">{notice.text}</Text>
          </Alert>
        )}
      </div>
      <WorkflowBar section={section} />
      <FamilyReviewCard section={section} />
      <SignoffPanel section={section} me={me} />
      {seesAccessLog && (
        <Text size="sm">
          <Anchor component={Link} to={`/students/${section.studentId}/access-log`} data-testid="access-log-link">
            {t('accessLog.linkFromSection', { name: section.studentName })}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
