import type { NoticeAction, NoticeTrigger } from '@iep/shared';
import type { PdfLocale } from './section-pdf.labels';

/** The words of a printed Prior Written Notice, per language: it goes to the family in theirs. */
export interface NoticePdfLabels {
  title: string;
  law: string;
  issuedLine: (date: string) => string;
  draftLine: string;
  watermark: string;
  studentHeading: string;
  noticeHeading: string;
  trigger: string;
  triggers: Record<NoticeTrigger, string>;
  issuedBy: string;
  action: Record<NoticeAction, string>;
  reasons: string;
  options: string;
  noOptions: string;
  whyRejected: string;
  dataUsed: string;
  otherFactors: string;
  none: string;
  safeguards: string;
  receipt: string;
  acknowledged: (name: string, date: string) => string;
  notAcknowledged: string;
  footer: string;
}

export const NOTICE_PDF_LABELS: Record<PdfLocale, NoticePdfLabels> = {
  en: {
    title: 'Prior Written Notice',
    law: 'Individuals with Disabilities Education Act, 34 CFR 300.503',
    issuedLine: (date) => `Issued to the family on ${date}`,
    draftLine: 'Draft — not issued',
    watermark: 'DRAFT — NOT ISSUED',
    studentHeading: 'Student',
    noticeHeading: 'About this notice',
    trigger: 'Why you are receiving it',
    triggers: {
      meeting_ended: 'The team met about the OT section of the plan.',
      proposal_rejected: 'A proposal for the OT section was not accepted.',
      consent_refused: 'The family did not consent to the OT section.',
      consent_in_part: 'The family consented to the OT section in part.',
      manual: 'The school is telling you about a decision.',
    },
    issuedBy: 'Issued by',
    action: {
      proposes: 'What the school proposes',
      refuses: 'What the school refuses',
    },
    reasons: 'Why the school proposes or refuses it',
    options: 'Other options the team considered, and why they were rejected',
    noOptions: 'No other options were considered.',
    whyRejected: 'Why rejected',
    dataUsed: 'Evaluations, records and data used',
    otherFactors: 'Other factors the team considered',
    none: 'None.',
    safeguards: 'Your rights (procedural safeguards)',
    receipt: 'Receipt',
    acknowledged: (name, date) => `${name} acknowledged receiving this notice on ${date}.`,
    notAcknowledged: 'Receipt not acknowledged yet.',
    footer: 'Prior Written Notice',
  },
  es: {
    title: 'Aviso Previo por Escrito',
    law: 'Ley de Educación para Personas con Discapacidades, 34 CFR 300.503',
    issuedLine: (date) => `Entregado a la familia el ${date}`,
    draftLine: 'Borrador — no entregado',
    watermark: 'BORRADOR — NO ENTREGADO',
    studentHeading: 'Estudiante',
    noticeHeading: 'Sobre este aviso',
    trigger: 'Por qué lo recibe',
    triggers: {
      meeting_ended: 'El equipo se reunió sobre la sección de terapia ocupacional del plan.',
      proposal_rejected: 'No se aceptó una propuesta para la sección de terapia ocupacional.',
      consent_refused: 'La familia no dio su consentimiento a la sección de terapia ocupacional.',
      consent_in_part: 'La familia dio su consentimiento en parte a la sección de terapia ocupacional.',
      manual: 'La escuela le informa sobre una decisión.',
    },
    issuedBy: 'Entregado por',
    action: {
      proposes: 'Lo que la escuela propone',
      refuses: 'Lo que la escuela rechaza',
    },
    reasons: 'Por qué la escuela lo propone o lo rechaza',
    options: 'Otras opciones que el equipo consideró, y por qué se rechazaron',
    noOptions: 'No se consideraron otras opciones.',
    whyRejected: 'Por qué se rechazó',
    dataUsed: 'Evaluaciones, expedientes y datos usados',
    otherFactors: 'Otros factores que el equipo consideró',
    none: 'Ninguno.',
    safeguards: 'Sus derechos (garantías procesales)',
    receipt: 'Acuse de recibo',
    acknowledged: (name, date) => `${name} confirmó haber recibido este aviso el ${date}.`,
    notAcknowledged: 'Todavía no se ha confirmado el recibo.',
    footer: 'Aviso Previo por Escrito',
  },
};
