import { EDITOR_SAMPLE, type RichTextNode } from '@iep/shared';
import { pdfPageCount, pdfText, pdfTextLines } from './pdf-text';
import { renderSectionPdf } from './section-pdf';
import { HASH, doc, input, p, snapshot } from './section-pdf.fixture';

/** Whitespace-insensitive: a long value may wrap over two drawn lines. */
const squash = (s: string): string => s.replace(/\s+/g, '');

describe('renderSectionPdf', () => {
  it('prints the student, the goals, the signatures and the hash of a draft, marked as a draft on every page', async () => {
    const pdf = await renderSectionPdf(input(), { compress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let n = 1; n <= pages; n++) expect(text).toContain(`Page ${n} of ${pages}`);
    expect(text).not.toContain(`Page ${pages + 1} of`);

    expect(text).toContain('Mateo Reyes');
    expect(text).toContain('in 4 of 5 trials');
    expect(text).toContain('Paula M. Reyes');
    expect(text).toContain('Consents in part');
    expect(text).toContain('Service 1');
    expect(text).toContain('The goals were edited');
    expect(text).toContain('Changed our mind');
    expect(text).toContain('No meeting attendance recorded for this version.');
    expect(text).toContain('Holds a pencil with a fisted grasp');
    expect(text).toContain('Mateo enjoys building with blocks.');
    expect(text).toContain('Le cuesta abrocharse el abrigo — his mother worries about recess.');
    // The service grid's cells wrap within their columns.
    for (const cell of ['Direct (pull-out)', '2 times a week', 'OT room', 'Individual', 'September 1, 2026'])
      expect(squash(text)).toContain(squash(cell));
    // The hash is in the body and in every footer.
    expect(text.split(`Content hash (SHA-256): ${HASH}`).length - 1).toBe(pages);
    expect(squash(text)).toContain(HASH);

    // One watermark per page, plus the line under the title.
    expect(text.split('DRAFT — NOT FINAL').length - 1).toBe(pages);
    expect(pdfTextLines(pdf)[1]).toBe('Draft — not final');
  });

  it('prints no draft marking on the approved version', async () => {
    const pdf = await renderSectionPdf(input({ final: true }), { compress: false });
    const text = pdfText(pdf);
    expect(text).toContain('Final — approved by the team');
    expect(text).not.toMatch(/draft/i);
    expect(text).toContain(HASH);
  });

  it('adds pages as the plan grows and numbers every one of them', async () => {
    const short = pdfPageCount(await renderSectionPdf(input(), { compress: false }));
    const long = await renderSectionPdf(input({ version: { ...input().version, snapshot: snapshot(25) } }), {
      compress: false,
    });
    const pages = pdfPageCount(long);
    expect(pages).toBeGreaterThan(short);
    expect(pdfText(long)).toContain(`Page ${pages} of ${pages}`);
    expect(pdfText(long)).toContain('in 24 of 5 trials over two weeks');
  });

  it('says one status on every page: the footers repeat the heading, never a workflow step name', async () => {
    const frozen = { ...input().version, name: 'Frozen for sign-off', reason: 'request_signoff' };
    for (const final of [true, false]) {
      const pdf = await renderSectionPdf(input({ final, version: frozen }), { compress: false });
      const status = final ? 'Final — approved by the team' : 'Draft — not final';
      const footers = pdfTextLines(pdf).filter((l) => l.includes('— Mateo Reyes — v3'));
      expect(footers).toHaveLength(pdfPageCount(pdf));
      for (const footer of footers) expect(footer).toBe(`${status} — Mateo Reyes — v3`);
      expect(pdfText(pdf)).not.toContain('v3 Frozen');
    }
  });

  it('shortens a long student name in the footer without losing the status', async () => {
    const name = `MATEO ${'ALEJANDRO '.repeat(14)}REYES`;
    const lines = pdfTextLines(
      await renderSectionPdf(input({ student: { ...input().student, name } }), { compress: false }),
    );
    const footers = lines.filter((l) => l.startsWith('Draft — not final — MATEO ALEJANDRO'));
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) expect(footer).toMatch(/…$/);
  });

  it('labels the document in Spanish for a Spanish-speaking reader', async () => {
    const text = pdfText(await renderSectionPdf(input({ locale: 'es' }), { compress: false }));
    expect(text).toContain('BORRADOR — NO DEFINITIVO');
    expect(text).toContain('Nivel inicial');
    expect(text).toContain('Da su consentimiento en parte');
    expect(text).toContain('No hay asistencia a reuniones registrada para esta versión.');
    expect(text).toMatch(/Página 1 de \d+/);
  });

  it('prints attendance when there is some, and survives characters the built-in fonts lack', async () => {
    const version = input().version;
    const pdf = await renderSectionPdf(
      input({
        attendance: [
          {
            name: 'Paula Reyes',
            role: 'parent',
            how: 'video',
            joinedAt: new Date('2026-12-01T15:00:00Z'),
            leftAt: null,
            interpreter: 'Spanish',
          },
        ],
        version: {
          ...version,
          snapshot: {
            ...version.snapshot,
            content: { ...version.snapshot.content, homeStrategies: doc(p('Practice\tbuttons 🧥 daily ≥ 5 min')) },
          },
        },
      }),
      { compress: false },
    );
    const text = pdfText(pdf);
    expect(text).toContain('By video');
    expect(text).toContain('Spanish');
    expect(text).toContain('Practice buttons ? daily >= 5 min');
  });

  it('compresses by default, with the same text inside', async () => {
    const pdf = await renderSectionPdf(input());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/FlateDecode');
    expect(pdf.length).toBeLessThan((await renderSectionPdf(input(), { compress: false })).length);
    expect(pdfText(pdf)).toContain('Paula M. Reyes');
  });

  it('prints the words of every node and mark the editors store (the shared sample of their schema)', async () => {
    const base = snapshot(1);
    const version = {
      ...input().version,
      snapshot: { ...base, content: { ...base.content, homeStrategies: EDITOR_SAMPLE } },
    };
    const text = squash(pdfText(await renderSectionPdf(input({ version }), { compress: false })));
    const words = (node: RichTextNode): string[] => [
      ...(node.text === undefined ? [] : [node.text]),
      ...(node.content ?? []).flatMap(words),
    ];
    for (const w of words(EDITOR_SAMPLE)) expect(text).toContain(squash(w));
    // The ordered list starts where the editor says.
    expect(text).toContain(squash('3. Warm up'));
  });

  it('marks a draft’s open suggestions with their author, and leaves them out of the approved version', async () => {
    const base = snapshot(1);
    const author = { id: 's1', authorId: 'u1', authorName: 'Pat Parent', role: 'parent', at: '2026-12-02T04:00:00Z' };
    const suggested = doc({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Uses a ' },
        { type: 'text', text: 'tripod crayon', marks: [{ type: 'suggestionInsert', attrs: author }] },
        { type: 'text', text: 'pencil', marks: [{ type: 'suggestionDelete', attrs: author }] },
      ],
    });
    const version = {
      ...input().version,
      snapshot: { ...base, content: { ...base.content, presentLevels: suggested } },
    };
    const draft = squash(pdfText(await renderSectionPdf(input({ version }), { compress: false })));
    expect(draft).toContain(squash('[suggested addition (Pat Parent): tripod crayon]'));
    expect(draft).toContain(squash('[suggested removal (Pat Parent): pencil]'));
    expect(draft).toContain(squash('they are not part of the signed content'));
    const approved = squash(pdfText(await renderSectionPdf(input({ final: true, version }), { compress: false })));
    expect(approved).toContain(squash('Uses a pencil'));
    expect(approved).not.toContain(squash('tripod crayon'));
    expect(approved).not.toContain(squash('suggest'));
  });

  it('marks open suggestions in a goal’s description on a draft, and leaves them out of the approved version', async () => {
    const base = snapshot(1);
    const [goal] = base.structure.goals;
    if (!goal) throw new Error('no goal');
    const author = { id: 'g1', authorId: 'u1', authorName: 'Pat Parent', role: 'parent', at: '2026-12-02T04:00:00Z' };
    const description = doc({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Writes with a ' },
        { type: 'text', text: 'chunky marker', marks: [{ type: 'suggestionInsert', attrs: author }] },
        { type: 'text', text: 'pencil', marks: [{ type: 'suggestionDelete', attrs: author }] },
      ],
    });
    const version = {
      ...input().version,
      snapshot: { ...base, structure: { ...base.structure, goals: [{ ...goal, description }] } },
    };
    const draft = squash(pdfText(await renderSectionPdf(input({ version }), { compress: false })));
    expect(draft).toContain(squash('[suggested addition (Pat Parent): chunky marker]'));
    expect(draft).toContain(squash('they are not part of the signed content'));
    const approved = squash(pdfText(await renderSectionPdf(input({ final: true, version }), { compress: false })));
    expect(approved).toContain(squash('Writes with a pencil'));
    expect(approved).not.toContain(squash('chunky marker'));
    expect(approved).not.toContain(squash('suggest'));
  });

  it('prints where a goal came from when an accepted proposal added it', async () => {
    const base = snapshot(1);
    const [goal] = base.structure.goals;
    if (!goal) throw new Error('no goal');
    const provenance = {
      proposalId: 'p1',
      kind: 'new_goal' as const,
      proposedBy: { name: 'Paula Reyes', role: 'parent' },
      acceptedBy: { name: 'Olivia Torres', role: 'ot' },
      acceptedAt: '2026-11-22T10:00:00.000Z',
    };
    const version = {
      ...input().version,
      reason: 'proposal_accepted',
      snapshot: { ...base, structure: { ...base.structure, goals: [{ ...goal, provenance }] } },
    };
    const text = squash(pdfText(await renderSectionPdf(input({ version }), { compress: false })));
    expect(text).toContain(
      squash(
        'Proposed by Paula Reyes (Parent or guardian), accepted by Olivia Torres (Occupational therapist) on 2026-11-22',
      ),
    );
  });
});
