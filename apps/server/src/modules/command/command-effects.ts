import type { AuditAction } from '@iep/shared';
import type { AuditInput } from '../audit/audit.service';
import type { NewNotification, NotificationRow } from '../notifications/notifications.repository';
import type { Tx } from '../../db/tx';

/** Who does a command and on which record: filled into every audit row the command writes. */
export interface CommandScope {
  actorId: string | null;
  actorRole: string | null;
  studentId: string | null;
  sectionId: string | null;
  ip: string | null;
}

/** How the effects reach the store: the audit and notification repositories' writes, in the command's transaction. */
export interface EffectWriters {
  audit(tx: Tx, event: AuditInput): Promise<void>;
  notifications(tx: Tx, rows: NewNotification[]): Promise<NotificationRow[]>;
}

/**
 * What a command does besides its own write, collected inside its transaction: audit rows and
 * notifications are written there (they land with the change or not at all); publishing waits for
 * the commit, so nobody hears of a change that was rolled back.
 */
export class CommandEffects {
  readonly notices: NotificationRow[] = [];
  private readonly published: (() => void)[] = [];

  constructor(
    readonly tx: Tx,
    private readonly scope: CommandScope,
    private readonly writers: EffectWriters,
  ) {}

  /** An audit row in this transaction; the scope (actor, role, student, section, ip) is filled in. */
  async audit(action: AuditAction, detail?: AuditInput['detail'], override: Partial<CommandScope> = {}): Promise<void> {
    await this.writers.audit(this.tx, { ...this.scope, ...override, action, detail });
  }

  /** An audit row given in full (commands outside a section: accounts, districts, invitations). */
  async record(event: AuditInput): Promise<void> {
    await this.writers.audit(this.tx, event);
  }

  /** Stores notifications now; they are delivered (live and by mail) once the command has committed. */
  async notify(rows: NewNotification[]): Promise<void> {
    if (rows.length === 0) return;
    this.notices.push(...(await this.writers.notifications(this.tx, rows)));
  }

  /** Runs after the commit: socket events, cluster messages. Never for a rolled-back command. */
  publish(send: () => void): void {
    this.published.push(send);
  }

  /** The change is committed: a failing listener is logged and never undoes it or stops the others. */
  flushPublished(onError: (err: unknown) => void): void {
    for (const send of this.published) {
      try {
        send();
      } catch (err) {
        onError(err);
      }
    }
  }
}
