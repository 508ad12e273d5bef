import type { GoalArea, Role, SectionFragment } from '@iep/shared';

export type PdfLocale = 'en' | 'es';

/** Every word the printed section uses, per locale: the PDF is read by families in either language. */
export interface PdfLabels {
  title: Record<'iep' | 'plan504', string>;
  draftLine: string;
  watermark: string;
  finalLine: string;
  page: (n: number, of: number) => string;
  hash: string;
  /** Times are printed in the district's zone: "Times are in America/New_York". */
  timesIn: (zone: string) => string;
  /** The letterhead logo's alternative text, read out by a screen reader. */
  logo: (district: string) => string;
  notRecorded: string;
  empty: string;
  /** How a draft shows open suggestions (an approved version never holds any). */
  suggestions: { note: string; added: string; removed: string };
  yes: string;
  no: string;
  student: { heading: string; name: string; dateOfBirth: string; grade: string; school: string };
  plan: { heading: string; kind: string; meetingDate: string; annualReviewDate: string };
  version: { heading: string; number: string; name: string; reason: string; savedAt: string };
  /** Why a version was saved: by hand, or the workflow step that froze it. */
  reasons: Record<string, string>;
  fragments: Record<SectionFragment, string>;
  areasOfNeed: { heading: string; none: string; note: string };
  goalAreas: Record<GoalArea, string>;
  goals: {
    heading: string;
    none: string;
    number: (n: number) => string;
    area: string;
    baseline: string;
    condition: string;
    behavior: string;
    criterion: string;
    timeframe: string;
    measurement: string;
    reporting: string;
    objectives: string;
    description: string;
    /** Where a goal came from when an accepted proposal added or changed it. */
    origin: (proposedBy: string, acceptedBy: string, date: string) => string;
  };
  services: {
    heading: string;
    none: string;
    number: (n: number) => string;
    model: string;
    frequency: string;
    minutes: string;
    grouping: string;
    location: string;
    provider: string;
    dates: string;
    service: string;
    otService: string;
    start: string;
    end: string;
    timesPer: (n: number, period: string) => string;
    models: Record<string, string>;
    periods: Record<string, string>;
    groupings: Record<string, string>;
    providers: Record<string, string>;
  };
  accommodations: { heading: string; none: string; kinds: Record<string, string> };
  transition: {
    heading: string;
    none: string;
    number: (n: number) => string;
    goal: string;
    areas: Record<string, string>;
  };
  team: { heading: string; none: string };
  /** Marks an item where it stands when a parent's signature left it out of their consent. */
  consent: { excluded: (who: string) => string };
  roles: Record<Role, string>;
  attendance: {
    heading: string;
    none: string;
    how: string;
    joined: string;
    left: string;
    interpreter: string;
    modes: Record<string, string>;
  };
  signatures: {
    heading: string;
    none: string;
    typedName: string;
    decision: string;
    decisions: Record<string, string>;
    excluded: string;
    reason: string;
    signedAt: string;
    voided: string;
    otherHash: string;
  };
  revocations: { heading: string; none: string; reason: string; revokedAt: string };
}

const en: PdfLabels = {
  title: { iep: 'Occupational therapy section — IEP', plan504: 'Occupational therapy section — Section 504 plan' },
  draftLine: 'Draft — not final',
  watermark: 'DRAFT — NOT FINAL',
  finalLine: 'Final — approved by the team',
  page: (n, of) => `Page ${n} of ${of}`,
  hash: 'Content hash (SHA-256)',
  timesIn: (zone) => `Times are shown in the ${zone} time zone.`,
  logo: (district) => `Logo of ${district}`,
  notRecorded: '—',
  empty: '(empty)',
  suggestions: {
    note: 'Open suggestions are shown in brackets, with their author; they are not part of the signed content.',
    added: 'suggested addition',
    removed: 'suggested removal',
  },
  yes: 'Yes',
  no: 'No',
  student: { heading: 'Student', name: 'Name', dateOfBirth: 'Date of birth', grade: 'Grade', school: 'School' },
  plan: { heading: 'Plan', kind: 'Plan', meetingDate: 'Meeting date', annualReviewDate: 'Annual review' },
  version: { heading: 'Version', number: 'Version', name: 'Name', reason: 'Saved because', savedAt: 'Saved' },
  reasons: {
    manual: 'Saved by hand',
    share_with_family: 'Shared with the family',
    return_to_draft: 'Returned to draft',
    start_meeting: 'Meeting started',
    meeting_ended: 'Meeting ended',
    request_signoff: 'Frozen for sign-off',
    reopen_meeting: 'Reopened for changes',
    approve: 'Approved',
    amend: 'Amendment started',
    changed_during_signoff: 'Changed during sign-off',
    proposal_accepted: 'Goal proposal accepted',
  },
  fragments: {
    presentLevels: 'Present levels',
    parentConcerns: 'Parent concerns',
    classroomStrategies: 'Classroom strategies',
    homeStrategies: 'Home strategies',
  },
  areasOfNeed: { heading: 'Areas of need', none: 'No areas of need selected.', note: 'Note' },
  goalAreas: {
    fine_motor: 'Fine motor',
    self_care: 'Self-care',
    sensory_processing: 'Sensory processing',
    visual_perception: 'Visual perception',
    gross_motor: 'Coordination and gross motor',
    social_participation: 'Social participation',
    eating_swallowing: 'Eating and swallowing',
    attendance_participation: 'Attendance and participation',
    transition: 'Post-secondary transition',
  },
  goals: {
    heading: 'Goals',
    none: 'No goals.',
    number: (n) => `Goal ${n}`,
    area: 'Area',
    baseline: 'Baseline',
    condition: 'Condition',
    behavior: 'Behavior',
    criterion: 'Criterion',
    timeframe: 'Timeframe',
    measurement: 'How progress is measured',
    reporting: 'When progress is reported',
    objectives: 'Short-term objectives',
    description: 'Description',
    origin: (proposedBy, acceptedBy, date) => `Proposed by ${proposedBy}, accepted by ${acceptedBy} on ${date}`,
  },
  services: {
    heading: 'Services',
    none: 'No services.',
    number: (n) => `Service ${n}`,
    model: 'Delivery model',
    frequency: 'How often',
    minutes: 'Minutes per session',
    grouping: 'Group or individual',
    location: 'Location',
    provider: 'Provider',
    dates: 'Dates',
    service: 'Service',
    otService: 'Occupational therapy',
    start: 'Start',
    end: 'End',
    timesPer: (n, period) => `${n} time${n === 1 ? '' : 's'} a ${period}`,
    models: {
      direct_pull_out: 'Direct (pull-out)',
      push_in: 'Push-in / integrated',
      consultation: 'Consultation',
      combined: 'Combined',
    },
    periods: { week: 'week', month: 'month' },
    groupings: { individual: 'Individual', group: 'Group' },
    providers: {
      ot: 'Occupational therapist',
      ota_supervised: 'OT assistant, supervised by the OT',
      teacher_supervised: 'Teacher, closely supervised by the OT',
      aide_supervised: 'Aide, closely supervised by the OT',
    },
  },
  accommodations: {
    heading: 'Accommodations and equipment',
    none: 'No accommodations or equipment.',
    kinds: { accommodation: 'Accommodation', equipment: 'Equipment' },
  },
  transition: {
    heading: 'Transition goals',
    none: 'No transition goals.',
    number: (n) => `Transition goal ${n}`,
    goal: 'Goal',
    areas: { education: 'Further education', employment: 'Employment', independent_living: 'Independent living' },
  },
  team: { heading: 'Team', none: 'No team members.' },
  consent: { excluded: (who) => `NO CONSENT: ${who} did not consent to this item.` },
  roles: {
    parent: 'Parent or guardian',
    teacher: 'Teacher',
    ot: 'Occupational therapist',
    ota: 'OT assistant',
    admin: 'Administrator',
  },
  attendance: {
    heading: 'Meeting attendance',
    none: 'No meeting attendance recorded for this version.',
    how: 'Attended',
    joined: 'Joined',
    left: 'Left',
    interpreter: 'Interpreter',
    modes: { in_person: 'In person', video: 'By video', phone: 'By phone' },
  },
  signatures: {
    heading: 'Signatures',
    none: 'No signatures on this version.',
    typedName: 'Typed name',
    decision: 'Decision',
    decisions: {
      approve: 'Approves',
      consent: 'Consents',
      consent_in_part: 'Consents in part',
      no_consent: 'Does not consent',
    },
    excluded: 'Not consented to',
    reason: 'Reason',
    signedAt: 'Signed',
    voided: 'Void',
    otherHash: 'Signed content hash (differs from this version)',
  },
  revocations: {
    heading: 'Consent revocations',
    none: 'No consent has been revoked.',
    reason: 'Reason',
    revokedAt: 'Revoked',
  },
};

const es: PdfLabels = {
  title: { iep: 'Sección de terapia ocupacional — IEP', plan504: 'Sección de terapia ocupacional — Plan 504' },
  draftLine: 'Borrador — no definitivo',
  watermark: 'BORRADOR — NO DEFINITIVO',
  finalLine: 'Definitivo — aprobado por el equipo',
  page: (n, of) => `Página ${n} de ${of}`,
  hash: 'Huella del contenido (SHA-256)',
  timesIn: (zone) => `Las horas se muestran en la zona horaria ${zone}.`,
  logo: (district) => `Logotipo de ${district}`,
  notRecorded: '—',
  empty: '(vacío)',
  suggestions: {
    note: 'Las sugerencias abiertas aparecen entre corchetes, con su autor; no forman parte del contenido firmado.',
    added: 'se sugiere añadir',
    removed: 'se sugiere quitar',
  },
  yes: 'Sí',
  no: 'No',
  student: {
    heading: 'Estudiante',
    name: 'Nombre',
    dateOfBirth: 'Fecha de nacimiento',
    grade: 'Grado',
    school: 'Escuela',
  },
  plan: { heading: 'Plan', kind: 'Plan', meetingDate: 'Fecha de la reunión', annualReviewDate: 'Revisión anual' },
  version: { heading: 'Versión', number: 'Versión', name: 'Nombre', reason: 'Motivo', savedAt: 'Guardada' },
  reasons: {
    manual: 'Guardada a mano',
    share_with_family: 'Compartida con la familia',
    return_to_draft: 'Devuelta a borrador',
    start_meeting: 'Comenzó la reunión',
    meeting_ended: 'Terminó la reunión',
    request_signoff: 'Congelada para las firmas',
    reopen_meeting: 'Reabierta para cambios',
    approve: 'Aprobada',
    amend: 'Comenzó una enmienda',
    changed_during_signoff: 'Cambiada durante las firmas',
    proposal_accepted: 'Propuesta de meta aceptada',
  },
  fragments: {
    presentLevels: 'Niveles actuales de desempeño',
    parentConcerns: 'Inquietudes de la familia',
    classroomStrategies: 'Estrategias para el salón de clases',
    homeStrategies: 'Estrategias para el hogar',
  },
  areasOfNeed: { heading: 'Áreas de necesidad', none: 'No se eligió ningún área de necesidad.', note: 'Nota' },
  goalAreas: {
    fine_motor: 'Motricidad fina',
    self_care: 'Cuidado personal',
    sensory_processing: 'Procesamiento sensorial',
    visual_perception: 'Percepción visual',
    gross_motor: 'Coordinación y motricidad gruesa',
    social_participation: 'Participación social',
    eating_swallowing: 'Alimentación y deglución',
    attendance_participation: 'Asistencia y participación',
    transition: 'Transición posterior a la secundaria',
  },
  goals: {
    heading: 'Metas',
    none: 'No hay metas.',
    number: (n) => `Meta ${n}`,
    area: 'Área',
    baseline: 'Nivel inicial',
    condition: 'Condición',
    behavior: 'Conducta',
    criterion: 'Criterio',
    timeframe: 'Plazo',
    measurement: 'Cómo se mide el progreso',
    reporting: 'Cuándo se informa del progreso',
    objectives: 'Objetivos a corto plazo',
    description: 'Descripción',
    origin: (proposedBy, acceptedBy, date) => `Propuesto por ${proposedBy}, aceptado por ${acceptedBy} el ${date}`,
  },
  services: {
    heading: 'Servicios',
    none: 'No hay servicios.',
    number: (n) => `Servicio ${n}`,
    model: 'Modalidad',
    frequency: 'Frecuencia',
    minutes: 'Minutos por sesión',
    grouping: 'En grupo o individual',
    location: 'Lugar',
    provider: 'Quién lo presta',
    dates: 'Fechas',
    service: 'Servicio',
    otService: 'Terapia ocupacional',
    start: 'Inicio',
    end: 'Fin',
    timesPer: (n, period) => `${n} ${n === 1 ? 'vez' : 'veces'} por ${period}`,
    models: {
      direct_pull_out: 'Directo (fuera del aula)',
      push_in: 'Dentro del aula / integrado',
      consultation: 'Consulta',
      combined: 'Combinado',
    },
    periods: { week: 'semana', month: 'mes' },
    groupings: { individual: 'Sesión individual', group: 'En grupo' },
    providers: {
      ot: 'Terapeuta ocupacional',
      ota_supervised: 'Asistente de terapia ocupacional, supervisado por la terapeuta',
      teacher_supervised: 'Docente, con supervisión estrecha de la terapeuta',
      aide_supervised: 'Auxiliar, con supervisión estrecha de la terapeuta',
    },
  },
  accommodations: {
    heading: 'Adaptaciones y equipo',
    none: 'No hay adaptaciones ni equipo.',
    kinds: { accommodation: 'Adaptación', equipment: 'Equipo' },
  },
  transition: {
    heading: 'Metas de transición',
    none: 'No hay metas de transición.',
    number: (n) => `Meta de transición ${n}`,
    goal: 'Meta',
    areas: { education: 'Estudios posteriores', employment: 'Empleo', independent_living: 'Vida independiente' },
  },
  team: { heading: 'Equipo', none: 'No hay miembros del equipo.' },
  consent: { excluded: (who) => `SIN CONSENTIMIENTO: ${who} no dio su consentimiento para este punto.` },
  roles: {
    parent: 'Padre, madre o tutor',
    teacher: 'Maestro o maestra',
    ot: 'Terapeuta ocupacional',
    ota: 'Asistente de terapia ocupacional',
    admin: 'Administrador o administradora',
  },
  attendance: {
    heading: 'Asistencia a la reunión',
    none: 'No hay asistencia a reuniones registrada para esta versión.',
    how: 'Asistió',
    joined: 'Llegó',
    left: 'Se fue',
    interpreter: 'Intérprete',
    modes: { in_person: 'En persona', video: 'Por video', phone: 'Por teléfono' },
  },
  signatures: {
    heading: 'Firmas',
    none: 'Esta versión no tiene firmas.',
    typedName: 'Nombre escrito',
    decision: 'Decisión',
    decisions: {
      approve: 'Aprueba',
      consent: 'Da su consentimiento',
      consent_in_part: 'Da su consentimiento en parte',
      no_consent: 'No da su consentimiento',
    },
    excluded: 'Sin consentimiento para',
    reason: 'Motivo',
    signedAt: 'Firmada',
    voided: 'Anulada',
    otherHash: 'Huella firmada (distinta de la de esta versión)',
  },
  revocations: {
    heading: 'Revocaciones del consentimiento',
    none: 'No se ha revocado ningún consentimiento.',
    reason: 'Motivo',
    revokedAt: 'Revocado',
  },
};

export const PDF_LABELS: Record<PdfLocale, PdfLabels> = { en, es };

/**
 * Every label in two languages, "Name / Nombre": the bilingual printout, the first language
 * first (English for `?lang=bilingual`, the family's for a Spanish printout with English beside it). Functions call both and join their results the same way.
 */
export function bilingualLabels(first: PdfLabels, second: PdfLabels): PdfLabels {
  return joinLabels(first, second) as PdfLabels;
}

function joinLabels(a: unknown, b: unknown): unknown {
  if (typeof a === 'string' && typeof b === 'string') return a === b ? a : `${a} / ${b}`;
  if (typeof a === 'function' && typeof b === 'function') {
    const [f, g] = [a as (...args: unknown[]) => unknown, b as (...args: unknown[]) => unknown];
    return (...args: unknown[]): unknown => joinLabels(f(...args), g(...args));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(a)) out[key] = joinLabels(value, (b as Record<string, unknown>)[key]);
    return out;
  }
  return a;
}

/** A label for a stored code, or the code itself when the table does not know it yet. */
export function labelOf(table: Record<string, string>, code: string | null | undefined): string | null {
  if (code === null || code === undefined || code === '') return null;
  return table[code] ?? code;
}
