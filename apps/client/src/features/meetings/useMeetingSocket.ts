import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttendanceMode, DiscussTarget, MeetingAck, MeetingState } from '@iep/shared';
import { ApiError } from '../../api/http';
import type { AppSocket } from '../../realtime/socket';
import { useStoreMeeting } from './api';

const ACK_TIMEOUT_MS = 10_000;

export interface Attendance {
  meetingId: string;
  mode: AttendanceMode;
  interpreter: boolean;
}

/** An ack answer as the result of a request: the state, or an ApiError the error text can word. */
async function ask(run: () => Promise<MeetingAck>): Promise<MeetingState> {
  const ack = await run();
  if (!ack.ok) throw new ApiError(409, ack.code, ack.message);
  return ack.state;
}

/**
 * This page's place in the running meeting: join (how, interpreter), leave, and "now discussing".
 * A dropped socket marks the person dropped on the server; when it reconnects while they had
 * joined, the page joins again by itself so they are present again without a click.
 */
export function useMeetingPresence(
  socket: AppSocket | null,
  sectionId: string,
  running: MeetingState | null,
  meId: string,
) {
  const store = useStoreMeeting(sectionId);
  const storeRef = useRef(store);
  storeRef.current = store;
  const [attendance, setAttendance] = useState<Attendance | null>(null);
  const attendanceRef = useRef<Attendance | null>(null);
  attendanceRef.current = attendance;
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const emitJoin = useCallback(
    (a: Attendance): Promise<MeetingState> => {
      if (socket === null) return Promise.reject(new Error('No connection'));
      return ask(() => socket.timeout(ACK_TIMEOUT_MS).emitWithAck('meeting:join', a));
    },
    [socket],
  );

  const join = useCallback(
    async (a: Attendance): Promise<void> => {
      setPending(true);
      setError(null);
      try {
        storeRef.current(await emitJoin(a));
        setAttendance(a);
      } catch (err) {
        setError(err);
      } finally {
        setPending(false);
      }
    },
    [emitJoin],
  );

  const leave = useCallback(async (): Promise<void> => {
    const current = attendanceRef.current;
    if (socket === null || current === null) return;
    setAttendance(null);
    setError(null);
    try {
      storeRef.current(
        await ask(() => socket.timeout(ACK_TIMEOUT_MS).emitWithAck('meeting:leave', { meetingId: current.meetingId })),
      );
    } catch (err) {
      setError(err);
    }
  }, [socket]);

  const discuss = useCallback(
    async (meetingId: string, target: DiscussTarget): Promise<void> => {
      if (socket === null) return;
      setError(null);
      try {
        storeRef.current(
          await ask(() => socket.timeout(ACK_TIMEOUT_MS).emitWithAck('meeting:discuss', { meetingId, target })),
        );
      } catch (err) {
        setError(err);
      }
    },
    [socket],
  );

  // Back after a lost connection: present again where the meeting is.
  useEffect(() => {
    if (socket === null) return;
    const onConnect = (): void => {
      const current = attendanceRef.current;
      if (current !== null) emitJoin(current).then(storeRef.current, setError);
    };
    socket.on('connect', onConnect);
    return () => {
      socket.off('connect', onConnect);
    };
  }, [socket, emitJoin]);

  // The server may record the drop after the reconnect's join arrived (its disconnect handling is
  // asynchronous): a state that shows this person not present while the page is in the meeting
  // and connected means join again.
  const mine = running?.participants.find((p) => p.userId === meId);
  const notPresent =
    attendance !== null && running !== null && attendance.meetingId === running.id && mine?.state !== 'present';
  useEffect(() => {
    if (!notPresent || socket === null || !socket.connected) return;
    const timer = window.setTimeout(() => {
      const current = attendanceRef.current;
      if (current !== null) emitJoin(current).then(storeRef.current, setError);
    }, 300);
    return () => window.clearTimeout(timer);
  }, [notPresent, socket, emitJoin, running]);

  // The meeting ended (or another one runs): nothing to be in any more.
  const runningId = running?.id ?? null;
  useEffect(() => {
    if (attendance !== null && attendance.meetingId !== runningId) setAttendance(null);
  }, [attendance, runningId]);

  // Leaving the page is leaving the meeting (not a dropped connection).
  useEffect(() => {
    return () => {
      const current = attendanceRef.current;
      if (socket !== null && current !== null && socket.connected)
        socket.emit('meeting:leave', { meetingId: current.meetingId }, () => undefined);
    };
  }, [socket]);

  return { attendance, join, leave, discuss, error, pending };
}
