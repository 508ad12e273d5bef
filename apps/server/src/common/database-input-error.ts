/**
 * PostgreSQL's (and PGlite's) "this value does not fit" errors, as Prisma and its driver adapters
 * report them: SQLSTATE class 22 codes for bad input, and Prisma's own out-of-range codes. A request
 * that reaches the database with such a value is the caller's bad input that a schema let through.
 */
const INPUT_SQLSTATES = new Set([
  '22001', // string_data_right_truncation: longer than the column
  '22003', // numeric_value_out_of_range: 2147483648 into an integer
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow: the year 0000
  '22021', // character_not_in_repertoire: "invalid byte sequence for encoding UTF8: 0x00"
  '22P02', // invalid_text_representation
  '22P05', // untranslatable_character: \u0000 in JSON
]);
/** P2000 value too long, P2020 value out of range, P2033 a number that does not fit 64 bits. */
const INPUT_PRISMA_CODES = new Set(['P2000', 'P2020', 'P2033']);
/** The query engine's own refusals of text it cannot encode (a lone surrogate in a JSON value). */
const ENGINE_MESSAGES = /JSON Error|hex escape|lone surrogate|invalid unicode|unpaired surrogate/i;

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function sqlState(value: unknown): string | undefined {
  const code = field(value, 'originalCode') ?? field(value, 'code');
  return typeof code === 'string' ? code : undefined;
}

/** A short name for the refusal (logged), or null when the error is not about a value of the request. */
export function databaseInputError(err: unknown, depth = 0): string | null {
  if (typeof err !== 'object' || err === null || depth > 4) return null;
  const name = String(field(err, 'name') ?? '');
  const code = field(err, 'code');
  if (name.startsWith('PrismaClient')) {
    if (typeof code === 'string' && INPUT_PRISMA_CODES.has(code)) return `prisma ${code}`;
    const cause = field(field(field(err, 'meta'), 'driverAdapterError'), 'cause');
    const state = sqlState(cause);
    if (state && INPUT_SQLSTATES.has(state)) return `sqlstate ${state}`;
    if (field(cause, 'kind') === 'ValueOutOfRange') return 'value out of range';
    if (name === 'PrismaClientUnknownRequestError' && ENGINE_MESSAGES.test(String(field(err, 'message'))))
      return 'unencodable text';
  }
  // A driver error met outside Prisma's wrapping (raw queries, the adapters themselves).
  const state =
    sqlState(field(err, 'cause')) ??
    (name === 'DriverAdapterError' || field(err, 'severity') !== undefined ? sqlState(err) : undefined);
  if (state && INPUT_SQLSTATES.has(state)) return `sqlstate ${state}`;
  return databaseInputError(field(err, 'cause'), depth + 1);
}
