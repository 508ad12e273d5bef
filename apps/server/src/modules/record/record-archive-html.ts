import type { AccessLogEntry, Role, ThreadDto } from '@iep/shared';
import { en } from '../mail/i18n/en';
import { mailT, type MailKey, type MailLocale, type MailT } from '../mail/i18n/mail-i18n';
import { mailMoment } from '../mail/mail-format';
import { block, escapeHtml } from '../mail/mail-render';
import { digestParagraphs, partWords } from '../mail/meeting-digest-text';
import type { ArchivedMeeting } from '../meetings/meeting-archive';
import { meetingDigest } from '../meetings/meeting-summary-text';

/** What every page of the family's archive is written for: their language and the district's zone. */
export interface ArchivePage {
  locale: MailLocale;
  timeZone: string;
  studentName: string;
  /** The plan's kind in words ("IEP", "504 plan"), for the per-plan pages. */
  plan?: string;
}

const has = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.prototype.hasOwnProperty.call(table, key);

/** An audit action code in words: the action's own words, else its kind's, never the code. */
export function actionWords(code: string, t: MailT): string {
  const key = code.replace(/\./g, '_');
  if (has(en.archive.actions, key)) return t(`archive.actions.${key}` as MailKey);
  const group = `other_${code.split('.')[0] ?? ''}`;
  return t(has(en.archive.actions, group) ? (`archive.actions.${group}` as MailKey) : 'archive.actions.other');
}

function page(p: ArchivePage, title: string, body: string[]): string {
  return [
    `<!doctype html><html lang="${p.locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`,
    '<style>body{font-family:sans-serif;line-height:1.5;color:#1a1b1e;max-width:60rem;margin:2rem auto;padding:0 1rem}',
    'table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}',
    'article{border-top:1px solid #ccc;margin-top:1.5rem}.muted{color:#555}</style></head><body>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="muted">${escapeHtml(mailT(p.locale)('archive.timesIn', { zone: p.timeZone }))}</p>`,
    ...body,
    '</body></html>',
    '',
  ].join('\n');
}

const when = (iso: string, p: ArchivePage): string => mailMoment(new Date(iso), p.locale, p.timeZone);
const roleWords = (role: Role | null, t: MailT): string => (role ? t(`roles.${role}`) : '');

/** access-log.html: who saw or changed the record, when and what, in words. */
export function accessLogHtml(entries: AccessLogEntry[], p: ArchivePage): string {
  const t = mailT(p.locale);
  const title = t('archive.accessLog.title', { student: p.studentName });
  if (entries.length === 0) return page(p, title, [`<p>${escapeHtml(t('archive.accessLog.none'))}</p>`]);
  const head = (['when', 'who', 'what'] as const).map(
    (k) => `<th scope="col">${escapeHtml(t(`archive.accessLog.${k}`))}</th>`,
  );
  const rows = entries.map((e) => {
    const who = e.actorName
      ? `${e.actorName}${e.actorRole ? `, ${roleWords(e.actorRole, t)}` : ''}`
      : e.actorId
        ? t('archive.unknownPerson')
        : t('archive.accessLog.unknown');
    const cells = [when(e.at, p), who, actionWords(e.action, t)].map((c) => `<td>${escapeHtml(c)}</td>`);
    return `<tr>${cells.join('')}</tr>`;
  });
  return page(p, title, [
    `<p>${escapeHtml(t('archive.accessLog.intro'))}</p>`,
    `<table><thead><tr>${head.join('')}</tr></thead><tbody>`,
    ...rows,
    '</tbody></table>',
  ]);
}

/** comments.html: each thread the reader may see, where it is, its state, and every comment. */
export function commentsHtml(threads: ThreadDto[], p: ArchivePage): string {
  const t = mailT(p.locale);
  const title = t('archive.comments.title', { student: p.studentName, plan: p.plan ?? '' });
  if (threads.length === 0) return page(p, title, [`<p>${escapeHtml(t('archive.comments.none'))}</p>`]);
  const articles = threads.map((th) => {
    const state = t(th.resolvedAt ? 'archive.comments.state.resolved' : 'archive.comments.state.open');
    const comments = th.comments.map((c) => {
      const by = t('archive.comments.by', {
        name: c.author.name,
        role: roleWords(c.author.role, t),
        when: when(c.createdAt, p),
      });
      const body = c.body === null || c.deletedAt ? t('archive.comments.deleted') : c.body;
      return `<li><p class="muted">${escapeHtml(by)}</p>${block(body)}</li>`;
    });
    return [
      `<article><h2>${escapeHtml(t('archive.comments.thread', { part: partWords(th.part, t) }))} (${escapeHtml(state)})</h2>`,
      th.quote ? `<blockquote>${escapeHtml(th.quote)}</blockquote>` : '',
      `<ol>${comments.join('')}</ol></article>`,
    ].join('\n');
  });
  return page(p, title, articles);
}

/** meetings.html: each meeting, its status, its summary (who attended, decisions, what is open) and notes. */
export function meetingsHtml(meetings: ArchivedMeeting[], p: ArchivePage): string {
  const t = mailT(p.locale);
  const title = t('archive.meetings.title', { student: p.studentName, plan: p.plan ?? '' });
  if (meetings.length === 0) return page(p, title, [`<p>${escapeHtml(t('archive.meetings.none'))}</p>`]);
  const articles = meetings.map(({ meeting: m, notes }) => {
    const at = m.startedAt ?? m.scheduledFor;
    const status = t('archive.meetings.statusLine', { status: t(`archive.meetings.status.${m.status}`) });
    const body = m.summary
      ? digestParagraphs(meetingDigest(m.summary, notes, null), t).map(block)
      : [block(t('archive.meetings.pending')), ...(notes ? [block(`${t('summary.notes')}\n${notes}`)] : [])];
    return [
      `<article><h2>${escapeHtml(t('archive.meetings.heading', { when: when(at, p) }))}</h2>`,
      `<p class="muted">${escapeHtml(status)}</p>`,
      ...body,
      '</article>',
    ].join('\n');
  });
  return page(p, title, articles);
}
