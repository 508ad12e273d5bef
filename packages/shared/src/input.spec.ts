import { z } from 'zod';
import {
  accessLogEntriesQuerySchema,
  accessLogQuerySchema,
  bodyInt,
  calendarDateSchema,
  clientEventSchemas,
  compareQuerySchema,
  createProposalRequestSchema,
  createThreadRequestSchema,
  createVersionRequestSchema,
  DATE_ISSUES,
  dateTimeSchema,
  discussSchema,
  emailSchema,
  goalBankQuerySchema,
  isStorableText,
  isWellFormedText,
  loginRequestSchema,
  pathInt,
  safeText,
  scheduleMeetingSchema,
  TEXT_ISSUES,
  updateProfileSchema,
  versionNumberParamSchema,
} from './index';

const NUL = 'a\u0000b';
const LONE_HIGH = 'a\ud800b';
const LONE_LOW = 'a\udc00b';
const messages = (result: z.ZodSafeParseResult<unknown>): string[] =>
  result.success ? [] : result.error.issues.map((i) => i.message);

describe('safeText', () => {
  const schema = safeText({ min: 1, max: 10 });

  it('takes ordinary text, emoji (a surrogate pair) and accents, trimmed', () => {
    expect(schema.parse('  Ana María  ')).toBe('Ana María');
    expect(schema.parse('ok 😀')).toBe('ok 😀');
  });

  it.each([
    ['a NUL', NUL, TEXT_ISSUES.nul],
    ['a lone high surrogate', LONE_HIGH, TEXT_ISSUES.loneSurrogate],
    ['a lone low surrogate', LONE_LOW, TEXT_ISSUES.loneSurrogate],
    ['a high surrogate at the very end', 'ab\ud83d', TEXT_ISSUES.loneSurrogate],
    ['two high surrogates in a row', '\ud83d\ud83d\ude00', TEXT_ISSUES.loneSurrogate],
  ])('refuses %s with its own message (never rewrites it)', (_what, value, message) => {
    expect(messages(schema.safeParse(value))).toEqual([message]);
  });

  it('keeps its bounds and custom messages', () => {
    expect(schema.safeParse('x'.repeat(11)).success).toBe(false);
    expect(schema.safeParse('   ').success).toBe(false);
    const custom = safeText({ min: 1, max: 3, messages: { min: 'required', max: 'too_long' } });
    expect(messages(custom.safeParse(''))).toEqual(['required']);
    expect(messages(custom.safeParse('abcd'))).toEqual(['too_long']);
  });

  it('keeps surrounding spaces when asked to', () => {
    expect(safeText({ max: 10, trim: false }).parse(' a ')).toBe(' a ');
  });

  it('says which strings are storable', () => {
    expect(isStorableText('plain 😀')).toBe(true);
    expect(isStorableText(NUL)).toBe(false);
    expect(isWellFormedText(LONE_HIGH)).toBe(false);
    expect(isWellFormedText('\ud83d\ude00')).toBe(true);
  });
});

describe('emailSchema', () => {
  it('lower-cases and trims; refuses NUL and lone surrogates', () => {
    expect(emailSchema().parse(' Ana@Example.ORG ')).toBe('ana@example.org');
    expect(messages(emailSchema().safeParse('a\u0000@example.org'))).toContain(TEXT_ISSUES.nul);
    expect(emailSchema().safeParse('a\ud800@example.org').success).toBe(false);
    expect(emailSchema().safeParse(`${'a'.repeat(250)}@example.org`).success).toBe(false);
  });
});

describe('integers in paths, queries and bodies', () => {
  it.each(['1', '42', '2147483647'])('takes %s', (value) => {
    expect(pathInt().parse(value)).toBe(Number(value));
  });

  it.each(['2147483648', '99999999999', '0', '-1', '1e309', '1e3', '1.5', ' 1', '0x10', 'abc', '', 'Infinity'])(
    'refuses %j',
    (value) => {
      expect(pathInt().safeParse(value).success).toBe(false);
    },
  );

  it('refuses numbers and arrays where a path string is expected', () => {
    expect(pathInt().safeParse(['1', '2']).success).toBe(false);
  });

  it('bounds a body integer to int4', () => {
    expect(bodyInt().parse(2147483647)).toBe(2147483647);
    for (const value of [2147483648, 0, -1, Infinity, Number.NaN, 1.5, '1'])
      expect(bodyInt().safeParse(value).success).toBe(false);
  });

  it('the version routes take only int4 version numbers', () => {
    const sectionId = '00000000-0000-4000-8000-000000000000';
    expect(versionNumberParamSchema.safeParse({ sectionId, n: '2147483648' }).success).toBe(false);
    expect(versionNumberParamSchema.parse({ sectionId, n: '3' }).n).toBe(3);
    expect(compareQuerySchema.safeParse({ from: '2147483648' }).success).toBe(false);
    expect(compareQuerySchema.safeParse({ from: '1', to: '2147483648' }).success).toBe(false);
    expect(compareQuerySchema.parse({ from: '1', to: '2' })).toEqual({ from: 1, to: 2 });
  });
});

describe('dates', () => {
  it.each(['1900-01-01', '2024-02-29', '2100-12-31'])('takes %s', (value) => {
    expect(calendarDateSchema.parse(value)).toBe(value);
  });

  it.each([
    ['0000-01-01', DATE_ISSUES.outOfRange],
    ['1899-12-31', DATE_ISSUES.outOfRange],
    ['2101-01-01', DATE_ISSUES.outOfRange],
    ['99999-01-01', DATE_ISSUES.format],
    ['2023-02-29', DATE_ISSUES.noSuchDate],
    ['2024-1-1', DATE_ISSUES.format],
  ])('refuses %s (%s)', (value, message) => {
    expect(messages(calendarDateSchema.safeParse(value))).toContain(message);
  });

  it('bounds instants the same way, whatever the offset', () => {
    expect(dateTimeSchema.safeParse('2026-05-04T15:00:00+02:00').success).toBe(true);
    for (const value of [
      '0000-01-01T00:00:00Z',
      '99999-01-01T00:00:00Z',
      '2100-12-31T23:00:00-05:00',
      '1899-12-31T23:00:00Z',
    ]) {
      expect(dateTimeSchema.safeParse(value).success).toBe(false);
    }
    expect(scheduleMeetingSchema.safeParse({ scheduledFor: '0000-01-01T00:00:00Z' }).success).toBe(false);
  });

  it('refuses an access-log range that ends before it starts', () => {
    expect(accessLogQuerySchema.safeParse({ from: '2026-01-01', to: '2026-01-01' }).success).toBe(true);
    const result = accessLogQuerySchema.safeParse({ from: '2026-02-01', to: '2026-01-01' });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['to', DATE_ISSUES.fromAfterTo],
    ]);
    expect(accessLogQuerySchema.safeParse({ from: '0000-01-01' }).success).toBe(false);
    expect(accessLogEntriesQuerySchema.safeParse({ limit: '2147483648' }).success).toBe(false);
    expect(accessLogEntriesQuerySchema.parse({}).limit).toBe(200);
  });

  it('bounds the grouped access log’s page, page size and time zone, and refuses unknown parameters', () => {
    expect(accessLogQuerySchema.parse({})).toEqual({ page: 1, pageSize: 25, tzOffset: 0 });
    expect(accessLogQuerySchema.parse({ page: '3', tzOffset: '-300', kind: 'view' })).toMatchObject({
      page: 3,
      tzOffset: -300,
      kind: 'view',
    });
    for (const bad of [
      { page: '0' },
      { page: '10001' },
      { pageSize: '101' },
      { tzOffset: '841' },
      { tzOffset: '1.5' },
      { kind: 'section.read' },
      { person: 'not-a-uuid' },
      { action: 'section.read' },
    ]) {
      expect({ bad, ok: accessLogQuerySchema.safeParse(bad).success }).toEqual({ bad, ok: false });
    }
  });
});

describe('the request schemas use safe text', () => {
  const sectionPart = { part: 'presentLevels' };
  it.each<[string, z.ZodType, unknown]>([
    ['PATCH /me name', updateProfileSchema, { name: NUL }],
    ['a version name', createVersionRequestSchema, { name: LONE_HIGH }],
    ['a thread body', createThreadRequestSchema, { ...sectionPart, body: NUL }],
    ['a thread quote', createThreadRequestSchema, { ...sectionPart, body: 'ok', quote: NUL }],
    ['a rationale', createProposalRequestSchema, { kind: 'new_goal', fields: {}, rationale: LONE_HIGH }],
    ['a proposed goal field', createProposalRequestSchema, { kind: 'new_goal', fields: { behavior: NUL } }],
    ['the audit trail action filter', accessLogEntriesQuerySchema, { action: NUL }],
    ['a goal-bank search', goalBankQuerySchema, { q: NUL }],
    ['a login email', loginRequestSchema, { email: 'a\u0000@b.org', password: 'x' }],
    [
      'a "now discussing" key over the socket',
      discussSchema,
      { meetingId: '00000000-0000-4000-8000-000000000000', target: { kind: 'agenda', key: NUL } },
    ],
  ])('%s', (_what, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });

  it('every client-to-server socket event has a payload schema', () => {
    expect(Object.keys(clientEventSchemas).sort()).toEqual([
      'meeting:discuss',
      'meeting:join',
      'meeting:leave',
      'section:join',
      'section:leave',
    ]);
    expect(clientEventSchemas['section:join'].safeParse({ sectionId: NUL }).success).toBe(false);
  });
});
