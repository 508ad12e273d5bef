import { renderPages } from '../../test/pdf-pages';
import { tinyPng } from '../../test/tiny-png';
import { pdfPageCount, pdfText } from './pdf-text';
import { renderSectionPdf, type SectionPdfInput } from './section-pdf';
import { input, snapshot } from './section-pdf.fixture';

const squash = (s: string): string => s.replace(/\s+/g, '');

/** A school document: Mateo's approved section on the district's letterhead, with a partial consent. */
function schoolDocument(overrides: Partial<SectionPdfInput> = {}): SectionPdfInput {
  const base = input();
  const structure = snapshot(3).structure;
  return {
    ...base,
    final: true,
    letterhead: {
      name: 'Riverside Unified School District',
      address: '200 Main Street\nRiverside, NY 10001',
      timeZone: 'America/Chicago',
      logo: tinyPng(48),
    },
    version: {
      ...base.version,
      name: 'Frozen for sign-off',
      reason: 'request_signoff',
      snapshot: {
        ...base.version.snapshot,
        structure: {
          ...structure,
          services: [
            ...structure.services,
            {
              id: 's2',
              position: 1,
              model: 'consultation',
              frequency: 1,
              period: 'month',
              minutes: 20,
              grouping: 'group',
              location: 'Classroom 12',
              provider: 'ota_supervised',
              startDate: '2026-09-01',
              endDate: '2027-06-15',
            },
          ],
        },
      },
    },
    signatures: (base.signatures ?? []).map((s) =>
      s.decision === 'consent_in_part' ? { ...s, excludedItems: [{ ref: 'goals/g1', label: 'Goal 2' }] } : s,
    ),
    ...overrides,
  };
}

/** PNG width in pixels, from its IHDR chunk. */
const pngWidth = (png: Buffer): number => png.readUInt32BE(16);

describe('the printed section as a school document (rendered to images)', () => {
  it('prints the letterhead, the service grid, consent marks and times in the district’s zone, in English', async () => {
    const pdf = await renderSectionPdf(schoolDocument(), { compress: false });
    const text = pdfText(pdf);
    expect(text).toContain('Riverside Unified School District');
    expect(text).toContain('Riverside, NY 10001');
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
    expect(text).toContain('Times are shown in the America/Chicago time zone.');
    // 10:00 UTC is 04:00 in Chicago in November.
    expect(text).toContain('November 21, 2026 at 04:00 CST');
    expect(text).not.toContain('UTC');
    // The excluded goal is marked where it stands, under its own heading.
    expect(squash(text)).toContain(squash('Goal 2 NO CONSENT: Paula M. Reyes did not consent to this item.'));
    expect(squash(text)).toContain(squash('Service Delivery model How often Minutes per session Location'));
    expect(squash(text)).toContain(squash('Consultation'));
    expect(squash(text)).toContain(squash('1 time a month'));

    const pages = renderPages(pdf, 'section-en');
    expect(pages).toHaveLength(pdfPageCount(pdf));
    for (const png of pages) expect(pngWidth(png)).toBe(816);
  });

  it('prints the same document in Spanish for a Spanish-speaking family, and both languages when asked', async () => {
    const es = await renderSectionPdf(schoolDocument({ locale: 'es' }), { compress: false });
    const text = pdfText(es);
    expect(text).toContain('Definitivo — aprobado por el equipo');
    expect(text).toContain('Las horas se muestran en la zona horaria America/Chicago.');
    expect(squash(text)).toContain(squash('SIN CONSENTIMIENTO: Paula M. Reyes no dio su consentimiento'));
    expect(squash(text)).toContain(squash('Terapia ocupacional'));
    expect(text).not.toContain('Delivery model');
    expect(renderPages(es, 'section-es')).toHaveLength(pdfPageCount(es));

    const both = await renderSectionPdf(schoolDocument({ locale: 'es', bilingual: true }), { compress: false });
    const bilingual = pdfText(both);
    expect(bilingual).toContain('Definitivo — aprobado por el equipo / Final — approved by the team');
    expect(squash(bilingual)).toContain(squash('Modalidad / Delivery model'));
    expect(renderPages(both, 'section-es-bilingual')).toHaveLength(pdfPageCount(both));
  });

  it('prints “English / Español” for every heading and fixed label when asked for both, the team’s words as typed', async () => {
    const pdf = await renderSectionPdf(schoolDocument({ locale: 'en', bilingual: true }), { compress: false });
    const text = pdfText(pdf);
    expect(text).toContain('Final — approved by the team / Definitivo — aprobado por el equipo');
    expect(text).toContain('Student / Estudiante');
    expect(squash(text)).toContain(squash('Delivery model / Modalidad'));
    expect(squash(text)).toContain(squash('Page 1 of'));
    // What the team typed is not translated, and not doubled.
    expect(text).toContain('Mateo enjoys building with blocks.');
    expect(text).not.toContain('Mateo enjoys building with blocks. /');
    expect(squash(text)).toContain(squash('OT room'));

    const pages = renderPages(pdf, 'section-bilingual');
    expect(pages).toHaveLength(pdfPageCount(pdf));
    for (const png of pages) expect(pngWidth(png)).toBe(816);
  });
});
