import * as Y from 'yjs';
import type { RichTextNode } from '../schemas';
import { appendRichText } from './rich-text';
import {
  acceptedContent,
  decideSuggestions,
  readSuggestions,
  SUGGESTION_DELETE,
  SUGGESTION_INSERT,
  type SuggestionAttrs,
} from './suggestions';

const by = (id: string, authorId = 'u-parent'): SuggestionAttrs => ({
  id,
  authorId,
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
        { type: 'text', text: ' daily' },
      ],
    },
  ],
};

function docWith(content: RichTextNode): Y.Doc {
  const doc = new Y.Doc();
  appendRichText(doc.getXmlFragment('presentLevels'), content);
  return doc;
}

describe('suggestions in the document', () => {
  it('reads one suggestion per author and id, with what it adds and removes', () => {
    expect(readSuggestions(docWith(suggested))).toEqual([
      { ...by('a'), part: 'presentLevels', inserted: 'slant board', deleted: 'pencil' },
    ]);
  });

  it('reads the accepted text: insertions left out, deletions kept as plain text, runs joined', () => {
    expect(acceptedContent(suggested)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Uses a pencil daily' }] }],
    });
  });

  it('accepting keeps the insertion and removes the deletion; rejecting does the opposite', () => {
    const accepted = docWith(suggested);
    expect(decideSuggestions(accepted, () => true, 'accept')).toHaveLength(1);
    expect(accepted.getXmlFragment('presentLevels').toString()).toBe('<paragraph>Uses a slant board daily</paragraph>');
    const rejected = docWith(suggested);
    decideSuggestions(rejected, () => true, 'reject');
    expect(rejected.getXmlFragment('presentLevels').toString()).toBe('<paragraph>Uses a pencil daily</paragraph>');
    expect(readSuggestions(rejected)).toEqual([]);
  });

  it('decides only the suggestions chosen', () => {
    const doc = docWith(suggested);
    expect(decideSuggestions(doc, (s) => s.authorId === 'someone-else', 'accept')).toEqual([]);
    expect(readSuggestions(doc)).toHaveLength(1);
  });
});
