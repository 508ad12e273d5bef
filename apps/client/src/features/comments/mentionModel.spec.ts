import { fold, insertMention, matchMembers, mentionAt, mentionedIn, SUGGESTIONS_MAX } from './mentionModel';

const team = [
  { id: 'ot', name: 'Olivia Torres (OT)' },
  { id: 'tom', name: 'Tom Baker (Teacher)' },
  { id: 'jose', name: 'José Núñez' },
  { id: 'paula', name: 'Paula Reyes (Parent)' },
];

describe('the @mention typed at the caret', () => {
  it('finds the query after an @ at the start, after a space or a bracket', () => {
    expect(mentionAt('@To', 3)).toEqual({ start: 0, end: 3, query: 'To' });
    expect(mentionAt('Ask @Tom B', 10)).toEqual({ start: 4, end: 10, query: 'Tom B' });
    expect(mentionAt('(@pa', 4)).toEqual({ start: 1, end: 4, query: 'pa' });
    expect(mentionAt('Hi @', 4)).toEqual({ start: 3, end: 4, query: '' });
  });

  it('is not a mention inside an e-mail address, across a line, after "@ " or far from the caret', () => {
    expect(mentionAt('mail tom@school.org', 19)).toBeNull();
    expect(mentionAt('@Tom\nnext', 9)).toBeNull();
    expect(mentionAt('@ Tom', 5)).toBeNull();
    expect(mentionAt('@Tom  said', 10)).toBeNull();
    expect(mentionAt(`@${'a'.repeat(60)}`, 61)).toBeNull();
  });

  it('reads only the text before the caret', () => {
    expect(mentionAt('@To and more', 3)).toEqual({ start: 0, end: 3, query: 'To' });
  });
});

describe('matching team members', () => {
  it('offers names that start with the query before names with a later word that does', () => {
    expect(matchMembers(team, 'To').map((m) => m.id)).toEqual(['tom', 'ot']);
    expect(matchMembers(team, 'baker').map((m) => m.id)).toEqual(['tom']);
  });

  it('ignores case and accents, and offers everyone for a bare @ (at most a screenful)', () => {
    expect(matchMembers(team, 'jose nu').map((m) => m.id)).toEqual(['jose']);
    expect(matchMembers(team, 'NUN').map((m) => m.id)).toEqual(['jose']);
    expect(matchMembers(team, '')).toHaveLength(team.length);
    const many = Array.from({ length: 20 }, (_, i) => ({ id: String(i), name: `Member ${i}` }));
    expect(matchMembers(many, 'mem')).toHaveLength(SUGGESTIONS_MAX);
    expect(fold('Núñez')).toBe('nunez');
  });

  it('offers nobody when no name matches', () => {
    expect(matchMembers(team, 'zz')).toEqual([]);
  });
});

describe('picking and sending', () => {
  it('replaces the typed query with the full name and puts the caret after it', () => {
    const text = 'Ask @To about it';
    const at = { start: 4, end: 7, query: 'To' };
    expect(insertMention(text, at, 'Tom Baker (Teacher)')).toEqual({
      text: 'Ask @Tom Baker (Teacher) about it',
      caret: 25,
    });
    expect(insertMention('@pa', { start: 0, end: 3, query: 'pa' }, 'Paula Reyes (Parent)')).toEqual({
      text: '@Paula Reyes (Parent) ',
      caret: 22,
    });
  });

  it('sends the picked people the text still names, once each', () => {
    const picked = [team[1], team[3], team[1]].filter((m) => m !== undefined);
    expect(mentionedIn('@Tom Baker (Teacher) and @Tom Baker (Teacher)', picked)).toEqual(['tom']);
    expect(mentionedIn('No one now', picked)).toEqual([]);
  });
});
