import { useEffect, useMemo, useRef, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { useTranslation } from 'react-i18next';
import { Grid, Group, Loader, Stack, Title } from '@mantine/core';
import {
  GOAL_DESCRIPTION_PART,
  presenceColor,
  SECTION_FRAGMENTS,
  type PresenceUser,
  type SectionResponse,
  type User,
} from '@iep/shared';
import { ConnectionStatus } from './ConnectionStatus';
import { StatusInView } from './StatusInView';
import { PresenceBar } from './PresenceBar';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { SectionEditor } from './SectionEditor';
import { SectionSummary } from './SectionSummary';
import { StopNotice } from './StopNotice';
import { StructuredPanels } from './structured/StructuredPanels';
import { SectionTerms } from '../glossary/SectionTerms';
import { CommentsProvider } from '../comments/CommentsContext';
import { ThreadSidebar } from '../comments/ThreadSidebar';
import { SinceLastLook } from '../versions/SinceLastLook';
import { VersionsPanel } from '../versions/VersionsPanel';
import { WorkflowArea } from '../workflow/WorkflowArea';
import { MeetingArea } from '../meetings/MeetingArea';
import { MeetingLive } from '../meetings/MeetingLive';
import { useNotificationTarget } from '../notifications/useNotificationTarget';
import { ProposalsPanel } from '../proposals/ProposalsPanel';
import { NoticesPanel } from '../notices/NoticesPanel';
import { ServiceLogPanel } from '../service-log/ServiceLogPanel';
import { ProgressReportsPanel } from '../progress-reports/ProgressReportsPanel';
import { GoalDataPanel } from '../goal-data/GoalDataPanel';
import { PresentLevelsDraft } from '../progress-reports/PresentLevelsDraft';
import { useSectionRoom } from '../../realtime/RealtimeProvider';
import type { CollabSession, CollabSnapshot } from '../../collab/session';
import { useSessionValue } from '../../collab/useSessionValue';
import { useCollabSession } from '../../collab/useCollabSession';
import { usePresence } from '../../collab/usePresence';
import { OfflineChangesNotice } from '../../offline/OfflineChangesNotice';
import { useLeaveWarning } from '../../offline/useLeaveWarning';
import type { PartText } from '../../offline/partTexts';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel';
import { suggestionAuthor } from '../../editor/suggestions';

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
  // Changes made offline that the server would no longer take: shown for copying until dismissed,
  // while a new session (the `generation`) shows the server's document.
  const [handedBack, setHandedBack] = useState<readonly PartText[] | null>(null);
  const [generation, setGeneration] = useState(0);
  const session = useCollabSession({
    sectionId: section.id,
    userId: self.userId,
    name: self.name,
    role: section.myRole,
    abilities: section.permissions,
    generation,
  });
  // The page's workflow and meeting events arrive in the section's room on the tab's one socket.
  const socket = useSectionRoom(section.id);
  useNotificationTarget();

  return (
    <Stack gap="lg">
      <Title order={1}>{t('section.title', { name: section.studentName })}</Title>
      <MeetingLive section={section} me={me} socket={socket} doc={session?.ydoc ?? null} />
      <SinceLastLook sinceLastLook={section.sinceLastLook} />
      <SectionSummary section={section} />
      <WorkflowArea section={section} me={me} socket={socket} />
      <MeetingArea section={section} me={me} doc={session?.ydoc ?? null} />
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
              <LiveSection
                session={session}
                self={self}
                editable={section.permissions.edit}
                section={section}
                handedBack={handedBack}
                onRefused={(texts) => {
                  setHandedBack(texts);
                  setGeneration((g) => g + 1);
                }}
                onHandedBackDone={() => setHandedBack(null)}
              />
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
      {section.status === 'approved' && section.permissions.viewServiceLog && (
        <ServiceLogPanel
          sectionId={section.id}
          studentId={section.studentId}
          structure={section.structure}
          abilities={section.permissions}
        />
      )}
      {section.status === 'approved' && section.permissions.viewGoalData && (
        <GoalDataPanel sectionId={section.id} goals={section.structure.goals} abilities={section.permissions} />
      )}
      {section.status === 'approved' && section.permissions.viewProgressReports && (
        <ProgressReportsPanel sectionId={section.id} myUserId={me.id} abilities={section.permissions} />
      )}
      <NoticesPanel sectionId={section.id} myUserId={me.id} abilities={section.permissions} />
      <VersionsPanel sectionId={section.id} canSave={section.permissions.saveVersion} />
    </Stack>
  );
}

interface LiveSectionProps {
  session: CollabSession;
  self: PresenceUser;
  editable: boolean;
  section: SectionResponse;
  handedBack: readonly PartText[] | null;
  onRefused: (texts: readonly PartText[]) => void;
  onHandedBackDone: () => void;
}

// Selectors of the session's snapshot, module-level so that they stay the same function between renders.
const providerOf = (s: CollabSnapshot) => (s.ready ? s.provider : null);
const refusedOf = (s: CollabSnapshot) => s.refused;
const atRiskOf = (s: CollabSnapshot) => s.atRisk;
const stopReasonOf = (s: CollabSnapshot) => s.stopReason;
const savedOf = (s: CollabSnapshot) => s.connectionState === 'saved';
const connectionStateOf = (s: CollabSnapshot) => s.connectionState;
const pendingChangesOf = (s: CollabSnapshot) => s.pendingChanges;
const keptOf = (s: CollabSnapshot) => s.kept;

/** The save state: the only part of the page that follows every keystroke's saving ↔ saved. */
function SessionStatus({ session }: { session: CollabSession }) {
  const state = useSessionValue(session, connectionStateOf);
  const pendingChanges = useSessionValue(session, pendingChangesOf);
  const kept = useSessionValue(session, keptOf);
  return <ConnectionStatus state={state} pendingChanges={pendingChanges} kept={kept} />;
}

function SessionStatusInView({ session }: { session: CollabSession }) {
  return <StatusInView state={useSessionValue(session, connectionStateOf)} />;
}

/** Who is here: re-renders when someone comes, goes or moves, not the section around it. */
function LivePresence({ provider, self }: { provider: WebsocketProvider | null; self: PresenceUser }) {
  return <PresenceBar entries={usePresence(provider === null ? null : provider.awareness, self)} />;
}

/** Closing the tab now would lose changes that exist nowhere else (or text handed back to copy). */
function LeaveWarning({ session, handedBack }: { session: CollabSession; handedBack: boolean }) {
  useLeaveWarning(useSessionValue(session, atRiskOf) || handedBack);
  return null;
}

/** The text handed back for copying, beside the server's document once it is there. */
function HandedBack({
  session,
  texts,
  onDone,
}: {
  session: CollabSession;
  texts: readonly PartText[];
  onDone: () => void;
}) {
  const saved = useSessionValue(session, savedOf);
  return <OfflineChangesNotice texts={texts} serverDoc={saved ? session.ydoc : null} onDone={onDone} />;
}

function LiveSection({ session, self, editable, section, handedBack, onRefused, onHandedBackDone }: LiveSectionProps) {
  const { t } = useTranslation();
  const provider = useSessionValue(session, providerOf);
  const refused = useSessionValue(session, refusedOf);
  const stopReason = useSessionValue(session, stopReasonOf);
  const remover = useMemo(() => ({ id: self.userId, name: self.name }), [self.userId, self.name]);
  const mayTakeGoalSuggestions =
    section.permissions.suggestParts.includes(GOAL_DESCRIPTION_PART) && stopReason === null;
  const goalSuggester = useMemo(
    () => (mayTakeGoalSuggestions ? suggestionAuthor(self) : null),
    [mayTakeGoalSuggestions, self],
  );
  const onRefusedRef = useRef(onRefused);
  onRefusedRef.current = onRefused;
  // Once per session (its `refused` never changes after it is set).
  useEffect(() => {
    if (refused !== null) onRefusedRef.current(refused);
  }, [refused]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" className="section-live-bar">
        <LivePresence provider={provider} self={self} />
        <SessionStatus session={session} />
      </Group>
      <SessionStatusInView session={session} />
      <LeaveWarning session={session} handedBack={handedBack !== null} />
      {handedBack !== null && <HandedBack session={session} texts={handedBack} onDone={onHandedBackDone} />}
      {stopReason !== null && stopReason !== 'refused' && <StopNotice reason={stopReason} />}
      <Stack gap="xl" component="div" role="group" aria-label={t('section.editorsLabel')}>
        {provider === null ? (
          <Loader size="sm" aria-label={t('connection.connecting')} />
        ) : (
          SECTION_FRAGMENTS.map((field) => (
            <Stack key={field} gap="xs">
              <SectionEditor
                field={field}
                ydoc={session.ydoc}
                provider={provider}
                user={self}
                canEdit={(editable || section.permissions.editParts.includes(field)) && stopReason === null}
                canSuggest={section.permissions.suggestParts.includes(field) && stopReason === null}
              />
              {field === 'presentLevels' && section.permissions.draftPresentLevels && stopReason === null && (
                <PresentLevelsDraft sectionId={section.id} />
              )}
            </Stack>
          ))
        )}
      </Stack>
      {provider !== null && <SectionTerms doc={session.ydoc} />}
      {provider !== null && (
        <StructuredPanels
          doc={session.ydoc}
          editable={editable && stopReason === null}
          editParts={section.permissions.editParts}
          remover={remover}
          meetingDate={section.meetingDate}
          annualReviewDate={section.annualReviewDate}
          dateOfBirth={section.studentDateOfBirth}
          studentFirstName={section.studentFirstName}
          goalSuggester={goalSuggester}
        />
      )}
      {provider !== null && (
        <ProposalsPanel
          sectionId={section.id}
          doc={session.ydoc}
          myUserId={self.userId}
          abilities={section.permissions}
          studentFirstName={section.studentFirstName}
        />
      )}
    </Stack>
  );
}
