import * as Y from 'yjs';
import { fragmentPlainText, SECTION_FRAGMENTS, sectionDocToJson } from './rich-text';

describe('the section document layout', () => {
  it('names the four rich-text fragments the client and server share', () => {
    expect(SECTION_FRAGMENTS).toEqual(['presentLevels', 'parentConcerns', 'classroomStrategies', 'homeStrategies']);
  });

  it('turns fragments into ProseMirror JSON with marks and attributes, and into plain text', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('presentLevels');
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', '2');
    const headingText = new Y.XmlText();
    heading.insert(0, [headingText]);
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    fragment.insert(0, [heading, paragraph]);
    headingText.insert(0, 'Fine motor');
    text.insert(0, 'Grasp ');
    text.insert(6, 'emerging', { bold: {} });

    const json = sectionDocToJson(doc);
    expect(Object.keys(json)).toEqual([...SECTION_FRAGMENTS]);
    expect(json.presentLevels).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: '2' }, content: [{ type: 'text', text: 'Fine motor' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Grasp ' },
            { type: 'text', text: 'emerging', marks: [{ type: 'bold' }] },
          ],
        },
      ],
    });
    expect(json.homeStrategies).toEqual({ type: 'doc', content: [] });
    expect(fragmentPlainText(json.presentLevels)).toBe('Fine motor\nGrasp emerging');
  });
});
