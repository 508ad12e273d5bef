import type { ClientSpec } from './load/specs';
import type { OursAuth } from './ours/setup';
import type { ServerKind } from './servers/messages';

/** Sockets per bench user on our server: under its cap of 40 per person, so the limiter never bites. */
const SOCKETS_PER_USER = 30;

/** Builds client specs for one server: URLs, framing, tokens. */
export class Target {
  private socketCounter = 0;

  constructor(
    readonly kind: ServerKind,
    readonly port: number,
    /** Document names: our section ids, reused as names on the other servers. */
    readonly docs: string[],
    private readonly auth: OursAuth | null,
    private readonly users: number,
  ) {}

  doc(index: number): string {
    const doc = this.docs[index];
    if (doc === undefined) throw new Error(`only ${this.docs.length} documents were prepared (asked for #${index})`);
    return doc;
  }

  /** A fresh user slot for the next socket (ours): spreads sockets over the bench users. */
  private nextUser(): number {
    const user = Math.floor(this.socketCounter / SOCKETS_PER_USER) % this.users;
    this.socketCounter += 1;
    return user;
  }

  /** Starts user assignment over (between phases, when every socket has closed). */
  resetUsers(): void {
    this.socketCounter = 0;
  }

  async spec(docIndex: number, role: ClientSpec['role'], probe: boolean): Promise<ClientSpec> {
    const doc = this.doc(docIndex);
    const base = `ws://127.0.0.1:${this.port}`;
    const common = { doc, role, probe, noSync: this.kind === 'relay', hocusToken: 'bench', framing: 'plain' as const };
    switch (this.kind) {
      case 'ours':
      case 'ours-pg': {
        if (!this.auth) throw new Error('ours needs auth');
        const token = await this.auth.token(this.nextUser(), doc);
        return {
          ...common,
          url: `${base}/collab/${doc}?token=${encodeURIComponent(token)}`,
          providerBase: `${base}/collab`,
          providerRoom: doc,
          params: { token },
        };
      }
      case 'hocuspocus':
        // Hocuspocus speaks its own framing; its probes are raw clients too (y-websocket's provider cannot talk to it).
        return {
          ...common,
          probe: false,
          framing: 'hocuspocus',
          url: `${base}/`,
          providerBase: base,
          providerRoom: doc,
          params: {},
        };
      case 'relay':
        // No probes on the relay: a provider there never syncs, so it would hold others' edits as pending forever.
        return { ...common, probe: false, url: `${base}/${doc}`, providerBase: base, providerRoom: doc, params: {} };
      case 'yws':
        return { ...common, url: `${base}/${doc}`, providerBase: base, providerRoom: doc, params: {} };
    }
  }
}
