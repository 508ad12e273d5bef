import { PendingLedger } from './pendingLedger';

describe('the count of changes only this device holds', () => {
  it('counts each local change until the server reports its clock stored', () => {
    const ledger = new PendingLedger();
    ledger.record(7, 3, ['background']);
    ledger.record(7, 9, ['background']);
    expect(ledger.count).toBe(2);
    expect(ledger.markSaved({ '7': 3 })).toBe(true);
    expect(ledger.count).toBe(1);
    expect(ledger.markSaved({ '7': 2, '8': 100 })).toBe(false);
    expect(ledger.markSaved({ '7': 9 })).toBe(true);
    expect(ledger.count).toBe(0);
  });

  it('counts edits made in one go as one change, and each later one apart', () => {
    const ledger = new PendingLedger();
    ledger.record(7, 1, ['background']);
    ledger.record(7, 2, ['background'], true);
    ledger.record(7, 3, ['background'], true);
    expect(ledger.count).toBe(1);
    ledger.record(7, 4, ['background']);
    expect(ledger.count).toBe(2);
    // Stored up to the first change's end: only the later one is left.
    ledger.markSaved({ '7': 3 });
    expect(ledger.count).toBe(1);
  });

  it('survives a reload: the changes of an earlier client are still counted, and cleared by its clocks', () => {
    const before = new PendingLedger();
    before.record(1, 5, ['background', 'goals']);
    before.markSaved({ '1': 2 });
    const after = PendingLedger.parse(before.serialize());
    after.record(2, 1, ['background']);
    expect(after.count).toBe(2);
    after.markSaved({ '1': 5, '2': 1 });
    expect(after.count).toBe(0);
  });

  it('starts empty from anything that is not a ledger it wrote', () => {
    expect(PendingLedger.parse('{"changes":[{"client":"x"}]}').count).toBe(0);
    expect(PendingLedger.parse('not json').count).toBe(0);
    expect(PendingLedger.parse(undefined).count).toBe(0);
  });

  it('tells when the person lost the right to write a part their waiting changes were made under', () => {
    const ledger = new PendingLedger();
    expect(ledger.lostRights(new Set())).toBe(false);
    ledger.record(1, 1, ['background', 'goals']);
    expect(ledger.lostRights(new Set(['background', 'goals', 'services']))).toBe(false);
    expect(ledger.lostRights(new Set(['background']))).toBe(true);
    expect(ledger.lostRights(new Set())).toBe(true);
  });
});
