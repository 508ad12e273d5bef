import type { MeetingDigest } from '@iep/shared';
import { en } from './i18n/en';
import type { MailKey, MailT } from './i18n/mail-i18n';

const has = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.prototype.hasOwnProperty.call(table, key);

/** A compliance check in words (an agenda item's title is its code). */
export function checkWords(code: string, t: MailT): string {
  return t(has(en.checks, code) ? (`checks.${code}` as MailKey) : 'checks.other');
}

/** "goals/9f76…/criterion" -> "goals": the part in words, never an id. */
export function partWords(part: string, t: MailT): string {
  const root = part.split('/')[0] ?? '';
  return t(has(en.parts, root) && root !== 'other' ? (`parts.${root}` as MailKey) : 'parts.other');
}

const list = (lines: string[], none: string): string[] =>
  lines.length > 0 ? lines.map((l) => `- ${l}`) : [`- ${none}`];

/** The summary as paragraphs (a heading line and its "- " items): who attended, what was decided, what is open, the notes. */
export function digestParagraphs(d: MeetingDigest, t: MailT): string[] {
  const people = d.attendance.map((a) =>
    a.excused
      ? t('summary.excused', { name: a.name, role: t(`roles.${a.role}`) })
      : t('summary.attendee', { name: a.name, role: t(`roles.${a.role}`), count: a.minutes }),
  );
  const decided = d.decisions.map((x) => t('decisions.line', { kind: t(`decisions.${x.kind}`), title: x.title }));
  const open = d.open.map((item) => {
    const title = item.kind === 'check' ? checkWords(item.title, t) : item.title;
    const kind = t(`agenda.${item.kind}`);
    return item.part
      ? t('agenda.lineIn', { kind, title, part: partWords(item.part, t) })
      : t('agenda.line', { kind, title });
  });
  return [
    [t('summary.attended'), ...list(people, t('summary.nobody'))].join('\n'),
    [t('summary.decided'), ...list(decided, t('summary.noDecisions'))].join('\n'),
    [t('summary.open'), ...list(open, t('summary.nothingOpen'))].join('\n'),
    [t('summary.notes'), d.notes === '' ? `- ${t('summary.noNotes')}` : d.notes].join('\n'),
  ];
}
