import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { MeetingState, SectionResponse, User } from '@iep/shared';
import { PoliteAnnouncer } from '../../components/PoliteAnnouncer';
import type { AppSocket } from '../../realtime/socket';
import { attendanceChanges } from './announcements';
import { useMeetingCall, useMeetingsQuery } from './api';
import { MeetingDock, type DrawerTab } from './MeetingDock';
import { MeetingDrawer } from './MeetingDrawer';
import { discussingId, meetingsView, targetPhrase } from './meetingModel';
import { useFollow } from './useFollow';
import { useMeetingPresence } from './useMeetingSocket';
import { useLiveStructure, usePhrase } from './usePhrase';
import './meetings.css';

interface MeetingLiveProps {
  section: SectionResponse;
  me: User;
  socket: AppSocket | null;
  doc: Y.Doc | null;
}

/** The dock's height on the root element: follow mode puts the discussed item just under it. */
function useDockHeight(dock: HTMLElement | null): void {
  useLayoutEffect(() => {
    if (dock === null) return;
    const root = document.documentElement;
    const set = (): void => root.style.setProperty('--meeting-dock-height', `${dock.offsetHeight}px`);
    set();
    const observer = new ResizeObserver(set);
    observer.observe(dock);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--meeting-dock-height');
    };
  }, [dock]);
}

/**
 * The running meeting on the section page, made for half a screen beside a video call: a one-line
 * dock at the top of the window and a drawer beside the section with the agenda, people and notes.
 * Nothing while no meeting runs (the meetings card below schedules and starts one).
 */
export function MeetingLive({ section, me, socket, doc }: MeetingLiveProps) {
  const meetings = useMeetingsQuery(section.id);
  const running = meetingsView(meetings.data ?? []).running;
  if (running === null) return null;
  return (
    <RunningMeeting
      key={running.id}
      running={running}
      receivedAt={meetings.dataUpdatedAt}
      section={section}
      me={me}
      socket={socket}
      doc={doc}
    />
  );
}

interface RunningMeetingProps extends MeetingLiveProps {
  running: MeetingState;
  receivedAt: number;
}

function RunningMeeting({ running, receivedAt, section, me, socket, doc }: RunningMeetingProps) {
  const { t } = useTranslation();
  const words = usePhrase();
  const drawerId = useId();
  const presence = useMeetingPresence(socket, section.id, running, me.id);
  const inMeeting = presence.attendance !== null;
  const [drawer, setDrawer] = useState<{ open: boolean; tab: DrawerTab }>({
    open: false,
    tab: section.permissions.leadMeeting ? 'agenda' : 'notes',
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const [dock, setDock] = useState<HTMLElement | null>(null);
  useDockHeight(dock);

  const reveal = useCallback(() => setDrawer({ open: true, tab: 'agenda' }), []);
  const follow = useFollow(running, inMeeting, reveal);
  const structure = useLiveStructure(doc, section.structure);
  const call = useMeetingCall(section.id);
  const lead = section.permissions.leadMeeting;
  const discussing = running.nowDiscussing
    ? words(targetPhrase(running.nowDiscussing.target, running.agenda, structure))
    : null;
  const discussingLine =
    discussing === null ? t('meetings.banner.nothingYet') : t('meetings.banner.nowDiscussing', { what: discussing });

  // On a wide screen the page makes room for the open drawer (see meetings.css).
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('meeting-drawer-open', drawer.open);
    return () => root.classList.remove('meeting-drawer-open');
  }, [drawer.open]);

  /** Opens the drawer (on `tab`, else where it was) or closes it when it already shows that. */
  const toggle = (tab?: DrawerTab): void => {
    if (drawer.open && (tab === undefined || drawer.tab === tab)) {
      close();
      return;
    }
    openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setDrawer({ open: true, tab: tab ?? drawer.tab });
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  const close = (): void => {
    setDrawer((d) => ({ ...d, open: false }));
    openerRef.current?.focus();
  };

  const announcement = useAnnouncements(running, me.id, discussing);

  return (
    <>
      <MeetingDock
        ref={setDock}
        meeting={running}
        attendance={presence.attendance}
        onJoin={(a) => void presence.join(a)}
        joining={presence.pending}
        discussingLine={discussingLine}
        follow={follow}
        drawerId={drawerId}
        drawerOpen={drawer.open}
        onToggleDrawer={toggle}
      />
      <MeetingDrawer
        ref={headingRef}
        id={drawerId}
        open={drawer.open}
        tab={drawer.tab}
        onTab={(tab) => setDrawer({ open: true, tab })}
        onClose={close}
        meeting={running}
        structure={structure}
        lead={lead}
        inMeeting={inMeeting}
        receivedAt={receivedAt}
        doc={doc}
        call={call}
        onDiscuss={(target) => void presence.discuss(running.id, target)}
        onLeave={() => void presence.leave()}
        error={presence.error}
      />
      <PoliteAnnouncer message={announcement} testId="meeting-announcer" />
    </>
  );
}

/** Joins, drops, departures and each new "now discussing", said once (the arrival's state says nothing). */
function useAnnouncements(
  running: MeetingState,
  meId: string,
  discussing: string | null,
): { id: number; text: string } | null {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ id: number; text: string } | null>(null);
  const seenPeople = useRef<MeetingState['participants'] | null>(null);
  const seenMove = useRef<string | null | undefined>(undefined);
  const move = discussingId(running);
  useEffect(() => {
    const lines = attendanceChanges(seenPeople.current, running.participants, meId).map((a) =>
      t(a.key, { name: a.name }),
    );
    seenPeople.current = running.participants;
    if (seenMove.current !== undefined && move !== seenMove.current && discussing !== null)
      lines.push(t('meetingDock.announce.moved', { what: discussing }));
    seenMove.current = move;
    if (lines.length > 0) setMessage((m) => ({ id: (m?.id ?? 0) + 1, text: lines.join(' ') }));
  }, [running.participants, meId, move, discussing, t]);
  return message;
}
