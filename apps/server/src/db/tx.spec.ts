import { assertOutsideTransaction, inTransactionScope } from './tx';

describe('the transaction scope (a store read around a transaction deadlocks the embedded store)', () => {
  it('lets a read through outside a transaction and after one has ended', async () => {
    expect(() => assertOutsideTransaction('The document is loaded')).not.toThrow();
    await inTransactionScope(async () => undefined);
    expect(() => assertOutsideTransaction('The document is loaded')).not.toThrow();
  });

  it('refuses a read inside the transaction, also after an await, naming what was read', async () => {
    await expect(
      inTransactionScope(async () => {
        await Promise.resolve();
        assertOutsideTransaction('The section document is loaded');
      }),
    ).rejects.toThrow('The section document is loaded inside a transaction');
  });
});
