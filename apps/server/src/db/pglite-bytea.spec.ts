import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { freshStore } from '../test/test-app';
import { parseBytea, withFastBytea } from './pglite-bytea';

describe('bytea read from PGlite through Prisma with the native hex codec', () => {
  it('turns PostgreSQL hex into bytes, empty included', () => {
    expect([...parseBytea('\\x000aff')]).toEqual([0, 10, 255]);
    expect(parseBytea('\\x')).toEqual(new Uint8Array(0));
  });

  it('stores and reads 1.5 MB exactly through the Prisma adapter, in and out of a transaction', async () => {
    // A copy of the run's migrated database: opening one is a fraction of what creating a cluster costs.
    const { dataDir } = await freshStore('pglite');
    const pglite = new PGlite(dataDir);
    try {
      const adapter = await new PrismaPGlite(withFastBytea(pglite)).connect();
      await adapter.executeScript('CREATE TABLE blobs (id int PRIMARY KEY, data bytea NOT NULL)');
      const big = new Uint8Array(randomBytes(1_500_000));
      const argTypes = [
        { scalarType: 'int', arity: 'scalar' },
        { scalarType: 'bytes', arity: 'scalar' },
      ] as const;
      await adapter.executeRaw({ sql: 'INSERT INTO blobs VALUES ($1, $2)', args: [1, big], argTypes: [...argTypes] });
      const tx = await adapter.startTransaction();
      await tx.executeRaw({
        sql: 'INSERT INTO blobs VALUES ($1, $2)',
        args: [2, big.subarray(0, 3)],
        argTypes: [...argTypes],
      });
      await tx.commit();
      const read = await adapter.queryRaw({ sql: 'SELECT data FROM blobs ORDER BY id', args: [], argTypes: [] });
      const [first, second] = read.rows.map((row) => row[0]);
      expect(first).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(first as Uint8Array).equals(Buffer.from(big))).toBe(true);
      expect([...(second as Uint8Array)]).toEqual([...big.subarray(0, 3)]);
    } finally {
      await pglite.close();
    }
  });
});
