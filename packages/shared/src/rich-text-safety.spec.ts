import * as Y from 'yjs';
import { fragmentToJson } from './doc';
import { safeMark, unsafeUrl } from './rich-text-safety';

/** A fragment holding what the document socket would refuse, as if it had got in another way. */
function hostileFragment(): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('presentLevels');
  const p = new Y.XmlElement('paragraph');
  const script = new Y.XmlElement('script');
  const heading = new Y.XmlElement('heading');
  fragment.insert(0, [p, script, heading]);
  p.setAttribute('onclick', 'steal()');
  p.setAttribute('style', 'background:url(javascript:x)');
  heading.setAttribute('level', 2 as unknown as string);
  const text = new Y.XmlText();
  p.insert(0, [text]);
  text.insert(0, 'safe ', { link: { href: 'https://example.org', class: 'x' } });
  text.insert(5, 'js ', { link: { href: 'JaVa\tScRiPt:alert(1)' } });
  text.insert(8, 'data ', { 'link--abc': { href: 'data:text/html,<script>' } });
  text.insert(13, 'odd', { onmouseover: 'x', bold: {} });
  script.insert(0, [new Y.XmlText('alert(1)')]);
  return fragment;
}

describe('rich text leaving the document', () => {
  it('keeps safe links, drops javascript: and data: links, unknown marks, event handlers and unknown nodes', () => {
    const json = fragmentToJson(hostileFragment());
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/javascript|data:|onclick|onmouseover|script|style/i);
    expect(json.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'safe ', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
          { type: 'text', text: 'js ' },
          { type: 'text', text: 'data ' },
          { type: 'text', text: 'odd', marks: [{ type: 'bold' }] },
        ],
      },
      { type: 'heading', attrs: { level: 2 } },
    ]);
  });

  it('names a mark stored with an instance suffix by its plain name', () => {
    expect(safeMark('link--x1', { href: 'mailto:team@school.org' }, ['link'])).toEqual({
      type: 'link',
      attrs: { href: 'mailto:team@school.org' },
    });
    expect(unsafeUrl(' vbscript:msgbox')).toBe(true);
    expect(unsafeUrl('https://example.org/javascript:')).toBe(false);
  });
});
