import { z } from 'zod';
import { safeText } from './input';
import { isTimeZone } from './intl-formats';

/**
 * The district's letterhead (issue 19): the name, postal address and small logo printed at the top
 * of every document the district hands a family, and the time zone its documents print times in.
 */

/** The logo's largest size in bytes: a letterhead mark, not a photograph. */
export const LOGO_MAX_BYTES = 100 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
export const logoTypeSchema = z.enum(LOGO_TYPES);
export type LogoType = z.infer<typeof logoTypeSchema>;

export const timeZoneSchema = safeText({ min: 1, max: 64 }).refine(isTimeZone, { message: 'time_zone' });

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** Base64 of at most LOGO_MAX_BYTES bytes. */
const logoDataSchema = z
  .string()
  .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4, 'too_large')
  .regex(BASE64, 'base64');

export const logoInputSchema = z.object({ type: logoTypeSchema, data: logoDataSchema });
export type LogoInput = z.infer<typeof logoInputSchema>;

export const letterheadInputSchema = z
  .object({
    name: safeText({ min: 1, max: 120, messages: { min: 'required', max: 'too_long' } }),
    /** Up to four lines of postal address. */
    address: safeText({ max: 300, messages: { max: 'too_long' } }).refine((v) => v.split('\n').length <= 4, {
      message: 'too_many_lines',
    }),
    timeZone: timeZoneSchema,
    /** A new logo; null removes it; left out keeps the one stored. */
    logo: logoInputSchema.nullable().optional(),
  })
  .strict();
export type LetterheadInput = z.infer<typeof letterheadInputSchema>;

export const letterheadSchema = z.object({
  districtId: z.string().uuid(),
  name: z.string(),
  address: z.string(),
  timeZone: z.string(),
  logo: z.object({ type: logoTypeSchema, bytes: z.number().int() }).nullable(),
});
export type Letterhead = z.infer<typeof letterheadSchema>;

/**
 * The PDF query: which language to print in (the reader's when left out; `family` is the student's
 * family's language; `bilingual` prints every heading and fixed label as "English / Español") and,
 * for a printout in one language, whether to print every label in the other language beside it.
 */
export const PDF_LANGS = ['en', 'es', 'bilingual', 'family'] as const;
export const pdfQuerySchema = z
  .object({
    lang: z.enum(PDF_LANGS).optional(),
    bilingual: z.enum(['0', '1', 'true', 'false']).optional(),
  })
  .strict();
export type PdfQuery = z.infer<typeof pdfQuerySchema>;
