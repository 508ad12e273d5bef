import { z } from 'zod';
import { safeText } from './input';
import { roleSchema } from './schemas';

/**
 * Prior Written Notice (IDEA, 34 CFR 300.503): whenever the school proposes or refuses to start or
 * change something, the family gets a written notice of what, why, the options considered and why
 * they were rejected, the data used, other factors, and where to get help understanding their
 * rights, in their language. A draft is made by the event (a meeting ends, a proposal is rejected,
 * the family refuses or consents in part); the OT edits it and issues it; issued, it never changes.
 */
export const NOTICE_TRIGGERS = [
  'meeting_ended',
  'proposal_rejected',
  'consent_refused',
  'consent_in_part',
  'manual',
] as const;
export type NoticeTrigger = (typeof NOTICE_TRIGGERS)[number];

/** The school proposes to start or change something, or refuses to. */
export const NOTICE_ACTIONS = ['proposes', 'refuses'] as const;
export type NoticeAction = (typeof NOTICE_ACTIONS)[number];

export const NOTICE_STATUSES = ['draft', 'issued'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const NOTICE_LOCALES = ['en', 'es'] as const;
export type NoticeLocale = (typeof NOTICE_LOCALES)[number];

/** An option the team considered and why it was rejected. */
export const noticeOptionSchema = z.object({
  option: safeText({ min: 1, max: 500 }),
  whyRejected: safeText({ max: 2000 }),
});
export type NoticeOption = z.infer<typeof noticeOptionSchema>;

const LONG = 4000;

/** The fields the OT writes. Blank is allowed in a draft; issuing needs the required ones. */
export const noticeFieldsSchema = z.object({
  action: z.enum(NOTICE_ACTIONS),
  /** What the school proposes or refuses. */
  description: safeText({ max: LONG }),
  /** Why. */
  reasons: safeText({ max: LONG }),
  options: z.array(noticeOptionSchema).max(20),
  /** The evaluations, records and reports used (present levels, evaluation results). */
  dataUsed: safeText({ max: LONG }),
  otherFactors: safeText({ max: LONG }),
});
export type NoticeFields = z.infer<typeof noticeFieldsSchema>;

/** A draft written by hand (any field left out starts blank). */
export const createNoticeRequestSchema = noticeFieldsSchema.partial().strict();
/** An edit of a draft: only the fields sent change. */
export const updateNoticeRequestSchema = noticeFieldsSchema
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Change at least one field' });
export type UpdateNoticeRequest = z.infer<typeof updateNoticeRequestSchema>;

export const noticeIdParamSchema = z.object({ id: z.string().uuid() });

/** The fields a notice cannot be issued without (300.503(b)). */
export const REQUIRED_NOTICE_FIELDS = ['description', 'reasons', 'options', 'dataUsed'] as const;
export type RequiredNoticeField = (typeof REQUIRED_NOTICE_FIELDS)[number];

/** What is still blank before the notice may be issued: at least one option, each with its reason. */
export function missingNoticeFields(fields: NoticeFields): RequiredNoticeField[] {
  return REQUIRED_NOTICE_FIELDS.filter((field) => {
    if (field === 'options')
      return fields.options.length === 0 || fields.options.some((o) => o.whyRejected.trim() === '');
    return fields[field].trim() === '';
  });
}

export const noticeReceiptSchema = z.object({
  userId: z.string(),
  name: z.string(),
  acknowledgedAt: z.string(),
});

export const noticeViewSchema = noticeFieldsSchema.extend({
  id: z.string(),
  sectionId: z.string(),
  status: z.enum(NOTICE_STATUSES),
  trigger: z.enum(NOTICE_TRIGGERS),
  /** The meeting, proposal or signature the draft was made from. */
  sourceId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Issued: the language it was issued in and the rights statement it carries, as sent. */
  locale: z.enum(NOTICE_LOCALES).nullable(),
  safeguards: z.string().nullable(),
  issuedAt: z.string().nullable(),
  issuedBy: z.object({ name: z.string(), role: roleSchema }).nullable(),
  receipts: z.array(noticeReceiptSchema),
  /** Required fields still blank (a draft); empty once issued. */
  missing: z.array(z.enum(REQUIRED_NOTICE_FIELDS)),
});
export type NoticeView = z.infer<typeof noticeViewSchema>;

export const noticeListSchema = z.object({ notices: z.array(noticeViewSchema) });
export type NoticeList = z.infer<typeof noticeListSchema>;

/** Empty fields for a draft. */
export const blankNoticeFields = (action: NoticeAction = 'proposes'): NoticeFields => ({
  action,
  description: '',
  reasons: '',
  options: [],
  dataUsed: '',
  otherFactors: '',
});

/**
 * The family's procedural safeguards statement (300.503(b)(4)-(5), 300.504): printed with every
 * notice, in the language it is issued in.
 */
export const PROCEDURAL_SAFEGUARDS: Record<NoticeLocale, string> = {
  en: [
    'As the parent of a child with a disability, you have protections under the procedural safeguards of the Individuals with Disabilities Education Act (IDEA). A copy of the Procedural Safeguards Notice is available from the school at any time and free of charge.',
    'You may inspect and review all of your child’s education records, ask for an independent educational evaluation at no cost to you, disagree with this decision, and ask for mediation or a due process hearing, or file a state complaint.',
    'For help understanding these rights, contact the school’s special education office or your state’s Parent Training and Information Center. If you need this notice explained in your language or another way, ask the school: an interpreter will be provided at no cost.',
  ].join('\n\n'),
  es: [
    'Como padre, madre o tutor de un niño con una discapacidad, usted tiene las protecciones de las garantías procesales de la Ley de Educación para Personas con Discapacidades (IDEA). La escuela le puede dar una copia del Aviso de Garantías Procesales en cualquier momento y sin costo.',
    'Usted puede revisar todos los expedientes educativos de su hijo o hija, pedir una evaluación educativa independiente sin costo para usted, estar en desacuerdo con esta decisión, y pedir una mediación o una audiencia de debido proceso, o presentar una queja ante el estado.',
    'Para recibir ayuda para entender estos derechos, comuníquese con la oficina de educación especial de la escuela o con el Centro de Capacitación e Información para Padres de su estado. Si necesita que le expliquen este aviso en su idioma o de otra manera, pídalo a la escuela: se le dará un intérprete sin costo.',
  ].join('\n\n'),
};
