import * as Y from 'yjs';
import type { RichTextNode } from '../schemas';
import { appendRichText } from '../doc/rich-text';
import { decideSuggestions, SUGGESTION_DELETE, SUGGESTION_INSERT, type SuggestionAttrs } from '../doc/suggestions';
import { resolveTextAnchor } from './anchors';
import { suggestionAnchor } from './suggestion-anchor';

const by = (id: string): SuggestionAttrs => ({
  id,
  authorId: 'u-parent',
  authorName: 'Pat Parent',
  role: 'parent',
  at: '2026-12-02T04:00:00.000Z',
});

function docWith(): Y.Doc {
  const content: RichTextNode = {
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
  const doc = new Y.Doc();
  appendRichText(doc.getXmlFragment('homeStrategies'), content);
  return doc;
}

describe('a thread anchored to a suggestion', () => {
  it('spans the suggestion’s text, in the part it is in', () => {
    const doc = docWith();
    const anchor = suggestionAnchor(doc, { authorId: 'u-parent', id: 'a' });
    expect(anchor).toMatchObject({ part: 'homeStrategies', quote: 'slant boardpencil' });
    if (anchor === null) throw new Error('no anchor');
    expect(resolveTextAnchor(doc, 'homeStrategies', anchor.anchorStart, anchor.anchorEnd)).toEqual({
      detached: false,
      text: 'slant boardpencil',
    });
  });

  it('finds nothing for a suggestion that is not open', () => {
    expect(suggestionAnchor(docWith(), { authorId: 'u-parent', id: 'b' })).toBeNull();
    expect(suggestionAnchor(docWith(), { authorId: 'u-other', id: 'a' })).toBeNull();
  });

  it('keeps holding the words that stay once the replacement is accepted or rejected', () => {
    for (const [decision, expected] of [
      ['accept', { detached: false, text: 'slant board' }],
      ['reject', { detached: false, text: 'pencil' }],
    ] as const) {
      const doc = docWith();
      const anchor = suggestionAnchor(doc, { authorId: 'u-parent', id: 'a' });
      if (anchor === null) throw new Error('no anchor');
      doc.transact(() => decideSuggestions(doc, () => true, decision));
      expect(resolveTextAnchor(doc, 'homeStrategies', anchor.anchorStart, anchor.anchorEnd)).toEqual(expected);
    }
  });
});
