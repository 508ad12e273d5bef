import { reviewBucket } from './dashboard.service';

describe('annual review buckets on the dashboard', () => {
  it.each([
    [-1, 'overdue'],
    [0, '30'],
    [30, '30'],
    [31, '60'],
    [60, '60'],
    [61, '90'],
    [90, '90'],
    [91, null],
  ])('%i days left falls in %s', (days, bucket) => {
    expect(reviewBucket(days)).toBe(bucket);
  });
});
