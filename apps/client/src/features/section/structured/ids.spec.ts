import { fieldElementId, recordElementId } from './ids';

describe('compliance target ids', () => {
  it('derive element ids from targets', () => {
    expect(fieldElementId('goals/abc/criterion')).toBe('goals-abc-criterion');
    expect(fieldElementId('services/x1/startDate')).toBe('services-x1-startDate');
    expect(recordElementId('goals/abc/*')).toBe('goals-abc');
    expect(recordElementId('parentConcerns')).toBeNull();
  });
});
