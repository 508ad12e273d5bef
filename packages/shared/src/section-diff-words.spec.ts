import * as Y from 'yjs';
import {
  addAccommodation,
  addGoal,
  addService,
  addTransitionGoal,
  appendRichText,
  goalMap,
  readStructure,
  sectionDocToJson,
  setAreaSelected,
} from './doc';
import { diffSections, diffWords, type RecordChange, type WordChange } from './section-diff';

/**
 * Changes in words: every part of the section compares word by word (rich text and free-text
 * fields), other fields as values, and nothing reaches the reader as JSON.
 */

const snapshot = (doc: Y.Doc) => ({ content: sectionDocToJson(doc), structure: readStructure(doc).structure });

function setParagraphs(fragment: Y.XmlFragment, paragraphs: string[]): void {
  fragment.delete(0, fragment.length);
  appendRichText(fragment, {
    type: 'doc',
    content: paragraphs.map((p) => ({ type: 'paragraph', content: p === '' ? [] : [{ type: 'text', text: p }] })),
  });
}

function setText(record: Y.Map<unknown> | null | undefined, field: string, value: string): void {
  const text = record?.get(field);
  if (!(text instanceof Y.Text)) throw new Error(`no text field ${field}`);
  text.delete(0, text.length);
  text.insert(0, value);
}

const rowOf = (doc: Y.Doc, root: string, id: string) => doc.getMap<Y.Map<unknown>>(root).get(id);

/** The words as a reader sees them marked: [-removed-] and {+added+}. */
const marked = (words: readonly WordChange[] | null | undefined): string =>
  (words ?? []).map((w) => (w.op === 'same' ? w.text : w.op === 'added' ? `{+${w.text}+}` : `[-${w.text}-]`)).join('');

function field(records: RecordChange[], root: string, name: string) {
  return records.find((r) => r.root === root)?.fields.find((f) => f.field === name);
}

describe('word diff', () => {
  it('reads changes separated only by spaces as one change', () => {
    expect(marked(diffWords('Holds scissors with help.', 'Holds scissors on his own.'))).toBe(
      'Holds scissors [-with help-]{+on his own+}.',
    );
  });

  it('marks the words that changed and keeps the rest, spaces included', () => {
    expect(marked(diffWords('12 weeks', '16 weeks'))).toBe('[-12-]{+16+} weeks');
    expect(marked(diffWords('Uses a slant board.', 'Uses a slant board daily.'))).toBe('Uses a slant board{+ daily+}.');
    const words = diffWords('a b c', 'a c d');
    expect(
      words
        .filter((w) => w.op !== 'added')
        .map((w) => w.text)
        .join(''),
    ).toBe('a b c');
    expect(
      words
        .filter((w) => w.op !== 'removed')
        .map((w) => w.text)
        .join(''),
    ).toBe('a c d');
  });
});

describe('comparing versions in words, part by part', () => {
  it('rich text: a paragraph edited shows its changed words; a new paragraph shows as added words', () => {
    const doc = new Y.Doc();
    setParagraphs(doc.getXmlFragment('presentLevels'), ['Grasp is emerging.', 'Writes his name.']);
    const v1 = snapshot(doc);
    setParagraphs(doc.getXmlFragment('presentLevels'), ['Grasp is emerging.', 'Writes his full name legibly.']);
    setParagraphs(doc.getXmlFragment('homeStrategies'), ['Practise buttons each morning.']);
    const diff = diffSections(v1, snapshot(doc));
    const levels = diff.fragments.find((f) => f.name === 'presentLevels');
    expect(levels?.edits.map(marked)).toEqual(['Writes his {+full +}name{+ legibly+}.']);
    expect(diff.fragments.find((f) => f.name === 'homeStrategies')?.edits.map(marked)).toEqual([
      '{+Practise buttons each morning.+}',
    ]);
    expect(diff.fragments.find((f) => f.name === 'parentConcerns')?.edits).toEqual([]);
  });

  it('only blank paragraphs changed: no word edit to show', () => {
    const doc = new Y.Doc();
    setParagraphs(doc.getXmlFragment('classroomStrategies'), ['Sensory break at ten.']);
    const v1 = snapshot(doc);
    setParagraphs(doc.getXmlFragment('classroomStrategies'), ['Sensory break at ten.', '']);
    expect(diffSections(v1, snapshot(doc)).fragments.find((f) => f.name === 'classroomStrategies')?.edits).toEqual([]);
  });

  it('goals: text fields and objectives word by word, the rich-text description as words (never JSON)', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, { timeframe: '12 weeks', criterion: 'in 3 of 5 trials', objectives: ['Holds a pencil'] });
    const v1 = snapshot(doc);
    const goal = goalMap(doc, id);
    setText(goal, 'timeframe', '16 weeks');
    setText(goal, 'criterion', 'in 4 of 5 trials');
    const objectives = goal?.get('objectives');
    if (!(objectives instanceof Y.Array)) throw new Error('no objectives');
    objectives.push([new Y.Text('Copies a word')]);
    const description = goal?.get('description');
    if (!(description instanceof Y.XmlFragment)) throw new Error('no description');
    setParagraphs(description, ['Works at a slant board.']);
    const { records } = diffSections(v1, snapshot(doc));

    expect(field(records, 'goals', 'timeframe')).toEqual({
      field: 'timeframe',
      from: '12 weeks',
      to: '16 weeks',
      words: diffWords('12 weeks', '16 weeks'),
    });
    expect(marked(field(records, 'goals', 'criterion')?.words)).toBe('in [-3-]{+4+} of 5 trials');
    expect(marked(field(records, 'goals', 'objectives')?.words)).toBe('Holds a pencil{+\nCopies a word+}');
    const desc = field(records, 'goals', 'description');
    expect(desc).toMatchObject({ from: '', to: 'Works at a slant board.' });
    expect(marked(desc?.words)).toBe('{+Works at a slant board.+}');
    expect(JSON.stringify(records)).not.toContain('"type":"doc"');
  });

  it('goals added or removed whole: their fields as values, the description as text', () => {
    const doc = new Y.Doc();
    const v1 = snapshot(doc);
    addGoal(doc, { behavior: 'buttons a coat' });
    const added = diffSections(v1, snapshot(doc)).records.find((r) => r.root === 'goals');
    expect(added?.change).toBe('added');
    expect(added?.fields.find((f) => f.field === 'behavior')).toEqual({
      field: 'behavior',
      from: null,
      to: 'buttons a coat',
      words: null,
    });
    expect(added?.fields.find((f) => f.field === 'description')?.to).toBe('');
    const removed = diffSections(snapshot(doc), v1).records.find((r) => r.root === 'goals');
    expect(removed?.change).toBe('removed');
    expect(JSON.stringify(removed)).not.toContain('"type":"doc"');
  });

  it('services: the location in words, minutes and the model as values', () => {
    const doc = new Y.Doc();
    const id = addService(doc);
    setText(rowOf(doc, 'services', id), 'location', 'the classroom');
    const v1 = snapshot(doc);
    setText(rowOf(doc, 'services', id), 'location', 'the school gym');
    rowOf(doc, 'services', id)?.set('minutes', 30);
    const { records } = diffSections(v1, snapshot(doc));
    expect(marked(field(records, 'services', 'location')?.words)).toBe('the [-classroom-]{+school gym+}');
    expect(field(records, 'services', 'minutes')).toEqual({ field: 'minutes', from: null, to: 30, words: null });
  });

  it('accommodations and transition goals: their text in words', () => {
    const doc = new Y.Doc();
    const acc = addAccommodation(doc, 'equipment', 'Pencil grip');
    const tg = addTransitionGoal(doc, null, 'Will take the bus alone');
    const v1 = snapshot(doc);
    setText(rowOf(doc, 'accommodations', acc), 'text', 'Weighted pencil grip');
    setText(rowOf(doc, 'transitionGoals', tg), 'goal', 'Will take the city bus alone');
    const { records } = diffSections(v1, snapshot(doc));
    expect(marked(field(records, 'accommodations', 'text')?.words)).toBe('[-Pencil -]{+Weighted pencil +}grip');
    expect(marked(field(records, 'transitionGoals', 'goal')?.words)).toBe('Will take the {+city +}bus alone');
  });

  it('areas of need: the note in words, the check as a value', () => {
    const doc = new Y.Doc();
    setAreaSelected(doc, 'fine_motor', true);
    const v1 = snapshot(doc);
    setText(doc.getMap<Y.Map<unknown>>('areasOfNeed').get('fine_motor'), 'note', 'Tires when writing');
    setAreaSelected(doc, 'self_care', true);
    const { records } = diffSections(v1, snapshot(doc));
    const fine = records.find((r) => r.root === 'areasOfNeed' && r.id === 'fine_motor');
    expect(marked(fine?.fields.find((f) => f.field === 'note')?.words)).toBe('{+Tires when writing+}');
    const self = records.find((r) => r.root === 'areasOfNeed' && r.id === 'self_care');
    expect(self?.fields.find((f) => f.field === 'selected')).toEqual({
      field: 'selected',
      from: false,
      to: true,
      words: null,
    });
  });
});
