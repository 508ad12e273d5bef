import { GroupCommit } from './group-commit';

/** A writer that records each statement's rows and refuses any statement holding a 'bad' row. */
function recordingWriter() {
  const statements: { rows: string[]; shared: boolean }[] = [];
  const write = (rows: string[], shared: boolean): Promise<void> => {
    statements.push({ rows, shared });
    return rows.includes('bad') ? Promise.reject(new Error('refused: bad row')) : Promise.resolve();
  };
  return { statements, write };
}

describe('group commit of an append-only table', () => {
  it('writes the rows of callers who submit in the same turn in one statement', async () => {
    const writer = recordingWriter();
    const log = new GroupCommit(writer.write);
    await Promise.all([log.submit(['a1', 'a2']), log.submit(['b1']), log.submit(['c1'])]);
    expect(writer.statements).toEqual([{ rows: ['a1', 'a2', 'b1', 'c1'], shared: true }]);
  });

  it('gathers what is submitted while a statement runs into the next one', async () => {
    let release: () => void = () => undefined;
    const statements: string[][] = [];
    const log = new GroupCommit<string>((rows) => {
      statements.push(rows);
      // The first statement is held until the test lets it finish.
      return statements.length === 1 ? new Promise((resolve) => (release = resolve)) : Promise.resolve();
    });
    const first = log.submit(['a']);
    await new Promise((resolve) => setImmediate(resolve));
    const waiting = [log.submit(['b']), log.submit(['c'])];
    expect(statements).toEqual([['a']]);
    release();
    await Promise.all([first, ...waiting]);
    expect(statements).toEqual([['a'], ['b', 'c']]);
  });

  it('fails only the caller whose row is refused, after the shared statement fails', async () => {
    const writer = recordingWriter();
    const log = new GroupCommit(writer.write);
    const outcomes = await Promise.allSettled([log.submit(['a']), log.submit(['bad', 'b2']), log.submit(['c'])]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]).toMatchObject({ status: 'rejected', reason: new Error('refused: bad row') });
    expect(writer.statements).toEqual([
      { rows: ['a', 'bad', 'b2', 'c'], shared: true },
      { rows: ['a'], shared: false },
      { rows: ['bad', 'b2'], shared: false },
      { rows: ['c'], shared: false },
    ]);
  });

  it('keeps a statement under its row bound without ever splitting one caller', async () => {
    const writer = recordingWriter();
    const log = new GroupCommit(writer.write, 3);
    await Promise.all([log.submit(['a1', 'a2']), log.submit(['b1', 'b2']), log.submit(['c1', 'c2', 'c3', 'c4'])]);
    expect(writer.statements.map((s) => s.rows)).toEqual([
      ['a1', 'a2'],
      ['b1', 'b2'],
      ['c1', 'c2', 'c3', 'c4'],
    ]);
    expect(writer.statements.every((s) => !s.shared)).toBe(true);
  });

  it('sends no statement for an empty submission', async () => {
    const writer = recordingWriter();
    await new GroupCommit(writer.write).submit([]);
    expect(writer.statements).toEqual([]);
  });
});
