import { presenceColor, type PresenceUser } from '@iep/shared';
import { initialsOf, presenceEntries, presenceSignature } from './presence';

const me: PresenceUser = { userId: 'u-ot', name: 'Olivia Therapist', role: 'ot', color: '#1f6feb' };
const state = (userId: string, name: string, role: string, color = '#027a48') => ({
  user: { userId, name, role, color },
  cursor: null,
});

describe('presenceEntries', () => {
  it('always lists the local user first, even with no awareness yet', () => {
    const entries = presenceEntries([], me);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ userId: 'u-ot', isSelf: true, initials: 'OT' });
  });

  it('shows a person with several tabs once', () => {
    const entries = presenceEntries(
      [
        [1, state('u-ot', 'Olivia Therapist', 'ot')],
        [2, state('u-parent', 'Pat Parent', 'parent')],
        [3, state('u-parent', 'Pat Parent', 'parent')],
        [4, state('u-teacher', 'Ann Teacher', 'teacher')],
      ],
      me,
    );
    expect(entries.map((entry) => entry.userId)).toEqual(['u-ot', 'u-teacher', 'u-parent']);
    expect(entries.filter((entry) => entry.isSelf)).toHaveLength(1);
  });

  it('skips states without a server-stamped user', () => {
    const entries = presenceEntries(
      [
        [1, null],
        [2, {}],
        [3, { user: { name: 'No id' } }],
        [4, { cursor: { anchor: 1 } }],
        [5, state('u-admin', 'Ada Admin', 'admin')],
      ],
      me,
    );
    expect(entries.map((entry) => entry.userId)).toEqual(['u-ot', 'u-admin']);
  });

  it('keeps the role as sent and falls back to the shared colour when the colour is not a hex colour', () => {
    const entries = presenceEntries([[7, state('u-x', 'Xavier', 'ota', 'red; background: url(x)')]], me);
    expect(entries[1]).toMatchObject({ role: 'ota', color: presenceColor('u-x'), initials: 'X' });
  });

  it('changes signature only when something visible changes', () => {
    const a = presenceEntries([[2, state('u-parent', 'Pat Parent', 'parent')]], me);
    const b = presenceEntries([[9, state('u-parent', 'Pat Parent', 'parent')]], me);
    const c = presenceEntries([[9, state('u-parent', 'Pat P.', 'parent')]], me);
    expect(presenceSignature(a)).toBe(presenceSignature(b));
    expect(presenceSignature(a)).not.toBe(presenceSignature(c));
  });
});

describe('initialsOf', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initialsOf('maría josé garcía')).toBe('MG');
    expect(initialsOf('  Cher ')).toBe('C');
    expect(initialsOf('')).toBe('?');
  });

  it('leaves out a parenthesised note and punctuation', () => {
    expect(initialsOf('Olivia Torres (OT)')).toBe('OT');
    expect(initialsOf('Tom Baker (Teacher)')).toBe('TB');
    expect(initialsOf('"Ann" O\'Neil -')).toBe('AO');
  });
});
