import * as Y from 'yjs';
import type { RichTextNode } from '../schemas';
import { addGoal, goalMap, readGoals } from './goals';
import { removeRecord } from './removal';
import { appendRichText } from './rich-text';
import {
  goalDescriptionPart,
  GOAL_DESCRIPTION_PART,
  suggestionFragment,
  suggestionPartKind,
  suggestionPartSchema,
} from './suggestion-parts';
import {
  acceptedStructure,
  decideSuggestions,
  readSuggestions,
  structureHoldsSuggestions,
  SUGGESTION_DELETE,
  SUGGESTION_INSERT,
  type SuggestionAttrs,
} from './suggestions';
import { readStructure } from './structure';

const by = (id: string): SuggestionAttrs => ({
  id,
  authorId: 'u-parent',
  authorName: 'Pat Parent',
  role: 'parent',
  at: '2026-12-02T04:00:00.000Z',
});

const suggested: RichTextNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Uses a ' },
        { type: 'text', text: 'slant board', marks: [{ type: SUGGESTION_INSERT, attrs: by('a') }] },
        { type: 'text', text: 'pencil', marks: [{ type: SUGGESTION_DELETE, attrs: by('a') }] },
      ],
    },
  ],
};

/** A document with two goals, the second's description holding a suggestion. */
function docWithGoals(): { doc: Y.Doc; first: string; second: string } {
  const doc = new Y.Doc();
  const first = addGoal(doc);
  const second = addGoal(doc);
  const fragment = goalMap(doc, second)?.get('description');
  if (!(fragment instanceof Y.XmlFragment)) throw new Error('no description');
  appendRichText(fragment, suggested);
  return { doc, first, second };
}

describe('suggestions in goal descriptions', () => {
  it('names a goal description by its path and its kind', () => {
    expect(goalDescriptionPart('g-1')).toBe('goals/g-1/description');
    expect(suggestionPartKind('goals/g-1/description')).toBe(GOAL_DESCRIPTION_PART);
    expect(suggestionPartKind('presentLevels')).toBe('presentLevels');
    expect(suggestionPartKind('goals')).toBeNull();
    expect(suggestionPartKind('goals/g 1/description')).toBeNull();
    expect(suggestionPartSchema.safeParse('goals/../description').success).toBe(false);
  });

  it('finds a goal description without creating anything in the document', () => {
    const { doc, second } = docWithGoals();
    expect(suggestionFragment(doc, goalDescriptionPart(second))).toBeInstanceOf(Y.XmlFragment);
    expect(suggestionFragment(doc, goalDescriptionPart('missing'))).toBeNull();
    expect([...doc.share.keys()]).not.toContain('goals/missing/description');
  });

  it('reads the open suggestions of a goal description with its part', () => {
    const { doc, second } = docWithGoals();
    expect(readSuggestions(doc)).toEqual([
      { ...by('a'), part: goalDescriptionPart(second), inserted: 'slant board', deleted: 'pencil' },
    ]);
  });

  it('leaves out the suggestions of a removed goal', () => {
    const { doc, second } = docWithGoals();
    removeRecord(doc, 'goals', second, { at: '2026-12-02T05:00:00.000Z', by: { id: 'u-ot', name: 'Olive OT' } });
    expect(readSuggestions(doc)).toEqual([]);
  });

  it('accepts and rejects inside a goal description', () => {
    const accepted = docWithGoals();
    expect(decideSuggestions(accepted.doc, () => true, 'accept')).toHaveLength(1);
    const [, goal] = readGoals(accepted.doc, []);
    expect(JSON.stringify(goal?.description)).toContain('Uses a slant board');
    expect(JSON.stringify(goal?.description)).not.toContain('pencil');
    const rejected = docWithGoals();
    decideSuggestions(rejected.doc, () => true, 'reject');
    expect(readSuggestions(rejected.doc)).toEqual([]);
    expect(JSON.stringify(readGoals(rejected.doc, [])[1]?.description)).toContain('Uses a pencil');
  });

  it('signs the accepted text of goal descriptions only', () => {
    const { doc } = docWithGoals();
    const { structure } = readStructure(doc);
    expect(structureHoldsSuggestions(structure)).toBe(true);
    const accepted = acceptedStructure(structure);
    expect(structureHoldsSuggestions(accepted)).toBe(false);
    expect(accepted.goals[1]?.description).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Uses a pencil' }] }],
    });
    // A description without suggestions is left exactly as read (earlier versions' hashes hold).
    expect(accepted.goals[0]?.description).toBe(structure.goals[0]?.description);
  });
});
