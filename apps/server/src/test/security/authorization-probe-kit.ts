import { can, type Action, type SectionStatus } from '@iep/shared';
import { api } from '../test-app';
import type { MatrixWorld, Person } from './authorization-world';

/** The authorization matrix's probe builders: a probe says what it does and calls a real route or socket. */
/**
 * The authorization matrix's probes: for every action of the policy, real routes and sockets that
 * take it. The table is typed by `Action`: a new action without at least one probe does not compile.
 */
export interface Probe {
  /** What the probe does, for the report. */
  what: string;
  /** The resource `can` is asked about, as the route sees it. */
  resource: (status: SectionStatus, w: MatrixWorld, who: Person) => Parameters<typeof can>[2];
  /** Routes that hide a record from those who may not use it answer 404 as for a record that is not there. */
  hidesWhenRefused?: true;
  /** Calls the route or socket with the section in `status`; answers an HTTP-like status code. */
  call: (w: MatrixWorld, who: Person, status: SectionStatus) => Promise<number>;
}

export type ProbeTable = { readonly [A in Action]: readonly [Probe, ...Probe[]] };

export const section = (status: SectionStatus) => ({ status });

/** A socket write answers 200 when applied and 403 when the server left the document as it was. */
export const socketWrite = (part: string): Probe => ({
  what: `write ${part} over the document socket`,
  resource: (status) => ({ status, part }),
  call: async (w, who, status) => {
    await w.setStatus(status);
    return (await w.writesThroughSocket(who, part)) ? 200 : 403;
  },
});

/** A suggestion over the document socket answers 200 when applied and 403 when refused. */
export const socketSuggestion = (part: string): Probe => ({
  what: `suggest in ${part} over the document socket`,
  resource: (status) => ({ status, part }),
  call: async (w, who, status) => {
    await w.setStatus(status);
    return (await w.suggestsThroughSocket(who, part)) ? 200 : 403;
  },
});

export const suggestionProbe = (what: string, own: boolean, decision: 'accept' | 'reject' | 'withdraw'): Probe => ({
  what: `${what} (a suggestion by ${own ? 'the caller' : 'another'})`,
  resource: (status, w, who) => ({ status, authorId: own ? who.actor.userId : w.author.actor.userId }),
  call: async (w, who, state) => {
    const by = own ? who : w.author;
    const suggestionId = await w.madeInDraft(state, () => w.suggestion(by));
    const route = decision === 'withdraw' ? 'withdraw' : 'decide';
    const body = decision === 'withdraw' ? { suggestionId } : { decision, authorId: by.actor.userId, suggestionId };
    return status(
      await api(w.app, `/api/sections/${w.sectionId}/suggestions/${route}`, {
        method: 'POST',
        token: who.session.token,
        body,
      }),
    );
  },
});

export const threadProbe = (
  what: string,
  visibility: 'team' | 'staff',
  own: boolean,
  act: (w: MatrixWorld, who: Person, ids: { threadId: string; commentId: string }) => Promise<number>,
  action: 'view' | 'write',
): Probe => ({
  what: `${what} (${visibility} thread by ${own ? 'the caller' : 'another'})`,
  resource: (status, w, who) => ({ status, visibility, authorId: own ? who.actor.userId : w.author.actor.userId }),
  call: async (w, who, status) => {
    // A parent cannot author a staff thread: the caller's own staff thread exists only for staff.
    const by = own ? who : w.author;
    if (own && visibility === 'staff' && !can(who.actor, 'staff.room')) return action === 'view' ? 404 : 403;
    const ids = await w.madeInDraft(status, () => w.thread(by, visibility));
    return act(w, who, ids);
  },
});

export const status = (r: { status: number }): number => r.status;

/** The non-empty list the table's type asks for. */
export function some(probes: Probe[]): readonly [Probe, ...Probe[]] {
  const [first, ...rest] = probes;
  if (!first) throw new Error('an action without probes');
  return [first, ...rest];
}
