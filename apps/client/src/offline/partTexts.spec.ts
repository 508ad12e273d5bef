import * as Y from 'yjs';
import { addGoal, appendRichText, goalMap } from '@iep/shared';
import { partTexts, unappliedTexts } from './partTexts';

function docWith(background: string[]): Y.Doc {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('presentLevels');
  fragment.insert(
    0,
    background.map((line) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(line)]);
      return paragraph;
    }),
  );
  return doc;
}

describe('the text of offline changes handed back for copying', () => {
  it('reads each part as plain text, a line per paragraph', () => {
    const texts = partTexts(docWith(['First line', 'Second line']));
    expect(texts.find((t) => t.part === 'presentLevels')?.text).toBe('First line\nSecond line');
  });

  it('hands back only the parts whose text the server does not hold', () => {
    const mine = partTexts(docWith(['Typed offline']));
    const server = partTexts(docWith(['Approved text']));
    expect(unappliedTexts(mine, server).map((t) => t.part)).toEqual(['presentLevels']);
    expect(unappliedTexts(mine, mine)).toEqual([]);
    // Before the server's copy is known, every part with text is shown.
    expect(unappliedTexts(mine, null).map((t) => t.part)).toEqual(['presentLevels']);
  });

  it('hands back a goal typed offline, its fields and its description, numbered as its card', () => {
    const doc = new Y.Doc();
    addGoal(doc, { behavior: 'zips a coat' });
    const id = addGoal(doc, { behavior: 'copies a sentence', criterion: '4 of 5 trials' });
    const server = partTexts(doc);
    const description = goalMap(doc, id)?.get('description');
    if (!(description instanceof Y.XmlFragment)) throw new Error('no description');
    appendRichText(description, { type: 'paragraph', content: [{ type: 'text', text: 'Typed offline' }] });
    const [handed] = unappliedTexts(partTexts(doc), server);
    expect(handed).toEqual({
      part: `goals/${id}`,
      number: 2,
      text: 'copies a sentence\n4 of 5 trials\nTyped offline',
    });
  });
});
