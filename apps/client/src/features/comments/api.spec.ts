import type { ThreadDto } from '@iep/shared';
import { upsertThread } from './api';

const thread = (id: string, createdAt: string, quote = ''): ThreadDto => ({
  id,
  sectionId: 's',
  part: 'presentLevels',
  anchorStart: null,
  anchorEnd: null,
  quote,
  visibility: 'team',
  author: { id: '00000000-0000-4000-8000-000000000001', name: 'A', role: 'ot' },
  createdAt,
  resolvedAt: null,
  resolvedBy: null,
  detached: false,
  suggestion: null,
  comments: [],
});

describe('the cached thread list', () => {
  it('replaces a changed thread in place and adds a new one in creation order, whatever order events arrive in', () => {
    let list = upsertThread(undefined, thread('b', '2026-01-02'));
    list = upsertThread(list, thread('a', '2026-01-01'));
    list = upsertThread(list, thread('b', '2026-01-02', 'changed'));
    expect(list.map((t) => [t.id, t.quote])).toEqual([
      ['a', ''],
      ['b', 'changed'],
    ]);
  });
});
