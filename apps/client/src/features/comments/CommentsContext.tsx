import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type {
  Role,
  SectionAbilities,
  SectionStatus,
  SuggestionRef,
  ThreadDto,
  ThreadVisibility,
  User,
} from '@iep/shared';
import { useThreads } from './api';
import { useSectionRoom } from '../../realtime/RealtimeProvider';

/** A thread being started: where it hangs and the words it quotes. */
export interface ThreadDraft {
  part: string;
  anchorStart?: string;
  anchorEnd?: string;
  quote: string;
  /** A thread on a suggestion: the server anchors it to the suggestion's text. */
  suggestion?: SuggestionRef;
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

/**
 * Live threads of a section: fetched, then kept current by `thread:changed` in the section's room
 * (written into the cached list by realtime/eventQueries.ts).
 */
function useLiveThreads(sectionId: string) {
  useSectionRoom(sectionId);
  return useThreads(sectionId);
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
    [
      sectionId,
      me,
      myRole,
      status,
      abilities,
      query.data,
      query.isPending,
      query.isError,
      draft,
      startDraft,
      cancelDraft,
      activeThreadId,
    ],
  );
  return <CommentsContext value={value}>{children}</CommentsContext>;
}
