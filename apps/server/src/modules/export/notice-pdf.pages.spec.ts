import { PROCEDURAL_SAFEGUARDS, type NoticeLocale } from '@iep/shared';
import { renderPages } from '../../test/pdf-pages';
import { flatten, pdfStructure } from '../../test/pdf-structure';
import { tinyPng } from '../../test/tiny-png';
import { pdfPageCount, pdfText } from './pdf-text';
import { renderNoticePdf, type NoticePdfInput } from './notice-pdf';

const squash = (s: string): string => s.replace(/\s+/g, '');

/** The notice Mateo's family gets after the team refused more OT minutes, issued and acknowledged. */
function issuedNotice(locale: NoticeLocale, overrides: Partial<NoticePdfInput['notice']> = {}): NoticePdfInput {
  return {
    locale,
    letterhead: {
      name: 'Riverside Unified School District',
      address: '200 Main Street\nRiverside, NY 10001',
      timeZone: 'America/Chicago',
      logo: tinyPng(48),
    },
    student: {
      name: 'Mateo Reyes',
      dateOfBirth: new Date('2018-03-14T00:00:00Z'),
      grade: '2',
      school: 'Lincoln Elementary',
    },
    notice: {
      id: '6f1c1f0e-3b5a-4a52-9d7e-6a0c2b1f9e01',
      issued: true,
      trigger: 'proposal_rejected',
      action: 'refuses',
      description: 'The school refuses to increase OT from 30 to 60 minutes weekly.',
      reasons: 'Mateo meets his handwriting goals with 30 minutes weekly and classroom strategies.',
      options: [
        { option: '60 minutes weekly, pull-out', whyRejected: 'It would take Mateo out of class twice as long.' },
        { option: 'Consultation only', whyRejected: 'Mateo still needs direct practice with the slant board.' },
      ],
      dataUsed: 'OT evaluation of October 2026; present levels: copies a 5-word sentence legibly in 3 of 5 trials.',
      otherFactors: 'The family asked for more minutes at the meeting of November 21, 2026.',
      safeguards: PROCEDURAL_SAFEGUARDS[locale],
      issuedAt: new Date('2026-11-21T10:00:00Z'),
      issuedBy: { name: 'Olivia Torres', role: 'ot' },
      receipts: [{ name: 'Paula Reyes', acknowledgedAt: new Date('2026-11-22T15:30:00Z') }],
      ...overrides,
    },
  };
}

/** PNG width in pixels, from its IHDR chunk. */
const pngWidth = (png: Buffer): number => png.readUInt32BE(16);

describe('the printed Prior Written Notice (rendered to images)', () => {
  it('prints the refusal, its reasons, the options rejected, the data, the rights and the receipt, in English', async () => {
    const pdf = await renderNoticePdf(issuedNotice('en'), { compress: false });
    const text = pdfText(pdf);
    expect(text).toContain('Riverside Unified School District');
    expect(text).toContain('Prior Written Notice');
    expect(text).toContain('Issued to the family on November 21, 2026 at 04:00 CST');
    expect(text).toContain('What the school refuses');
    expect(squash(text)).toContain(squash('Other options the team considered, and why they were rejected'));
    expect(squash(text)).toContain(squash('1. 60 minutes weekly, pull-out'));
    expect(squash(text)).toContain(squash('Why rejected: Mateo still needs direct practice'));
    expect(text).toContain('Your rights (procedural safeguards)');
    expect(squash(text)).toContain(
      squash('Paula Reyes acknowledged receiving this notice on November 22, 2026 at 09:30 CST.'),
    );
    expect(text).not.toContain('DRAFT');

    const pages = renderPages(pdf, 'notice-en');
    expect(pages).toHaveLength(pdfPageCount(pdf));
    for (const png of pages) expect(pngWidth(png)).toBe(816);
  });

  it('prints the same notice in Spanish for a Spanish-speaking family, and a draft watermarked as not issued', async () => {
    const es = await renderNoticePdf(issuedNotice('es'), { compress: false });
    const text = pdfText(es);
    expect(text).toContain('Aviso Previo por Escrito');
    expect(text).toContain('Lo que la escuela rechaza');
    expect(squash(text)).toContain(squash('Sus derechos (garantías procesales)'));
    expect(squash(text)).toContain(squash('Por qué se rechazó'));
    expect(text).not.toContain('What the school');
    expect(renderPages(es, 'notice-es')).toHaveLength(pdfPageCount(es));

    const draft = await renderNoticePdf(
      issuedNotice('es', { issued: false, issuedAt: null, issuedBy: null, receipts: [] }),
      { compress: false },
    );
    const draftText = pdfText(draft);
    expect(draftText).toContain('BORRADOR — NO ENTREGADO');
    expect(draftText).not.toContain('Acuse de recibo');
    expect(renderPages(draft, 'notice-es-draft')).toHaveLength(pdfPageCount(draft));
  });

  it('is tagged for a screen reader: language, title, the notice as H1, its parts as H2, the options as a list', async () => {
    const s = pdfStructure(await renderNoticePdf(issuedNotice('en'), { compress: false }));
    expect(s.marked).toBe(true);
    expect(s.lang).toBe('en');
    expect(s.title).toBe('Prior Written Notice — Mateo Reyes');
    expect(s.displayDocTitle).toBe(true);
    const nodes = flatten(s.tree);
    expect(nodes.filter((n) => n.type === 'H1').map((n) => n.text)).toEqual(['Prior Written Notice']);
    const h2 = nodes.filter((n) => n.type === 'H2').map((n) => n.text);
    expect(h2).toContain('What the school refuses');
    expect(h2.indexOf('What the school refuses')).toBeLessThan(h2.indexOf('Your rights (procedural safeguards)'));
    const options = nodes.find((n) => n.type === 'L');
    expect(options?.kids.map((k) => k.type)).toEqual(['LI', 'LI']);
    expect(flatten(options?.kids ?? []).map((n) => n.text)).toContain('1. 60 minutes weekly, pull-out');
    expect(nodes.some((n) => /Page \d+ of \d+/.test(n.text))).toBe(false);
    expect(s.unmarked.flat()).toEqual([]);
  });
});
