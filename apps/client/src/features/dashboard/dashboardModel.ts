import type { Dashboard, StudentAbilities } from '@iep/shared';

export type ReviewBucket = Dashboard['annualReviews'][number]['bucket'];
export type AnnualReview = Dashboard['annualReviews'][number];

/** Most urgent first. */
export const REVIEW_BUCKETS: readonly ReviewBucket[] = ['overdue', '30', '60', '90'];

/** Annual reviews by bucket, each bucket soonest first; empty buckets are left out. */
export function groupReviews(reviews: readonly AnnualReview[]): { bucket: ReviewBucket; items: AnnualReview[] }[] {
  return REVIEW_BUCKETS.map((bucket) => ({
    bucket,
    items: reviews
      .filter((r) => r.bucket === bucket)
      .sort((a, b) => a.daysLeft - b.daysLeft || a.studentName.localeCompare(b.studentName)),
  })).filter((group) => group.items.length > 0);
}

/** Families not responded: overdue first, then by respond-by date (none last). */
export function sortFamilies<T extends { overdue: boolean; respondBy: string | null; studentName: string }>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.respondBy ?? '9999').localeCompare(b.respondBy ?? '9999') ||
      a.studentName.localeCompare(b.studentName),
  );
}

export type DaysLeftWords = { key: 'overdueBy'; days: number } | { key: 'today' } | { key: 'inDays'; days: number };

/** How to say the days left before a review. */
export function daysLeftWords(daysLeft: number): DaysLeftWords {
  if (daysLeft < 0) return { key: 'overdueBy', days: -daysLeft };
  if (daysLeft === 0) return { key: 'today' };
  return { key: 'inDays', days: daysLeft };
}

/** The dashboard is for those who lead a team somewhere, as the server's abilities for each student say. */
export function leadsAnyTeam(students: readonly { abilities: Pick<StudentAbilities, 'viewDashboard'> }[]): boolean {
  return students.some((s) => s.abilities.viewDashboard);
}
