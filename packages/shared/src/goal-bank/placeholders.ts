/**
 * Blanks in goal templates.
 *
 * In the template text a blank is written `{{name}}`; once a template is instantiated for the team the
 * blank is shown as `[[name]]` (the marker the section checks treat as "still to be filled"), and
 * `fillBlanks` replaces `[[name]]` with the team's value.
 *
 * Names come from the fixed vocabulary below: the template schema rejects any other name, and a test
 * checks that every name in the vocabulary is used by at least one template. To add a name, add it here
 * with its English and Spanish description.
 */
export const GOAL_PLACEHOLDERS = {
  student: { en: "the student's first name", es: 'el nombre del estudiante' },
  date: {
    en: 'the target date, usually the annual IEP review date',
    es: 'la fecha meta, por lo general la de la revisión anual del IEP',
  },
  setting: {
    en: 'a school place, such as the cafeteria, the gym or an assembly',
    es: 'un lugar de la escuela, como la cafetería, el gimnasio o una asamblea',
  },
  tool: {
    en: 'the tool or equipment the team chose, such as loop scissors or a pencil grip',
    es: 'la herramienta o el equipo que escogió el equipo, como tijeras adaptadas o un adaptador para lápiz',
  },
  activity: {
    en: 'a class or school activity, such as PE, music or art',
    es: 'una clase o actividad escolar, como educación física, música o arte',
  },
  interest: {
    en: "the student's job, study or living interest",
    es: 'el interés del estudiante en un trabajo, estudio o forma de vida',
  },
  baseline_count: {
    en: 'how many (times, items, days) the student does it now',
    es: 'cuántas veces, cosas o días lo hace ahora el estudiante',
  },
  baseline_percent: {
    en: 'the percent the student reaches now (number only)',
    es: 'el porcentaje que logra ahora el estudiante (solo el número)',
  },
  baseline_minutes: {
    en: 'how many minutes the student keeps it up now',
    es: 'cuántos minutos lo mantiene ahora el estudiante',
  },
  baseline_words: {
    en: 'how many words the student writes or copies now',
    es: 'cuántas palabras escribe o copia ahora el estudiante',
  },
  baseline_trials: {
    en: 'in how many of 5 trials the student succeeds now',
    es: 'en cuántos de 5 intentos lo logra ahora el estudiante',
  },
  baseline_steps: {
    en: 'how many steps of the routine the student does alone now',
    es: 'cuántos pasos de la rutina hace ahora el estudiante sin ayuda',
  },
} as const satisfies Record<string, { en: string; es: string }>;

export type PlaceholderName = keyof typeof GOAL_PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(GOAL_PLACEHOLDERS) as PlaceholderName[];

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.hasOwn(GOAL_PLACEHOLDERS, name);
}

/** `{{name}}` in template text. */
export const TEMPLATE_BLANK = /\{\{([a-z][a-z0-9_]*)\}\}/g;
/** `[[name]]` in instantiated text. */
export const BLANK_MARKER = /\[\[([a-z][a-z0-9_]*)\]\]/g;

function namesMatching(text: string, pattern: RegExp): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(pattern)) {
    const name = m[1];
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Names of the `{{name}}` blanks in template text, in order of first appearance, each once. */
export function templateBlanks(text: string): string[] {
  return namesMatching(text, TEMPLATE_BLANK);
}

/** Names of the `[[name]]` blanks still to be filled in instantiated text, in order, each once. */
export function listBlanks(text: string): string[] {
  return namesMatching(text, BLANK_MARKER);
}

/** Turns the template's `{{name}}` blanks into visible `[[name]]` markers. */
export function markBlanks(templateText: string): string {
  return templateText.replace(TEMPLATE_BLANK, (_m, name: string) => `[[${name}]]`);
}

/**
 * Replaces each `[[name]]` marker with `values[name]`. Markers without a value (missing, empty or
 * only spaces) stay in place, so they remain visible as blanks; inserted values are never re-scanned.
 */
export function fillBlanks(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(BLANK_MARKER, (marker, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value !== undefined && value.trim() !== '' ? value : marker;
  });
}
