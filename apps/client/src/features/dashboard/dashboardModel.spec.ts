import type { AnnualReview } from './dashboardModel';
import { studentAbilities, type Role } from '@iep/shared';
import { daysLeftWords, groupReviews, leadsAnyTeam, sortFamilies } from './dashboardModel';

/** A student in the list as the server sends it to someone with this role. */
const as = (role: Role) => ({ abilities: studentAbilities({ userId: 'me', role }) });

const review = (studentName: string, bucket: AnnualReview['bucket'], daysLeft: number): AnnualReview => ({
  sectionId: studentName,
  studentId: studentName,
  studentName,
  status: 'approved',
  annualReviewDate: '2026-12-01',
  daysLeft,
  bucket,
});

describe('annual reviews on the dashboard', () => {
  it('groups by bucket, most urgent bucket first, soonest first, dropping empty buckets', () => {
    const groups = groupReviews([review('B', '60', 50), review('A', 'overdue', -3), review('C', '60', 40)]);
    expect(groups.map((g) => [g.bucket, g.items.map((i) => i.studentName)])).toEqual([
      ['overdue', ['A']],
      ['60', ['C', 'B']],
    ]);
  });

  it('says overdue, today or in N days', () => {
    expect(daysLeftWords(-3)).toEqual({ key: 'overdueBy', days: 3 });
    expect(daysLeftWords(0)).toEqual({ key: 'today' });
    expect(daysLeftWords(12)).toEqual({ key: 'inDays', days: 12 });
  });
});

describe('families that have not responded', () => {
  it('lists overdue families first, then by respond-by date', () => {
    const sorted = sortFamilies([
      { studentName: 'A', respondBy: null, overdue: false },
      { studentName: 'B', respondBy: '2026-12-05', overdue: false },
      { studentName: 'C', respondBy: '2026-11-01', overdue: true },
    ]);
    expect(sorted.map((f) => f.studentName)).toEqual(['C', 'B', 'A']);
  });
});

describe('who sees the dashboard link', () => {
  it('shows it to OTs and administrators on any team, not to parents or teachers', () => {
    expect(leadsAnyTeam([as('teacher'), as('ot')])).toBe(true);
    expect(leadsAnyTeam([as('parent'), as('teacher')])).toBe(false);
  });
});
