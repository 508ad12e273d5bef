import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { freshStore } from '../test/test-app';
import { parseBytea } from './pglite-bytea';
import { PgliteThread } from './pglite-worker';

const argTypes = [
  { scalarType: 'int', arity: 'scalar' },
  { scalarType: 'bytes', arity: 'scalar' },
] as const;

describe('the embedded database on its own thread, as Prisma drives it', () => {
  it('turns PostgreSQL hex into bytes, empty included', () => {
    expect([...parseBytea('\\x000aff')]).toEqual([0, 10, 255]);
    expect(parseBytea('\\x')).toEqual(new Uint8Array(0));
  });

  it('stores and reads 1.5 MB exactly, in and out of a transaction; a rolled back one leaves nothing; errors arrive mapped; a dump is a gzip; once closed, calls fail instead of waiting', async () => {
    // A copy of the run's migrated database: opening one is a fraction of what creating a cluster costs.
    const { dataDir } = await freshStore('pglite');
    const thread = new PgliteThread(dataDir ?? '');
    const adapter = await thread.connect();
    try {
      await adapter.executeScript('CREATE TABLE blobs (id int PRIMARY KEY, data bytea NOT NULL)');
      const big = new Uint8Array(randomBytes(1_500_000));
      await adapter.executeRaw({ sql: 'INSERT INTO blobs VALUES ($1, $2)', args: [1, big], argTypes: [...argTypes] });
      const tx = await adapter.startTransaction();
      await tx.executeRaw({
        sql: 'INSERT INTO blobs VALUES ($1, $2)',
        args: [2, big.subarray(0, 3)],
        argTypes: [...argTypes],
      });
      await tx.commit();
      const undone = await adapter.startTransaction();
      await undone.executeRaw({
        sql: 'INSERT INTO blobs VALUES ($1, $2)',
        args: [3, big.subarray(0, 1)],
        argTypes: [...argTypes],
      });
      await undone.rollback();

      const read = await adapter.queryRaw({ sql: 'SELECT id, data FROM blobs ORDER BY id', args: [], argTypes: [] });
      expect(read.rows.map((row) => row[0])).toEqual([1, 2]);
      const [first, second] = read.rows.map((row) => row[1]);
      expect(first).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(first as Uint8Array).equals(Buffer.from(big))).toBe(true);
      expect([...(second as Uint8Array)]).toEqual([...big.subarray(0, 3)]);

      // Prisma turns the adapter's error cause into its own codes (P2002 here): it must cross intact.
      const duplicate = adapter.executeRaw({
        sql: 'INSERT INTO blobs VALUES ($1, $2)',
        args: [1, big.subarray(0, 1)],
        argTypes: [...argTypes],
      });
      await expect(duplicate).rejects.toMatchObject({
        name: 'DriverAdapterError',
        cause: { kind: 'UniqueConstraintViolation' },
      });

      const dump = await thread.dump();
      expect([...dump.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
      expect(gunzipSync(dump).byteLength).toBeGreaterThan(1_500_000);
    } finally {
      await thread.close();
    }
    await expect(adapter.queryRaw({ sql: 'SELECT 1', args: [], argTypes: [] })).rejects.toThrow('closed');
  });
});
