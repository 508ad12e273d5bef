import * as Y from 'yjs';
import { addGoal, removeRecord, restoreRecord } from '../doc';
import { recordExists, recordRemoved, resolveTextAnchor, textRangeAnchor } from './anchors';

function paragraph(fragment: Y.XmlFragment, text: string): Y.XmlText {
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  p.insert(0, [t]);
  fragment.push([p]);
  t.insert(0, text);
  return t;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('comment anchors (Yjs relative positions)', () => {
  it('follows the quoted text while another person edits before, inside and after it at the same time', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const textA = paragraph(a.getXmlFragment('presentLevels'), 'Uses a tripod grasp on crayons.');
    sync(a, b);
    const from = 'Uses a '.length;
    const anchor = textRangeAnchor(a.getXmlFragment('presentLevels'), from, from + 'tripod grasp'.length);
    if (!anchor) throw new Error('no anchor');
    // Concurrent edits: A types at the very start; B types inside the range and right after it.
    textA.insert(0, 'Today: ');
    const textB = (b.getXmlFragment('presentLevels').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    textB.insert('Uses a tripod'.length, ' static');
    textB.insert('Uses a tripod static grasp'.length, ' (emerging)');
    sync(a, b);
    for (const doc of [a, b]) {
      expect(resolveTextAnchor(doc, 'presentLevels', anchor.anchorStart, anchor.anchorEnd)).toEqual({
        detached: false,
        text: 'tripod static grasp',
      });
    }
  });

  it('spans paragraphs and reads the text between them', () => {
    const doc = new Y.Doc();
    const f = doc.getXmlFragment('homeStrategies');
    paragraph(f, 'First line.');
    paragraph(f, 'Second line.');
    const anchor = textRangeAnchor(f, 'First '.length, 'First line.Second'.length);
    if (!anchor) throw new Error('no anchor');
    expect(resolveTextAnchor(doc, 'homeStrategies', anchor.anchorStart, anchor.anchorEnd)).toEqual({
      detached: false,
      text: 'line.Second',
    });
  });

  it('marks the thread detached when the anchored text is deleted, and when its paragraph is removed', () => {
    const doc = new Y.Doc();
    const f = doc.getXmlFragment('presentLevels');
    const t = paragraph(f, 'Keep this. Delete me. Keep that.');
    paragraph(f, 'Another paragraph.');
    const inner = textRangeAnchor(f, 'Keep this. '.length, 'Keep this. Delete me.'.length);
    const para = textRangeAnchor(
      f,
      'Keep this. Delete me. Keep that.'.length,
      'Keep this. Delete me. Keep that.Another'.length,
    );
    if (!inner || !para) throw new Error('no anchor');
    t.delete('Keep this. '.length, 'Delete me.'.length);
    expect(resolveTextAnchor(doc, 'presentLevels', inner.anchorStart, inner.anchorEnd).detached).toBe(true);
    expect(resolveTextAnchor(doc, 'presentLevels', para.anchorStart, para.anchorEnd)).toEqual({
      detached: false,
      text: 'Another',
    });
    f.delete(1, 1);
    expect(resolveTextAnchor(doc, 'presentLevels', para.anchorStart, para.anchorEnd).detached).toBe(true);
  });

  it('refuses empty ranges and treats garbage anchors as detached', () => {
    const doc = new Y.Doc();
    const f = doc.getXmlFragment('presentLevels');
    paragraph(f, 'abc');
    expect(textRangeAnchor(f, 1, 1)).toBeNull();
    expect(textRangeAnchor(f, 1, 9)).toBeNull();
    expect(resolveTextAnchor(doc, 'presentLevels', 'AAAA', '!!').detached).toBe(true);
  });

  it('knows whether a structured record a thread hangs on still exists', () => {
    const doc = new Y.Doc();
    doc.getMap('goals').set('g1', new Y.Map());
    expect(recordExists(doc, 'goals/g1')).toBe(true);
    doc.getMap('goals').delete('g1');
    expect(recordExists(doc, 'goals/g1')).toBe(false);
    expect(recordRemoved(doc, 'goals/g1')).toBe(false);
  });

  it('detaches a thread on a removed record and reattaches it when the record is restored', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc);
    removeRecord(doc, 'goals', id, { at: '2026-12-01T10:00:00.000Z', by: { id: 'u1', name: 'Olivia Torres' } });
    expect(recordExists(doc, `goals/${id}`)).toBe(false);
    expect(recordRemoved(doc, `goals/${id}`)).toBe(true);
    restoreRecord(doc, 'goals', id);
    expect(recordExists(doc, `goals/${id}`)).toBe(true);
    expect(recordRemoved(doc, `goals/${id}`)).toBe(false);
  });
});
