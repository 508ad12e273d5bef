import { Injectable, Logger } from '@nestjs/common';
import type { Action, Actor } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import { inTransactionScope } from '../../db/tx';
import type { AuthContext } from '../auth/auth.types';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { TeamAccessService, type SectionAccess } from '../access/team-access.service';
import { AuditService } from '../audit/audit.service';
import { CommandEffects, type CommandScope, type EffectWriters } from './command-effects';

const NO_SCOPE: CommandScope = { actorId: null, actorRole: null, studentId: null, sectionId: null, ip: null };

/** Who does a command, on which section: filled into its audit rows. */
export function sectionScope(ctx: AuthContext, section: SectionAccess, ip: string | null): CommandScope {
  return {
    actorId: ctx.user.id,
    actorRole: section.role,
    studentId: section.studentId,
    sectionId: section.sectionId,
    ip,
  };
}

/** A command on one section: the caller's standing checked, ready to commit its change. */
export interface SectionCommand {
  section: SectionAccess;
  actor: Actor;
  scope: CommandScope;
}

/**
 * The one pipeline for a change of state: the access check (the one policy), then one transaction
 * holding the change, its audit rows and its notifications, then — only after the commit — the
 * events and the mail. Services say what changes; the runner says how it lands.
 */
@Injectable()
export class CommandRunner {
  private readonly logger = new Logger(CommandRunner.name);
  private readonly writers: EffectWriters;

  constructor(
    private readonly prisma: PrismaService,
    private readonly access: TeamAccessService,
    private readonly notificationRows: NotificationsRepository,
    private readonly notifications: NotificationsService,
    audit: AuditService,
  ) {
    this.writers = {
      audit: (tx, event) => audit.recordIn(tx, event),
      notifications: (tx, rows) => this.notificationRows.createMany(tx, rows),
    };
  }

  /** Checks that the caller may take `action` on the section (404 off the team, 403 by policy). */
  async onSection(ctx: AuthContext, sectionId: string, ip: string | null, action: Action): Promise<SectionCommand> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, action);
    return {
      section,
      actor: { userId: ctx.user.id, role: section.role },
      scope: sectionScope(ctx, section, ip),
    };
  }

  /** A command whose audit rows are given in full (`fx.record`): accounts, districts, invitations, teams. */
  transact<R>(work: (fx: CommandEffects) => Promise<R>): Promise<R> {
    return this.commit(NO_SCOPE, work);
  }

  /**
   * Runs `work` in one transaction with its effects; publishes and delivers after the commit.
   * A throw anywhere rolls back the change, its audit rows and its notifications together.
   */
  async commit<R>(scope: CommandScope, work: (fx: CommandEffects) => Promise<R>): Promise<R> {
    const { result, fx } = await this.prisma.client.$transaction((tx) =>
      inTransactionScope(async () => {
        const effects = new CommandEffects(tx, scope, this.writers);
        return { result: await work(effects), fx: effects };
      }),
    );
    fx.flushPublished((err) => this.logger.error(`publishing after commit failed: ${(err as Error).message}`));
    if (fx.notices.length > 0) this.notifications.deliverLater(fx.notices);
    return result;
  }
}
