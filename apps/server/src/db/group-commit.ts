/** One caller's rows waiting for the next statement, and how to tell it the outcome. */
interface Waiting<Row> {
  rows: Row[];
  done(): void;
  failed(error: Error): void;
}

/**
 * Writes one statement's rows; throws when the statement fails. `shared` says whether the rows are
 * several callers' (a failure is then retried per caller) or one caller's own.
 */
export type RowWriter<Row> = (rows: Row[], shared: boolean) => Promise<void>;

/**
 * Group commit for an append-only table: one INSERT at a time; what callers submit while it runs
 * (and in the same turn) goes out together in the next. An idle server writes at once; a busy one
 * makes one statement per database round trip instead of one per caller. A caller's promise settles
 * when its own rows are stored or refused, so durability is what a statement per caller gave.
 */
export class GroupCommit<Row> {
  private readonly waiting: Waiting<Row>[] = [];
  private writing = false;

  /** `maxRows` keeps a shared statement under PostgreSQL's 65,535 bound parameters. */
  constructor(
    private readonly write: RowWriter<Row>,
    private readonly maxRows = 1000,
  ) {}

  /** Resolves once `rows` are stored; rejects with the error of the statement that refused them. */
  submit(rows: Row[]): Promise<void> {
    // Nothing to write (an INSERT needs at least one row).
    if (rows.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiting.push({ rows, done: resolve, failed: reject });
      if (!this.writing) {
        this.writing = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.waiting.length > 0) await this.writeTogether(this.waiting.splice(0));
    } finally {
      this.writing = false;
    }
  }

  /**
   * Several callers' rows in one statement (as many callers as fit in `maxRows`; one caller's rows
   * are never split). If it fails, each caller's rows are tried on their own, so that one caller's
   * bad row (a row whose parent was just removed) fails only that caller.
   */
  private async writeTogether(group: Waiting<Row>[]): Promise<void> {
    for (const part of partsOf(group, this.maxRows)) {
      if (
        part.length > 1 &&
        (await this.attempt(
          part.flatMap((w) => w.rows),
          true,
        )) === null
      ) {
        for (const waiting of part) waiting.done();
        continue;
      }
      await Promise.all(
        part.map(async (waiting) => {
          const error = await this.attempt(waiting.rows, false);
          if (error) waiting.failed(error);
          else waiting.done();
        }),
      );
    }
  }

  /** Writes `rows` in one statement; answers the error instead of throwing it. */
  private async attempt(rows: Row[], shared: boolean): Promise<Error | null> {
    try {
      await this.write(rows, shared);
      return null;
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  }
}

/** Consecutive callers grouped so that each group holds at most `maxRows` rows (or one caller). */
function partsOf<Row>(group: Waiting<Row>[], maxRows: number): Waiting<Row>[][] {
  const parts: Waiting<Row>[][] = [];
  let part: Waiting<Row>[] = [];
  let rows = 0;
  for (const waiting of group) {
    if (part.length > 0 && rows + waiting.rows.length > maxRows) {
      parts.push(part);
      part = [];
      rows = 0;
    }
    part.push(waiting);
    rows += waiting.rows.length;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}
