import * as Y from 'yjs';
import { ensureMeetingNotes, MEETING_NOTES_ROOT, meetingNotesFragment, meetingNotesJson } from './meeting-notes';
import { appendRichText } from './rich-text';

describe('the meeting notes root', () => {
  it('gives a meeting one fragment, once, under the writer’s origin, and reads it as rich text', () => {
    const doc = new Y.Doc();
    expect(meetingNotesFragment(doc, 'm1')).toBeNull();
    expect(meetingNotesJson(doc, 'm1')).toBeNull();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    ensureMeetingNotes(doc, 'm1', 'server');
    const fragment = meetingNotesFragment(doc, 'm1');
    expect(fragment).toBeInstanceOf(Y.XmlFragment);
    if (fragment)
      appendRichText(fragment, { type: 'paragraph', content: [{ type: 'text', text: 'Agreed on a slant board' }] });
    ensureMeetingNotes(doc, 'm1', 'server');
    expect(meetingNotesFragment(doc, 'm1')).toBe(fragment);
    expect(origins[0]).toBe('server');
    expect(meetingNotesJson(doc, 'm1')).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Agreed on a slant board' }] }],
    });
    doc.getMap(MEETING_NOTES_ROOT).set('m2', 'not a fragment');
    expect(meetingNotesFragment(doc, 'm2')).toBeNull();
  });
});
