import * as Y from 'yjs';
import { readStructure } from '@iep/shared';
import { classifyIssue } from './issueMessage';
import { numberFromInput } from './numberFromInput';

describe('field issues in words', () => {
  it('says "at least 1" for someone storing -30 minutes', () => {
    const doc = new Y.Doc();
    const row = new Y.Map<unknown>();
    doc.getMap('services').set('s1', row);
    row.set('position', 1);
    row.set('minutes', -30);
    row.set('frequency', 50);
    const { issues } = readStructure(doc);
    const minutes = issues.find((i) => i.path[2] === 'minutes');
    const frequency = issues.find((i) => i.path[2] === 'frequency');
    expect(minutes && classifyIssue(minutes, -30)).toEqual({ kind: 'min', min: 1 });
    expect(frequency && classifyIssue(frequency, 50)).toEqual({ kind: 'max', max: 40 });
  });
});

describe('numberFromInput', () => {
  it('stores numbers, and null (never NaN) for empty or junk input', () => {
    expect(numberFromInput('30')).toBe(30);
    expect(numberFromInput('')).toBeNull();
    expect(numberFromInput('  ')).toBeNull();
    expect(numberFromInput('abc')).toBeNull();
  });
});
