import { flatten, pdfStructure, type StructNode } from '../../test/pdf-structure';
import { tinyPng } from '../../test/tiny-png';
import { renderSectionPdf, type SectionPdfInput } from './section-pdf';
import { input, snapshot } from './section-pdf.fixture';

/** Mateo's approved section on the district's letterhead, as the family receives it. */
function approved(overrides: Partial<SectionPdfInput> = {}): SectionPdfInput {
  return input({
    final: true,
    letterhead: {
      name: 'Riverside Unified School District',
      address: '200 Main Street',
      timeZone: 'America/Chicago',
      logo: tinyPng(48),
    },
    ...overrides,
  });
}

const headings = (tree: StructNode[]): string[] =>
  flatten(tree)
    .filter((n) => n.type !== null && /^H[1-3]$/.test(n.type))
    .map((n) => `${n.type ?? ''} ${n.text}`);

const ofType = (tree: StructNode[], type: string): StructNode[] => flatten(tree).filter((n) => n.type === type);

describe('the printed section for a screen reader (tagged PDF)', () => {
  it('is marked, names its language and title, and shows the title rather than the file name', async () => {
    const s = pdfStructure(await renderSectionPdf(approved(), { compress: false }));
    expect(s.marked).toBe(true);
    expect(s.lang).toBe('en');
    expect(s.title).toBe('Occupational therapy section — IEP — Mateo Reyes — v3');
    expect(s.displayDocTitle).toBe(true);
    expect(s.tree.map((n) => n.type)).toEqual(['Document']);
  });

  it('draws nothing untagged: every text, image and rule is either content in the tree or an artifact', async () => {
    for (const final of [true, false]) {
      const s = pdfStructure(await renderSectionPdf(approved({ final }), { compress: false }));
      expect(s.unmarked.length).toBeGreaterThan(1);
      expect(s.unmarked.flat()).toEqual([]);
    }
  });

  it('holds one H1, then the parts as H2 in printed order, each goal as an H3 under Goals', async () => {
    const order = headings(pdfStructure(await renderSectionPdf(approved(), { compress: false })).tree);
    expect(order.filter((h) => h.startsWith('H1'))).toEqual(['H1 Occupational therapy section — IEP']);
    expect(order[0]).toBe('H1 Occupational therapy section — IEP');
    const parts = [
      'H2 Student',
      'H2 Plan',
      'H2 Version',
      'H2 Team',
      'H2 Present levels',
      'H2 Goals',
      'H3 Goal 1',
      'H3 Goal 2',
      'H2 Services',
      'H2 Accommodations and equipment',
      'H2 Signatures',
    ];
    const at = parts.map((h) => order.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('tags the service grid as a table: a header row of TH cells naming the columns, one TD row per service', async () => {
    const tree = pdfStructure(await renderSectionPdf(approved(), { compress: false })).tree;
    const [table, ...others] = ofType(tree, 'Table');
    expect(others).toHaveLength(0);
    const rows = table?.kids ?? [];
    expect(rows.map((r) => r.type)).toEqual(['TR', 'TR']);
    const [header, service] = rows;
    expect(header?.kids.map((c) => `${c.type ?? ''} ${c.text}`)).toEqual(
      [
        'Service',
        'Delivery model',
        'How often',
        'Minutes per session',
        'Location',
        'Group or individual',
        'Provider',
        'Start',
        'End',
      ].map((label) => `TH ${label}`),
    );
    expect(header?.kids.every((c) => c.scope === 'Column')).toBe(true);
    expect(service?.kids.every((c) => c.type === 'TD')).toBe(true);
    expect(service?.kids.map((c) => c.text)).toContain('2 times a week');
  });

  it('repeats the grid’s header on a new page as an artifact, so the table still has one header row', async () => {
    const many = snapshot(2);
    const service = many.structure.services[0];
    if (!service) throw new Error('fixture has a service');
    many.structure.services = Array.from({ length: 40 }, (_, i) => ({ ...service, id: `s${i}`, position: i }));
    const pdf = pdfStructure(
      await renderSectionPdf(approved({ version: { ...input().version, snapshot: many } }), { compress: false }),
    );
    const tree = pdf.tree;
    const rows = ofType(tree, 'Table')[0]?.kids ?? [];
    expect(rows).toHaveLength(41);
    expect(rows.filter((r) => r.kids.some((c) => c.type === 'TH'))).toHaveLength(1);
    expect(pdf.unmarked.flat()).toEqual([]);
  });

  it('gives the logo alternative text, tags lists as lists, and leaves footers and the watermark out', async () => {
    const draft = await renderSectionPdf(approved({ final: false }), { compress: false });
    const tree = pdfStructure(draft).tree;
    expect(ofType(tree, 'Figure').map((f) => f.alt)).toEqual(['Logo of Riverside Unified School District']);
    const lists = ofType(tree, 'L');
    expect(lists.length).toBeGreaterThan(0);
    const bullets = lists[0]?.kids ?? [];
    expect(bullets.map((li) => li.type)).toEqual(['LI', 'LI']);
    expect(bullets[0]?.kids.map((k) => k.type)).toEqual(['Lbl', 'LBody']);
    expect(flatten(bullets).map((n) => n.text)).toContain('Holds a pencil with a fisted grasp');
    const texts = flatten(tree).map((n) => n.text);
    expect(texts.some((t) => /Page \d+ of \d+/.test(t))).toBe(false);
    expect(texts.some((t) => t.includes('DRAFT — NOT FINAL'))).toBe(false);
    // The status line under the title is content; the watermark repeating it is not.
    expect(texts).toContain('Draft — not final');
  });

  it('names Spanish as the language of a Spanish printout', async () => {
    const s = pdfStructure(await renderSectionPdf(approved({ locale: 'es' }), { compress: false }));
    expect(s.lang).toBe('es');
    expect(s.marked).toBe(true);
    expect(headings(s.tree)).toContain('H2 Estudiante');
  });
});
