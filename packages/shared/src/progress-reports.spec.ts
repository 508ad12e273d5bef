import { progressDueDates, progressReminders } from './progress-reports';

describe('the reporting schedule and its dashboard reminders', () => {
  it('lists a due date every N weeks from the first, up to the annual review', () => {
    expect(progressDueDates('2026-11-13', 9, '2027-05-01')).toEqual(['2026-11-13', '2027-01-15', '2027-03-19']);
  });

  it('reminds from 7 days before a due date to 14 days after it', () => {
    const dates = ['2026-12-09'];
    expect(progressReminders(dates, '2026-12-01', null)).toEqual([]);
    expect(progressReminders(dates, '2026-12-02', null)).toEqual([
      { dueDate: '2026-12-09', daysLeft: 7, overdue: false },
    ]);
    expect(progressReminders(dates, '2026-12-12', null)).toEqual([
      { dueDate: '2026-12-09', daysLeft: -3, overdue: true },
    ]);
    expect(progressReminders(dates, '2026-12-24', null)).toEqual([]);
  });

  it('stops reminding once a report is issued after the reminder opened, not for one issued before', () => {
    const dates = ['2026-12-09'];
    expect(progressReminders(dates, '2026-12-05', '2026-12-02')).toEqual([]);
    expect(progressReminders(dates, '2026-12-05', '2026-12-01')).toHaveLength(1);
  });
});
