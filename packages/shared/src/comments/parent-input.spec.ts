import { parentInputItems } from './parent-input';
import type { CommentDto, ThreadDto } from './schemas';

const person = (role: 'parent' | 'ot') => ({
  id: '00000000-0000-4000-8000-00000000000' + (role === 'parent' ? '1' : '2'),
  name: role,
  role,
});
const comment = (id: string, role: 'parent' | 'ot', at: string, body: string | null = 'x'): CommentDto => ({
  id,
  threadId: 't',
  author: person(role),
  body,
  createdAt: at,
  editedAt: null,
  deletedAt: body === null ? at : null,
  parentInput: role === 'parent',
  mentions: [],
});
const thread = (id: string, comments: CommentDto[], resolved = false): ThreadDto => ({
  id,
  sectionId: 's',
  part: 'parentConcerns',
  anchorStart: null,
  anchorEnd: null,
  quote: 'q',
  visibility: 'team',
  author: comments[0]?.author ?? person('ot'),
  createdAt: '2026-01-01',
  resolvedAt: resolved ? '2026-01-05' : null,
  resolvedBy: null,
  detached: false,
  suggestion: null,
  comments,
});

describe('parent input to discuss', () => {
  it('gathers the family’s live comments as open, answered (staff replied after) or resolved', () => {
    const items = parentInputItems([
      thread('open', [comment('a', 'parent', '2026-01-01')]),
      thread('answered', [comment('b', 'parent', '2026-01-02'), comment('c', 'ot', '2026-01-03')]),
      thread('resolved', [comment('d', 'ot', '2026-01-01'), comment('e', 'parent', '2026-01-04')], true),
      thread('deleted', [comment('f', 'parent', '2026-01-04', null)]),
    ]);
    expect(items.map((i) => [i.commentId, i.state])).toEqual([
      ['a', 'open'],
      ['b', 'answered'],
      ['e', 'resolved'],
    ]);
  });
});
