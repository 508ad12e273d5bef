import * as Y from 'yjs';
import { readStructure, type ProposalView } from '@iep/shared';
import { DocStore } from '../collab/doc-store';
import { api, type Session, type TestApp } from './test-app';

/** A complete goal, as a parent might propose it. */
export const completeFields = {
  area: 'self_care',
  baseline: 'Buttons a coat in 1 of 5 trials',
  condition: 'given a coat with large buttons',
  behavior: 'Mateo will button his coat independently',
  criterion: 'in 4 of 5 trials',
  timeframe: 'by the annual review',
  measurement: 'therapist observation',
  reporting: 'every report card',
} as const;

export interface Reply {
  status: number;
  body: unknown;
}

/** Thin HTTP helpers over the proposal routes, for the integration tests. */
export function proposalApi(app: TestApp) {
  const post = (session: Session, path: string, body?: unknown): Promise<Reply> =>
    api(app, path, { method: 'POST', token: session.token, body: body ?? {} });
  return {
    create: (session: Session, sectionId: string, body: unknown) =>
      post(session, `/api/sections/${sectionId}/proposals`, body),
    list: async (session: Session, sectionId: string) =>
      api(app, `/api/sections/${sectionId}/proposals`, { token: session.token }),
    get: (session: Session, id: string) => api(app, `/api/proposals/${id}`, { token: session.token }),
    patch: (session: Session, id: string, body: unknown) =>
      api(app, `/api/proposals/${id}`, { method: 'PATCH', token: session.token, body }),
    endorse: (session: Session, id: string, body: unknown) => post(session, `/api/proposals/${id}/endorse`, body),
    comment: (session: Session, id: string, body: unknown) => post(session, `/api/proposals/${id}/comments`, body),
    accept: (session: Session, id: string) => post(session, `/api/proposals/${id}/accept`),
    acceptWith: (session: Session, id: string, body: unknown) => post(session, `/api/proposals/${id}/accept`, body),
    reject: (session: Session, id: string, body: unknown) => post(session, `/api/proposals/${id}/reject`, body),
    withdraw: (session: Session, id: string) => post(session, `/api/proposals/${id}/withdraw`),
  };
}

export const asView = (reply: Reply): ProposalView => reply.body as ProposalView;

/** The section's document exactly as the database holds it now (snapshot plus update log). */
export async function storedGoals(app: TestApp, sectionId: string) {
  const doc = new Y.Doc();
  try {
    await app.running.app.get(DocStore).load(sectionId, doc);
    return readStructure(doc).structure.goals;
  } finally {
    doc.destroy();
  }
}

/** Polls an async check until it holds. */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Whether the server's copy of the section holds a goal with this id. */
export async function serverHasGoal(
  app: TestApp,
  session: Session,
  sectionId: string,
  goalId: string,
): Promise<boolean> {
  const res = await api(app, `/api/sections/${sectionId}`, { token: session.token });
  return ((res.body as { structure?: { goals?: { id: string }[] } }).structure?.goals ?? []).some(
    (g) => g.id === goalId,
  );
}
