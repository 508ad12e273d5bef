import { HttpStatus, Injectable } from '@nestjs/common';
import {
  can,
  ErrorCode,
  isMakeUpOwed,
  readStructure,
  type MissedReason,
  type PresentLevelsDraft,
  type SessionStatus,
} from '@iep/shared';
import { DocRegistry } from '../../collab/doc-registry';
import { AppError } from '../../common/app-error';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService } from '../access/team-access.service';
import { localeOf } from '../notices/notice-view';
import { SuggestionsService } from '../suggestions/suggestions.service';
import { presentLevelsParagraphs, type Delivery } from './present-levels-draft';
import { ProgressReportsRepository } from './progress-reports.repository';

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
const YEAR_DAYS = 365;

/**
 * Present levels drafted from the year's data (issue 22): at the annual review (the section amended
 * back to a draft) or in the next plan's section, the OT asks for a paragraph built from the last
 * year's final goal data and service delivery (this section's, else the student's previous plan's);
 * it is written as the OT's own suggestion in the present levels, to accept or reject.
 */
@Injectable()
export class PresentLevelsService {
  constructor(
    private readonly repo: ProgressReportsRepository,
    private readonly access: TeamAccessService,
    private readonly docs: DocRegistry,
    private readonly suggestions: SuggestionsService,
  ) {}

  async draft(ctx: AuthContext, sectionId: string, ip: string): Promise<PresentLevelsDraft> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    const actor = { userId: ctx.user.id, role: section.role };
    const part = 'presentLevels' as const;
    if (!can(actor, 'presentLevels.draft', { status: section.status })) {
      if (can(actor, 'presentLevels.draft', { status: 'draft' }))
        throw new AppError(HttpStatus.CONFLICT, ErrorCode.SectionLocked, 'This section takes no suggestions now');
      throw AppError.forbidden('Present levels are drafted from the data by the OT');
    }
    const to = isoDay(new Date());
    const from = isoDay(new Date(Date.now() - YEAR_DAYS * 86_400_000));
    const source = await this.yearSource(sectionId, from, to);
    if (!source)
      throw new AppError(
        HttpStatus.CONFLICT,
        ErrorCode.PresentLevelsNoPlan,
        'There is no service log or goal data of the last year to draft from',
      );
    const goals = await this.docs.read(source.sectionId, (doc) => readStructure(doc).structure.goals);
    const delivery: Delivery = {
      delivered: source.sessions.filter((s) => s.status === 'delivered' && (!s.needsCosign || s.cosignedAt)).length,
      minutes: source.sessions
        .filter((s) => s.status === 'delivered' && (!s.needsCosign || s.cosignedAt))
        .reduce((n, s) => n + s.minutes, 0),
      missed: source.sessions.filter((s) => s.status === 'missed').length,
      owed: source.sessions.filter((s) =>
        isMakeUpOwed(s.status as SessionStatus, s.missedReason as MissedReason | null),
      ).length,
    };
    const paragraphs = presentLevelsParagraphs(
      { start: from, end: to },
      delivery,
      goals,
      source.points,
      localeOf(ctx.user.locale),
    );
    const suggestionId = await this.suggestions.suggestParagraphs(ctx, section, part, paragraphs, ip, {
      action: 'present_levels.drafted',
      detail: { sourceSectionId: source.sectionId, from, to, goals: goals.length, points: source.points.length },
    });
    return { suggestionId, sourceSectionId: source.sectionId, from, to, paragraphs };
  }

  /** This section's year if it has records, else the latest other plan's of the student that has. */
  private async yearSource(sectionId: string, from: string, to: string) {
    for (const candidate of [sectionId, ...(await this.repo.otherSections(sectionId))]) {
      const [points, sessions] = await Promise.all([
        this.repo.points(undefined, candidate, from, to),
        this.repo.sessions(candidate, from, to),
      ]);
      if (points.length > 0 || sessions.length > 0) return { sectionId: candidate, points, sessions };
    }
    return null;
  }
}
