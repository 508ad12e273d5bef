import type { MailLocale } from './i18n/mail-i18n';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One paragraph as HTML: a heading line followed by "- " lines becomes a list. */
export function block(p: string): string {
  const lines = p.split('\n');
  const items = lines.filter((l) => l.startsWith('- '));
  if (items.length > 0 && items.length === lines.length - 1 && !lines[0]?.startsWith('- '))
    return `<p>${escapeHtml(lines[0] ?? '')}</p>\n<ul>${items.map((l) => `<li>${escapeHtml(l.slice(2))}</li>`).join('')}</ul>`;
  return `<p>${lines.map(escapeHtml).join('<br>')}</p>`;
}

/** A paragraph of text ("- " lines after a heading line make a list), or a link on a line of its own. */
export type MailBlock = string | { label: string; href: string };

const linkText = (l: { label: string; href: string }): string => (l.label === '' ? l.href : `${l.label}: ${l.href}`);
const linkHtml = (l: { label: string; href: string }): string =>
  `<p><a href="${escapeHtml(l.href)}">${escapeHtml(l.label === '' ? l.href : l.label)}</a></p>`;

/**
 * A mail's two parts from the same blocks: plain text, and HTML in the reader's language with lists
 * kept as lists and links as links. A link's address may be a one-time link's slot, which delivery
 * fills in both parts.
 */
export function renderMail(locale: MailLocale, subject: string, blocks: MailBlock[]): RenderedMail {
  const kept = blocks.filter((b) => b !== '');
  const text = kept.map((b) => (typeof b === 'string' ? b : linkText(b))).join('\n\n');
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1a1b1e">',
    ...kept.map((b) => (typeof b === 'string' ? block(b) : linkHtml(b))),
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

/** PUBLIC_URL, else this server's own address (development), without a trailing slash. */
export function publicBase(config: { publicUrl?: string | null; port: number }): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
}
