import type { FieldIssue, GoalRecord, SectionStructure, ServiceRecord } from './doc';

/** Why a goal is not yet measurable (codes the UI turns into sentences). */
export type MeasurabilityReason =
  | 'missing_baseline'
  | 'missing_condition'
  | 'missing_behavior'
  | 'missing_criterion'
  | 'criterion_not_measurable'
  | 'missing_timeframe'
  | 'missing_measurement'
  | 'unfilled_blank';

const BLANK = /\[\[[^\]]*\]\]/;
/** A criterion is measurable when it states a number: "4 of 5 trials", "80%", "3/5", "within 10 minutes". */
const MEASURABLE = /\d/;

export function goalMeasurability(goal: GoalRecord): { measurable: boolean; reasons: MeasurabilityReason[] } {
  const reasons: MeasurabilityReason[] = [];
  const has = (v: string | null): boolean => (v ?? '').trim().length > 0;
  if (!has(goal.baseline)) reasons.push('missing_baseline');
  if (!has(goal.condition)) reasons.push('missing_condition');
  if (!has(goal.behavior)) reasons.push('missing_behavior');
  if (!has(goal.criterion)) reasons.push('missing_criterion');
  else if (!MEASURABLE.test(goal.criterion ?? '')) reasons.push('criterion_not_measurable');
  if (!has(goal.timeframe)) reasons.push('missing_timeframe');
  if (!has(goal.measurement)) reasons.push('missing_measurement');
  const texts = [
    goal.baseline,
    goal.condition,
    goal.behavior,
    goal.criterion,
    goal.timeframe,
    goal.measurement,
    goal.reporting,
    ...(goal.objectives ?? []),
  ];
  if (texts.some((t) => BLANK.test(t ?? ''))) reasons.push('unfilled_blank');
  return { measurable: reasons.length === 0, reasons };
}

export const WEEKS_PER_MONTH = 52 / 12;

/** Total service minutes per week and per month; rows lacking frequency, period or minutes are left out. */
export function serviceMinutes(services: ServiceRecord[]): { perWeek: number; perMonth: number; counted: number } {
  let perWeek = 0;
  let counted = 0;
  for (const s of services) {
    if (s.frequency == null || s.minutes == null || s.period == null) continue;
    counted++;
    const total = s.frequency * s.minutes;
    perWeek += s.period === 'week' ? total : total / WEEKS_PER_MONTH;
  }
  return { perWeek: Math.round(perWeek), perMonth: Math.round(perWeek * WEEKS_PER_MONTH), counted };
}

export type ServiceGap = 'frequency' | 'minutes' | 'location' | 'provider' | 'startDate';

export function serviceGaps(s: ServiceRecord): ServiceGap[] {
  const gaps: ServiceGap[] = [];
  if (s.frequency == null || s.period == null) gaps.push('frequency');
  if (s.minutes == null) gaps.push('minutes');
  if (!(s.location ?? '').trim()) gaps.push('location');
  if (s.provider == null) gaps.push('provider');
  if (s.startDate == null) gaps.push('startDate');
  return gaps;
}

export type ComplianceCode =
  | 'goal_measurable'
  | 'service_complete'
  | 'parent_concerns_present'
  | 'annual_review_within_year'
  | 'transition_goals_present'
  | 'field_valid'
  | 'services_present'
  | 'areas_of_need_present'
  | 'goal_progress_reporting'
  | 'proposals_resolved'
  | 'suggestions_resolved'
  | 'family_review_answered';

export interface ComplianceItem {
  code: ComplianceCode;
  ok: boolean;
  /** Where to fix it: a fragment name, `goals/<id>/<field>`, `services/<id>/<field>`, or `plan/annualReviewDate`. */
  target: string;
  details?: Record<string, unknown>;
}

export interface ComplianceInput {
  structure: SectionStructure;
  issues: FieldIssue[];
  parentConcernsText: string;
  meetingDate: string | null;
  annualReviewDate: string | null;
  dateOfBirth: string | null;
  /**
   * What only the server knows (the client's live panel leaves them out): open goal proposals, the
   * family review (shared on `deliveredAt`, answer asked by `respondBy`), and — the hook for the
   * suggestion mode — the number of open tracked suggestions.
   */
  record?: RecordFacts;
}

export interface RecordFacts {
  openProposals: number;
  openSuggestions?: number;
  familyReview: { deliveredAt: string | null; respondBy: string | null; respondedAt: string | null } | null;
}

/** Whole years between two YYYY-MM-DD dates. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  if (!by || !bm || !bd || !y || !m || !d) return 0;
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function addYear(date: string): string {
  const [y, rest] = [Number(date.slice(0, 4)), date.slice(4)];
  return `${y + 1}${rest}`;
}

/** The checks the compliance panel shows, recomputed from the document as people type. */
export function complianceChecks(input: ComplianceInput, today: string): ComplianceItem[] {
  const items: ComplianceItem[] = [];
  for (const goal of input.structure.goals) {
    const { measurable, reasons } = goalMeasurability(goal);
    const first = reasons[0]?.replace(/^missing_|_not_measurable$/, '').replace('unfilled_blank', 'baseline');
    items.push({
      code: 'goal_measurable',
      ok: measurable,
      target: `goals/${goal.id}/${first ?? 'criterion'}`,
      details: { reasons },
    });
  }
  for (const goal of input.structure.goals) {
    // 34 CFR 300.320(a)(3): how progress is measured and when it is reported.
    const missing = (['measurement', 'reporting'] as const).filter((f) => !(goal[f] ?? '').trim());
    items.push({
      code: 'goal_progress_reporting',
      ok: missing.length === 0,
      target: `goals/${goal.id}/${missing[0] ?? 'reporting'}`,
      details: { missing },
    });
  }
  items.push({ code: 'services_present', ok: input.structure.services.length > 0, target: 'services' });
  items.push({
    code: 'areas_of_need_present',
    ok: input.structure.areasOfNeed.some((a) => a.selected),
    target: 'areasOfNeed',
  });
  for (const service of input.structure.services) {
    const gaps = serviceGaps(service);
    items.push({
      code: 'service_complete',
      ok: gaps.length === 0,
      target: `services/${service.id}/${gaps[0] ?? 'model'}`,
      details: { gaps },
    });
  }
  items.push({
    code: 'parent_concerns_present',
    ok: input.parentConcernsText.trim().length > 0,
    target: 'parentConcerns',
  });
  const { meetingDate, annualReviewDate } = input;
  items.push({
    code: 'annual_review_within_year',
    ok:
      meetingDate !== null &&
      annualReviewDate !== null &&
      annualReviewDate > meetingDate &&
      annualReviewDate <= addYear(meetingDate),
    target: 'plan/annualReviewDate',
  });
  const age = input.dateOfBirth ? ageOn(input.dateOfBirth, meetingDate ?? today) : 0;
  if (age >= 14) {
    const present = input.structure.transitionGoals.some((g) => (g.goal ?? '').trim().length > 0);
    items.push({ code: 'transition_goals_present', ok: present, target: 'transitionGoals', details: { age } });
  }
  if (input.record) items.push(...recordChecks(input.record, today));
  for (const issue of input.issues) {
    items.push({ code: 'field_valid', ok: false, target: issue.path.join('/'), details: { message: issue.message } });
  }
  return items;
}

function recordChecks(record: RecordFacts, today: string): ComplianceItem[] {
  const items: ComplianceItem[] = [
    {
      code: 'proposals_resolved',
      ok: record.openProposals === 0,
      target: 'proposals',
      details: { open: record.openProposals },
    },
  ];
  if (record.openSuggestions !== undefined) {
    items.push({
      code: 'suggestions_resolved',
      ok: record.openSuggestions === 0,
      target: 'suggestions',
      details: { open: record.openSuggestions },
    });
  }
  const review = record.familyReview;
  if (review?.deliveredAt && review.respondBy) {
    items.push({
      code: 'family_review_answered',
      ok: review.respondedAt !== null || review.respondBy >= today,
      target: 'familyReview',
      details: { respondBy: review.respondBy },
    });
  }
  return items;
}

/** A check's stable key: the reason recorded for a failing check is stored under it. */
export const checkKey = (item: Pick<ComplianceItem, 'code' | 'target'>): string => `${item.code}:${item.target}`;

/** The failing checks that stop sign-off and approval: those without a recorded reason. */
export function gateFailures(items: ComplianceItem[], reasons: ReadonlySet<string>): ComplianceItem[] {
  return items.filter((item) => !item.ok && !reasons.has(checkKey(item)));
}
