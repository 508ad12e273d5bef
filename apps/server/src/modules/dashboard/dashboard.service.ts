import { Injectable } from '@nestjs/common';
import {
  can,
  checkSignature,
  defaultDecision,
  progressDueDates,
  progressReminders,
  type Dashboard,
  type Role,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import { ProgressReportsRepository } from '../progress-reports/progress-reports.repository';
import { WorkflowRepository } from '../workflow/workflow.repository';
import type { AuthContext } from '../auth/auth.types';

const DAY_MS = 86_400_000;

/** Where an annual review falls: overdue, or due within 30, 60 or 90 days; null when further off. */
export function reviewBucket(daysLeft: number): 'overdue' | '30' | '60' | '90' | null {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= 30) return '30';
  if (daysLeft <= 60) return '60';
  if (daysLeft <= 90) return '90';
  return null;
}

/** The administrator's (and OT's) desk: what waits for them across the teams they are on. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repo: WorkflowRepository,
    private readonly progress: ProgressReportsRepository,
  ) {}

  async forUser(ctx: AuthContext, now = new Date()): Promise<Dashboard> {
    const memberships = await this.repo.dashboardRows(ctx.user.id);
    const leads = memberships.filter((m) => can({ userId: ctx.user.id, role: m.role }, 'dashboard.view'));
    if (leads.length === 0 && memberships.length > 0)
      throw AppError.forbidden('The dashboard is for administrators and OTs');
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const dashboard: Dashboard = {
      awaitingMySignoff: [],
      familiesNotResponded: [],
      annualReviews: [],
      progressReportsDue: [],
    };
    const approved = leads.flatMap((m) =>
      m.student.plans.flatMap((p) => (p.otSection?.status === 'approved' ? [p.otSection.id] : [])),
    );
    const schedules = await this.progress.remindersFor(approved);
    const todayIso = new Date(today).toISOString().slice(0, 10);
    for (const { role, student } of leads) {
      const studentName = `${student.firstName} ${student.lastName}`;
      for (const plan of student.plans) {
        const section = plan.otSection;
        if (!section) continue;
        const base = { sectionId: section.id, studentId: student.id, studentName, status: section.status };
        if (
          section.status === 'pending_signoff' &&
          this.myTurn(role, ctx.user.id, section.signoffVersion, section.signatures)
        ) {
          dashboard.awaitingMySignoff.push({ ...base, versionNumber: section.signoffVersion });
        }
        if (section.status === 'family_review' && section.familyRespondedAt === null) {
          const respondBy = section.familyRespondBy ? section.familyRespondBy.toISOString().slice(0, 10) : null;
          dashboard.familiesNotResponded.push({
            ...base,
            respondBy,
            overdue: section.familyRespondBy !== null && section.familyRespondBy.getTime() < today,
          });
        }
        const schedule = schedules.get(section.id);
        if (schedule) {
          const until = plan.annualReviewDate ? plan.annualReviewDate.toISOString().slice(0, 10) : null;
          const dates = progressDueDates(schedule.firstDue.toISOString().slice(0, 10), schedule.everyWeeks, until);
          const last = schedule.lastIssued ? schedule.lastIssued.toISOString().slice(0, 10) : null;
          for (const due of progressReminders(dates, todayIso, last))
            dashboard.progressReportsDue.push({ ...base, ...due });
        }
        if (plan.annualReviewDate) {
          const daysLeft = Math.round((plan.annualReviewDate.getTime() - today) / DAY_MS);
          const bucket = reviewBucket(daysLeft);
          if (bucket)
            dashboard.annualReviews.push({
              ...base,
              annualReviewDate: plan.annualReviewDate.toISOString().slice(0, 10),
              daysLeft,
              bucket,
            });
        }
      }
    }
    dashboard.annualReviews.sort((a, b) => a.daysLeft - b.daysLeft);
    dashboard.progressReportsDue.sort((a, b) => a.daysLeft - b.daysLeft);
    return dashboard;
  }

  private myTurn(
    role: Role,
    userId: string,
    version: number | null,
    signatures: { role: Role; userId: string; versionNumber: number }[],
  ): boolean {
    if (version === null) return false;
    const given = signatures
      .filter((s) => s.versionNumber === version)
      .map((s) => ({ role: s.role, userId: s.userId, voided: false }));
    return checkSignature(role, userId, defaultDecision(role), given).ok;
  }
}
