import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Role, SectionAbilities, SectionStatus, ThreadDto, ThreadVisibility, User } from '@iep/shared';
import { commentKeys, upsertThread, useThreads } from '../../api/comments';
import { useAppSocket } from '../../realtime/AppSocketProvider';

/** A thread being started: where it hangs and the words it quotes. */
export interface ThreadDraft {
  part: string;
  anchorStart?: string;
  anchorEnd?: string;
  quote: string;
}

export interface CommentsState {
  sectionId: string;
  me: User;
  myRole: Role;
  status: SectionStatus;
  /** What this person may do here (the server's answer); threads read it, never the role. */
  abilities: SectionAbilities;
  /** Comments are taken (the section is not approved). */
  open: boolean;
  threads: ThreadDto[];
  loading: boolean;
  failed: boolean;
  draft: ThreadDraft | null;
  startDraft: (draft: ThreadDraft) => void;
  cancelDraft: () => void;
  activeThreadId: string | null;
  activate: (threadId: string | null) => void;
  /** Which visibilities this person may choose from when starting a thread. */
  visibilities: ThreadVisibility[];
}

const CommentsContext = createContext<CommentsState | null>(null);

export function useComments(): CommentsState | null {
  return useContext(CommentsContext);
}

/** Live threads of a section: fetched, then kept current by `thread:changed` from socket.io. */
function useLiveThreads(sectionId: string) {
  const socket = useAppSocket();
  const queryClient = useQueryClient();
  const query = useThreads(sectionId);
  useEffect(() => {
    if (socket === null) return;
    const join = (): void => {
      socket.emit('section:join', { sectionId }, () => undefined);
    };
    const onThread = (thread: ThreadDto): void => {
      if (thread.sectionId !== sectionId) return;
      queryClient.setQueryData<ThreadDto[]>(commentKeys.threads(sectionId), (list) => upsertThread(list, thread));
    };
    socket.on('connect', join);
    socket.on('thread:changed', onThread);
    if (socket.connected) join();
    return () => {
      socket.off('connect', join);
      socket.off('thread:changed', onThread);
      if (socket.connected) socket.emit('section:leave', { sectionId });
    };
  }, [socket, sectionId, queryClient]);
  return query;
}

interface ProviderProps {
  sectionId: string;
  me: User;
  myRole: Role;
  status: SectionStatus;
  abilities: SectionAbilities;
  children: ReactNode;
}

export function CommentsProvider({ sectionId, me, myRole, status, abilities, children }: ProviderProps) {
  const query = useLiveThreads(sectionId);
  const [draft, setDraft] = useState<ThreadDraft | null>(null);
  const [activeThreadId, setActive] = useState<string | null>(null);
  const startDraft = useCallback((d: ThreadDraft) => {
    setDraft(d);
    setActive(null);
  }, []);
  const cancelDraft = useCallback(() => setDraft(null), []);
  const value = useMemo<CommentsState>(
    () => ({
      sectionId,
      me,
      myRole,
      status,
      abilities,
      open: abilities.comment,
      threads: query.data ?? [],
      loading: query.isPending,
      failed: query.isError,
      draft,
      startDraft,
      cancelDraft,
      activeThreadId,
      activate: setActive,
      visibilities: abilities.staffThreads ? ['team', 'staff'] : ['team'],
    }),
    [sectionId, me, myRole, status, abilities, query.data, query.isPending, query.isError, draft, startDraft, cancelDraft, activeThreadId],
  );
  return <CommentsContext value={value}>{children}</CommentsContext>;
}
