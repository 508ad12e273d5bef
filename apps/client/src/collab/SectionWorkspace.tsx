import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Grid, Group, Loader, Stack, Title } from '@mantine/core';
import { presenceColor, SECTION_FRAGMENTS, type PresenceUser, type SectionResponse, type User } from '@iep/shared';
import { ConnectionStatus } from './ConnectionStatus';
import { PresenceBar } from './PresenceBar';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { SectionEditor } from './SectionEditor';
import { SectionSummary } from './SectionSummary';
import { StopNotice } from './StopNotice';
import { StructuredPanels } from './structured/StructuredPanels';
import { SectionTerms } from '../features/glossary/SectionTerms';
import { CommentsProvider } from '../features/comments/CommentsContext';
import { ThreadSidebar } from '../features/comments/ThreadSidebar';
import { SinceLastLook } from '../features/versions/SinceLastLook';
import { VersionsPanel } from '../features/versions/VersionsPanel';
import { WorkflowArea } from '../features/workflow/WorkflowArea';
import { MeetingArea } from '../features/meetings/MeetingArea';
import { ProposalsPanel } from '../features/proposals/ProposalsPanel';
import { SuggestionsPanel } from '../features/suggestions/SuggestionsPanel';
import { useSectionRoom } from '../realtime/RealtimeProvider';
import type { CollabSession } from './session';
import { useCollabSession } from './useCollabSession';
import { usePresence } from './usePresence';

interface SectionWorkspaceProps {
  section: SectionResponse;
  me: User;
}

/** The live OT section: who is here, whether changes are saved, and one editor per part. */
export function SectionWorkspace({ section, me }: SectionWorkspaceProps) {
  const { t } = useTranslation();
  const self = useMemo<PresenceUser>(
    () => ({ userId: me.id, name: me.name, role: section.myRole, color: presenceColor(me.id) }),
    [me.id, me.name, section.myRole],
  );
  const session = useCollabSession(section.id, self.userId, self.name, section.myRole);
  // The page's workflow and meeting events arrive in the section's room on the tab's one socket.
  const socket = useSectionRoom(section.id);

  return (
    <Stack gap="lg">
      <Title order={1}>{t('section.title', { name: section.studentName })}</Title>
      <SinceLastLook sinceLastLook={section.sinceLastLook} />
      <SectionSummary section={section} />
      <WorkflowArea section={section} me={me} socket={socket} />
      <MeetingArea section={section} me={me} socket={socket} doc={session?.ydoc ?? null} />
      {!section.permissions.edit && <ReadOnlyNotice section={section} />}
      <CommentsProvider
        sectionId={section.id}
        me={me}
        myRole={section.myRole}
        status={section.status}
        abilities={section.permissions}
      >
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            {session === null ? (
              <Loader size="sm" aria-label={t('app.loading')} />
            ) : (
              <LiveSection session={session} self={self} editable={section.permissions.edit} section={section} />
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="lg">
              {session !== null && (
                <SuggestionsPanel
                  sectionId={section.id}
                  doc={session.ydoc}
                  myUserId={self.userId}
                  abilities={section.permissions}
                />
              )}
              <ThreadSidebar />
            </Stack>
          </Grid.Col>
        </Grid>
      </CommentsProvider>
      <VersionsPanel sectionId={section.id} canSave={section.permissions.saveVersion} />
    </Stack>
  );
}

interface LiveSectionProps {
  session: CollabSession;
  self: PresenceUser;
  editable: boolean;
  section: SectionResponse;
}

function LiveSection({ session, self, editable, section }: LiveSectionProps) {
  const { t } = useTranslation();
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const provider = snapshot.provider;
  const entries = usePresence(provider === null ? null : provider.awareness, self);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" className="section-live-bar">
        <PresenceBar entries={entries} />
        <ConnectionStatus state={snapshot.connectionState} />
      </Group>
      {snapshot.stopReason !== null && <StopNotice reason={snapshot.stopReason} />}
      <Stack gap="xl" component="div" role="group" aria-label={t('section.editorsLabel')}>
        {provider === null ? (
          <Loader size="sm" aria-label={t('connection.connecting')} />
        ) : (
          SECTION_FRAGMENTS.map((field) => (
            <SectionEditor
              key={field}
              field={field}
              ydoc={session.ydoc}
              provider={provider}
              user={self}
              canEdit={(editable || section.permissions.editParts.includes(field)) && snapshot.stopReason === null}
              canSuggest={section.permissions.suggestParts.includes(field) && snapshot.stopReason === null}
            />
          ))
        )}
      </Stack>
      {provider !== null && <SectionTerms doc={session.ydoc} />}
      {provider !== null && (
        <StructuredPanels
          doc={session.ydoc}
          editable={editable && snapshot.stopReason === null}
          meetingDate={section.meetingDate}
          annualReviewDate={section.annualReviewDate}
          dateOfBirth={section.studentDateOfBirth}
        />
      )}
      {provider !== null && (
        <ProposalsPanel
          sectionId={section.id}
          doc={session.ydoc}
          myUserId={self.userId}
          abilities={section.permissions}
        />
      )}
    </Stack>
  );
}
