import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  CollabCloseCode,
  decideSuggestions,
  defaultDecision,
  MEETING_NOTES_ROOT,
  SUGGESTION_INSERT,
  type Actor,
  type Role,
  type SectionStatus,
} from '@iep/shared';
import { DocRegistry } from '../../collab/doc-registry';
import { CollabServer } from '../../collab/collab.server';
import { hashPassword } from '../../modules/auth/auth.service';
import { DEMO_PASSWORD, type DemoRole } from '../../db/seed';
import { newWorld, signInAll, uniqueEmail, withOta } from '../factories';
import { api, collabToken, login, type Session, type TestApp } from '../test-app';
import { REASONS_FOR_EMPTY_SECTION } from '../compliance-reasons';

/** The roles the matrix signs in as (a fresh team shaped like the demo one), beside an OTA who authors others' records. */
export const MATRIX_ROLES: readonly DemoRole[] = ['parent', 'teacher', 'ot', 'admin'];

export interface Person {
  session: Session;
  name: string;
  actor: Actor;
}

/** One app, Mateo's team signed in, and factories for the records the probes act on. */
export class MatrixWorld {
  private constructor(
    readonly app: TestApp,
    readonly people: ReadonlyMap<Role, Person>,
    /** Another team member (an OTA) whose threads, comments and proposals the others act on. */
    readonly author: Person,
    /** A teammate who posts the staff-room probe's barrier threads, so nobody's comment rate limit is reached. */
    readonly poster: Person,
    readonly sectionId: string,
    readonly studentId: string,
    readonly districtId: string,
  ) {}

  /**
   * A world of its own (a fresh district: Mateo's team, an OTA and a poster), so that what one run of
   * the probes leaves behind (threads, proposals, versions, log rows) never slows or shapes the next.
   */
  static async start(app: TestApp): Promise<MatrixWorld> {
    const db = app.prisma.client;
    const world = await newWorld(app);
    const { studentId, sectionId } = world.students.Mateo;
    const sessions = await signInAll(app, world);
    const ota = await withOta(app, world);
    const posterEmail = uniqueEmail('poster-matrix');
    const passwordHash = await hashPassword(DEMO_PASSWORD, app.config.passwordCost);
    const posterUser = await db.user.create({ data: { email: posterEmail, name: 'Pat Poster', passwordHash } });
    await db.teamMembership.create({ data: { studentId, userId: posterUser.id, role: 'teacher' } });
    const person = async (session: Session, role: Role): Promise<Person> => {
      const user = await db.user.findUniqueOrThrow({ where: { id: session.userId } });
      const districtAdmin =
        (await db.districtAdmin.count({ where: { userId: user.id, districtId: world.districtId } })) > 0;
      return { session, name: user.name, actor: { userId: user.id, role, districtAdmin } };
    };
    const people = new Map<Role, Person>();
    for (const role of MATRIX_ROLES) people.set(role, await person(sessions[role], role));
    return new MatrixWorld(
      app,
      people,
      await person(ota, 'ota'),
      await person(await login(app, posterEmail), 'teacher'),
      sectionId,
      studentId,
      world.districtId,
    );
  }

  as(role: Role): Person {
    const person = this.people.get(role);
    if (!person) throw new Error(`no ${role} in the matrix`);
    return person;
  }

  /** Puts the section in a state as the workflow would leave it for the sockets (see CollabServer.applyStatus). */
  async setStatus(status: SectionStatus): Promise<void> {
    await this.app.prisma.client.otSection.update({ where: { id: this.sectionId }, data: { status } });
    this.app.running.app.get(CollabServer).applyStatus(this.sectionId, status);
  }

  /** Runs `make` with the section in draft (where everything may be created), then leaves it in `status`. */
  async madeInDraft<T>(status: SectionStatus, make: () => Promise<T>): Promise<T> {
    await this.setStatus('draft');
    const made = await make();
    await this.setStatus(status);
    return made;
  }

  /** A thread with its first comment, written as the comments service stores it (past the comment rate limit). */
  async thread(by: Person, visibility: 'team' | 'staff'): Promise<{ threadId: string; commentId: string }> {
    const role = by.actor.role;
    if (role === null) throw new Error('an author off the team');
    const thread = await this.app.prisma.client.commentThread.create({
      data: {
        sectionId: this.sectionId,
        part: 'presentLevels',
        visibility,
        authorId: by.actor.userId,
        comments: { create: { authorId: by.actor.userId, authorRole: role, body: 'A matrix thread', mentionIds: [] } },
      },
      select: { id: true, comments: { select: { id: true } } },
    });
    const commentId = thread.comments[0]?.id;
    if (!commentId) throw new Error('thread without a comment');
    return { threadId: thread.id, commentId };
  }

  async proposal(by: Person): Promise<string> {
    const res = await api(this.app, `/api/sections/${this.sectionId}/proposals`, {
      method: 'POST',
      token: by.session.token,
      // Complete, so accepting it is refused only by the policy or the state.
      body: {
        kind: 'new_goal',
        fields: {
          area: 'self_care',
          baseline: 'buttons 1 of 5',
          condition: 'given a large-button coat',
          behavior: 'buttons a coat',
          criterion: '4 of 5 days',
          timeframe: 'by June',
          measurement: 'teacher checklist',
          reporting: 'each grading period',
        },
        rationale: 'Mornings take long',
      },
    });
    const id = (res.body as { id?: string }).id;
    if (!id) throw new Error(`proposal: ${res.status} ${JSON.stringify(res.body)}`);
    return id;
  }

  /** A fresh teammate (a teacher) for the administrator to change or remove. */
  async teammate(): Promise<string> {
    const db = this.app.prisma.client;
    const user = await db.user.create({
      data: {
        email: `mate-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`,
        name: 'Temporary Teammate',
        passwordHash: 'x',
      },
    });
    await db.teamMembership.create({ data: { studentId: this.studentId, userId: user.id, role: 'teacher' } });
    return user.id;
  }

  /** The section in pending_signoff through the real workflow (a frozen version to sign); its number. */
  async pendingSignoff(): Promise<number> {
    await this.setStatus('meeting');
    await this.clearSuggestions();
    const res = await api(this.app, `/api/sections/${this.sectionId}/transition`, {
      method: 'POST',
      token: this.as('ot').session.token,
      body: { to: 'pending_signoff', overrides: REASONS_FOR_EMPTY_SECTION },
    });
    if (res.status !== 200) throw new Error(`request sign-off: ${res.status} ${JSON.stringify(res.body)}`);
    const row = await this.app.prisma.client.otSection.findUniqueOrThrow({
      where: { id: this.sectionId },
      select: { signoffVersion: true },
    });
    if (row.signoffVersion === null) throw new Error('no version to sign');
    return row.signoffVersion;
  }

  sign(who: Person, versionNumber: number): Promise<number> {
    const decision = who.actor.role === null ? 'approve' : defaultDecision(who.actor.role);
    return api(this.app, `/api/sections/${this.sectionId}/signoffs`, {
      method: 'POST',
      token: who.session.token,
      body: { versionNumber, typedName: who.name, decision },
    }).then((r) => r.status);
  }

  /** The family's consent on the version being signed, then the section left in `status` (for revoking it). */
  async familyConsentThen(status: SectionStatus): Promise<void> {
    const version = await this.pendingSignoff();
    for (const role of ['ot', 'parent'] as const)
      if ((await this.sign(this.as(role), version)) !== 200) throw new Error(`${role} could not sign`);
    await this.setStatus(status);
  }

  /** A scheduled meeting with the teacher's excusal requested by the OT; its ids. */
  async excusalRequested(): Promise<{ meetingId: string; excusalId: string }> {
    const ot = this.as('ot').session.token;
    const scheduled = await api(this.app, `/api/sections/${this.sectionId}/meetings`, {
      method: 'POST',
      token: ot,
      body: { scheduledFor: new Date(Date.now() + 86_400_000).toISOString() },
    });
    const meetingId = (scheduled.body as { id?: string }).id;
    if (!meetingId) throw new Error(`meeting: ${scheduled.status} ${JSON.stringify(scheduled.body)}`);
    const teacher = this.as('teacher').actor.userId;
    const asked = await api(this.app, `/api/meetings/${meetingId}/excusals`, {
      method: 'POST',
      token: ot,
      body: { userId: teacher, areaDiscussed: false },
    });
    const excusalId = (asked.body as { excusals?: { id: string; userId: string }[] }).excusals?.find(
      (e) => e.userId === teacher,
    )?.id;
    if (!excusalId) throw new Error(`excusal: ${asked.status} ${JSON.stringify(asked.body)}`);
    return { meetingId, excusalId };
  }

  /**
   * Whether `who` hears a staff-only thread over socket.io: the OTA starts a staff thread and then another teammate a
   * team thread; socket.io keeps one socket's events in order, so the team thread's event arriving
   * first means the staff one was never coming.
   */
  async hearsStaffThreads(who: Person): Promise<boolean> {
    const { io } = await import('socket.io-client');
    const socket = io(this.app.baseUrl, {
      auth: { token: who.session.token },
      transports: ['websocket'],
      reconnection: false,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.on('connect', () => resolve());
        socket.on('connect_error', reject);
      });
      const joined = await new Promise<{ ok: boolean }>((resolve) =>
        socket.emit('section:join', { sectionId: this.sectionId }, resolve),
      );
      if (!joined.ok) throw new Error('could not join the section');
      const heard: string[] = [];
      const teamHeard = new Promise<void>((resolve) =>
        socket.on('thread:changed', (thread: { visibility: string }) => {
          heard.push(thread.visibility);
          if (thread.visibility === 'team') resolve();
        }),
      );
      // The staff thread by the OTA, the team one by a teammate of its own: over the whole run each
      // posts 20 threads, under the comment rate limit (30 a minute) however fast the run goes.
      for (const visibility of ['staff', 'team'] as const) {
        const poster = visibility === 'staff' ? this.author.session.token : this.poster.session.token;
        const res = await api(this.app, `/api/sections/${this.sectionId}/threads`, {
          method: 'POST',
          token: poster,
          body: { part: 'presentLevels', quote: '', visibility, body: `A ${visibility} note`, mentions: [] },
        });
        if (res.status !== 201) throw new Error(`thread: ${res.status}`);
      }
      await teamHeard;
      return heard.includes('staff');
    } finally {
      socket.close();
    }
  }

  /**
   * Writes a paragraph into `part` over the document socket, then asks for the whole document in
   * the same socket: the answer comes after the update was handled, so it says whether it applied.
   */
  async writesThroughSocket(who: Person, part: string): Promise<boolean> {
    const marker = `matrix-${Math.random().toString(36).slice(2)}`;
    const local = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(marker)]);
    if (part === MEETING_NOTES_ROOT) {
      const notes = new Y.XmlFragment();
      local.getMap(MEETING_NOTES_ROOT).set(`matrix-${marker}`, notes);
      notes.insert(0, [paragraph]);
    } else {
      local.getXmlFragment(part).insert(0, [paragraph]);
    }
    const update = Y.encodeStateAsUpdate(local);
    local.destroy();
    return this.sendsAndSees(who, part, update, marker);
  }

  /** Rejects every open suggestion in the live document (sign-off is refused while any is open). */
  async clearSuggestions(): Promise<void> {
    const registry = this.app.running.app.get(DocRegistry);
    const live = await registry.acquire(this.sectionId);
    try {
      live.doc.transact(() => decideSuggestions(live.doc, () => true, 'reject'));
    } finally {
      registry.release(this.sectionId);
    }
  }

  /**
   * A suggested insertion by `by`, written into the live document as their editor would store it (a
   * paragraph of its own in presentLevels, marked with their suggestion mark); its id.
   */
  async suggestion(by: Person): Promise<string> {
    const role = by.actor.role;
    if (role === null) throw new Error('an author off the team');
    const id = `m${Math.random().toString(36).slice(2)}`;
    const registry = this.app.running.app.get(DocRegistry);
    const live = await registry.acquire(this.sectionId);
    try {
      live.doc.transact(() => {
        const text = new Y.XmlText();
        text.insert(0, 'A suggested sentence.', {
          [SUGGESTION_INSERT]: {
            id,
            authorId: by.actor.userId,
            authorName: by.name,
            role,
            at: new Date().toISOString(),
          },
        });
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [text]);
        live.doc.getXmlFragment('presentLevels').push([paragraph]);
      });
    } finally {
      registry.release(this.sectionId);
    }
    return id;
  }

  /**
   * Suggests text in `part` over the document socket, as `who`'s editor would (an insertion marked
   * with their suggestion mark, into the part's first paragraph), then asks for the document: whether
   * the server applied it (a refusal closes the socket, or leaves the document as it was).
   */
  async suggestsThroughSocket(who: Person, part: string): Promise<boolean> {
    const role = who.actor.role;
    if (role === null) return false;
    const marker = `suggest-${Math.random().toString(36).slice(2)}`;
    const registry = this.app.running.app.get(DocRegistry);
    const local = new Y.Doc();
    await registry.read(this.sectionId, (doc) => Y.applyUpdate(local, Y.encodeStateAsUpdate(doc)));
    const before = Y.encodeStateVector(local);
    const fragment = local.getXmlFragment(part);
    let paragraph = fragment.toArray().find((n): n is Y.XmlElement => n instanceof Y.XmlElement);
    if (paragraph === undefined) {
      // An empty part: the section's seed has text in every part, so this is only a fallback.
      paragraph = new Y.XmlElement('paragraph');
      fragment.insert(0, [paragraph]);
    }
    let text = paragraph.toArray().find((n): n is Y.XmlText => n instanceof Y.XmlText);
    if (text === undefined) {
      text = new Y.XmlText();
      paragraph.insert(0, [text]);
    }
    text.insert(0, marker, {
      [SUGGESTION_INSERT]: {
        id: marker,
        authorId: who.actor.userId,
        authorName: who.name,
        role,
        at: new Date().toISOString(),
      },
    });
    const update = Y.encodeStateAsUpdate(local, before);
    local.destroy();
    return this.sendsAndSees(who, part, update, marker);
  }

  private async sendsAndSees(who: Person, part: string, update: Uint8Array, marker: string): Promise<boolean> {
    const token = await collabToken(this.app, who.session, this.sectionId);
    const frame = (write: (e: encoding.Encoder) => void): Uint8Array => {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 0);
      write(e);
      return encoding.toUint8Array(e);
    };
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`${this.app.wsBase}/${this.sectionId}?token=${encodeURIComponent(token)}`);
      const timer = setTimeout(() => {
        ws.terminate();
        reject(new Error(`no answer on the document socket for ${part}`));
      }, 10_000);
      ws.on('open', () => {
        ws.send(frame((e) => syncProtocol.writeUpdate(e, update)));
        ws.send(frame((e) => syncProtocol.writeSyncStep1(e, new Y.Doc())));
      });
      ws.on('message', (data: Buffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 1) return;
        const seen = new Y.Doc();
        Y.applyUpdate(seen, decoding.readVarUint8Array(decoder));
        const text =
          part === MEETING_NOTES_ROOT
            ? JSON.stringify(seen.getMap(MEETING_NOTES_ROOT).toJSON())
            : seen.getXmlFragment(part).toString();
        seen.destroy();
        clearTimeout(timer);
        ws.close();
        resolve(text.includes(marker));
      });
      ws.on('close', (code) => {
        clearTimeout(timer);
        // Refused (a part where the sender may only suggest, a forged suggestion): closed, nothing applied.
        if (code === CollabCloseCode.ProtocolError) resolve(false);
        else reject(new Error(`document socket closed with ${code} before answering`));
      });
      ws.on('error', () => undefined);
    });
  }
}
