import { Inject, Injectable } from '@nestjs/common';
import {
  diffSections,
  readStructure,
  sectionDocToJson,
  sectionAbilities,
  type CollabTokenResponse,
  type SectionResponse,
} from '@iep/shared';
import { APP_CONFIG, type AppConfig } from '../../config';
import { issueCollabToken } from '../../collab/collab-token';
import { DocRegistry } from '../../collab/doc-registry';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService } from '../access/team-access.service';
import { WorkflowService } from '../workflow/workflow.service';
import { LastLookRepository } from './last-look.repository';
import { sectionChecks, sectionDates } from './section-compliance';

@Injectable()
export class OtSectionService {
  constructor(
    private readonly access: TeamAccessService,
    private readonly docs: DocRegistry,
    private readonly audit: AuditService,
    private readonly lastLooks: LastLookRepository,
    private readonly workflow: WorkflowService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read(ctx: AuthContext, sectionId: string, ip: string): Promise<SectionResponse> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    await this.workflow.noteOpened(ctx, section, ip);
    const workflow = this.workflow.stateOf(
      { userId: ctx.user.id, role: section.role },
      await this.workflow.row(sectionId),
    );
    const { content, structure, issues } = await this.docs.read(sectionId, (doc) => ({
      content: sectionDocToJson(doc),
      ...readStructure(doc),
    }));
    const dates = sectionDates(section);
    const checks = sectionChecks(section, { content, structure, issues });
    const previous = await this.lastLooks.find(ctx.user.id, sectionId);
    const diff = previous ? diffSections(previous.json, { content, structure }) : null;
    const sinceLastLook =
      previous && diff
        ? {
            seenAt: previous.seenAt.toISOString(),
            changed: diff.records.length > 0 || diff.fragments.some((f) => f.changes.some((c) => c.op !== 'same')),
            diff,
          }
        : null;
    await this.lastLooks.save(ctx.user.id, sectionId, { content, structure }, new Date());
    await this.audit.record({
      action: 'section.read',
      actorId: ctx.user.id,
      actorRole: section.role,
      studentId: section.studentId,
      sectionId,
      ip,
    });
    return {
      id: section.sectionId,
      studentId: section.studentId,
      studentName: section.studentName,
      studentFirstName: section.studentFirstName,
      planId: section.planId,
      status: section.status,
      version: section.version,
      myRole: section.role,
      permissions: sectionAbilities({ userId: ctx.user.id, role: section.role }, { status: section.status }),
      ...dates,
      content,
      structure,
      issues,
      checks,
      sinceLastLook,
      workflow,
    };
  }

  /** A short-lived token for the document socket, bound to this user, session and section. */
  async collabToken(
    ctx: AuthContext,
    sectionId: string,
    origin: { secure: boolean; host: string },
  ): Promise<CollabTokenResponse> {
    await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    const exp = Math.floor(Date.now() / 1000) + this.config.collabTokenTtlSeconds;
    const token = issueCollabToken(
      { sub: ctx.user.id, sid: ctx.sessionId, sec: sectionId, exp },
      this.config.appSecret,
    );
    return {
      token,
      url: `${origin.secure ? 'wss' : 'ws'}://${origin.host}/collab/${sectionId}`,
      expiresAt: new Date(exp * 1000).toISOString(),
    };
  }
}
