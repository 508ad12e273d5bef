import type { SectionStructure, SignatureView, SignoffState } from '@iep/shared';
import {
  approvedAt,
  buildSignRequest,
  canSignNow,
  excludableItems,
  revocableConsent,
  shortHash,
  type ItemWords,
} from './signoffModel';

const structure = {
  areasOfNeed: [],
  goals: [{ id: 'g1', behavior: 'copies a sentence' }],
  services: [
    { id: 's1', location: 'classroom' },
    { id: 's2', location: 'gym' },
  ],
  accommodations: [{ id: 'a1', text: 'slant board' }],
  transitionGoals: [],
} as unknown as SectionStructure;

const words: ItemWords = {
  goal: (n, g) => `Goal ${n}: ${g.behavior ?? ''}`,
  service: (n, s) => `Service ${n}: ${s.location ?? ''}`,
  accommodation: (n, a) => `Item ${n}: ${a.text ?? ''}`,
};

const items = excludableItems(structure, words);

/** In these cases a person's account id is their name, to keep the tables readable. */
function signature(over: Partial<SignatureView>): SignatureView {
  const userName = over.userName ?? 'Olivia Torres (OT)';
  return {
    userId: over.userId ?? userName,
    id: 'sig',
    versionNumber: 3,
    role: 'ot',
    userName,
    typedName: 'Olivia Torres (OT)',
    decision: 'approve',
    excludedItems: [],
    reason: null,
    contentHash: 'abc',
    signedAt: '2026-11-22T10:00:00Z',
    voidedAt: null,
    voidReason: null,
    ...over,
  };
}

function state(over: Partial<SignoffState>): SignoffState {
  return {
    status: 'pending_signoff',
    version: { number: 3, contentHash: 'abcdef0123456789', createdAt: '2026-11-22T09:00:00Z' },
    signatures: [],
    revocations: [],
    missing: ['ot', 'parent', 'admin'],
    ...over,
  };
}

describe('items a parent can leave out', () => {
  it('lists goals, services and accommodations with refs of the form root/id, in order', () => {
    expect(items).toEqual([
      { ref: 'goals/g1', label: 'Goal 1: copies a sentence' },
      { ref: 'services/s1', label: 'Service 1: classroom' },
      { ref: 'services/s2', label: 'Service 2: gym' },
      { ref: 'accommodations/a1', label: 'Item 1: slant board' },
    ]);
  });

  it('clips labels to what the server accepts', () => {
    const long = excludableItems(structure, { ...words, goal: () => 'x'.repeat(500) });
    expect(long[0]?.label.length).toBe(300);
  });
});

describe('the sign request built from the form', () => {
  const base = { versionNumber: 3, typedName: '  Paula Reyes (Parent) ', excludedRefs: [], reason: '' };

  it('sends a consent in part with the ticked items and no stray fields', () => {
    const result = buildSignRequest(
      { ...base, role: 'parent', decision: 'consent_in_part', excludedRefs: ['services/s2'] },
      items,
    );
    expect(result).toEqual({
      ok: true,
      request: {
        versionNumber: 3,
        typedName: 'Paula Reyes (Parent)',
        decision: 'consent_in_part',
        excludedItems: [{ ref: 'services/s2', label: 'Service 2: gym' }],
      },
    });
  });

  it('refuses a consent in part that names nothing, and a refusal without a reason', () => {
    expect(buildSignRequest({ ...base, role: 'parent', decision: 'consent_in_part' }, items)).toEqual({
      ok: false,
      errors: { excludedItems: true },
    });
    expect(buildSignRequest({ ...base, role: 'parent', decision: 'no_consent', reason: '  ' }, items)).toEqual({
      ok: false,
      errors: { reason: true },
    });
  });

  it('drops ticked items when the parent then consents in full', () => {
    const result = buildSignRequest(
      { ...base, role: 'parent', decision: 'consent', excludedRefs: ['goals/g1'], reason: 'x' },
      items,
    );
    expect(result).toEqual({
      ok: true,
      request: { versionNumber: 3, typedName: 'Paula Reyes (Parent)', decision: 'consent' },
    });
  });

  it('always approves for staff and requires a typed name', () => {
    expect(buildSignRequest({ ...base, role: 'admin', decision: 'consent' }, items)).toMatchObject({
      ok: true,
      request: { decision: 'approve' },
    });
    expect(buildSignRequest({ ...base, role: 'ot', decision: 'approve', typedName: ' ' }, items)).toEqual({
      ok: false,
      errors: { typedName: true },
    });
  });
});

describe('whose turn it is to sign', () => {
  it('lets the OT and the parent sign in any order, the administrator only last', () => {
    expect(canSignNow(state({}), 'ot', 'Olivia Torres (OT)')).toBe(true);
    expect(canSignNow(state({}), 'parent', 'Paula Reyes (Parent)')).toBe(true);
    expect(canSignNow(state({}), 'admin', 'Ada Mensah (Admin)')).toBe(false);
    const both = state({
      signatures: [signature({}), signature({ id: 'p', role: 'parent', userName: 'Paula', decision: 'consent' })],
    });
    expect(canSignNow(both, 'admin', 'Ada Mensah (Admin)')).toBe(true);
    expect(canSignNow(both, 'ot', 'Olivia Torres (OT)')).toBe(false);
  });

  it('asks again for signatures that were voided or given on an older version', () => {
    expect(
      canSignNow(state({ signatures: [signature({ voidedAt: '2026-11-22T11:00:00Z' })] }), 'ot', 'Olivia Torres (OT)'),
    ).toBe(true);
    expect(canSignNow(state({ signatures: [signature({ versionNumber: 2 })] }), 'ot', 'Olivia Torres (OT)')).toBe(true);
  });

  it('never offers signing to a teacher or outside pending sign-off', () => {
    expect(canSignNow(state({}), 'teacher', 'Tom Baker (Teacher)')).toBe(false);
    expect(canSignNow(state({ status: 'meeting' }), 'ot', 'Olivia Torres (OT)')).toBe(false);
  });
});

describe('an approved section', () => {
  const consent = signature({ id: 'p1', role: 'parent', userName: 'Paula', decision: 'consent_in_part' });
  const admin = signature({ id: 'a1', role: 'admin', userName: 'Ada', signedAt: '2026-11-22T12:00:00Z' });

  it('lets the consenting parent revoke once', () => {
    expect(revocableConsent(state({ status: 'approved', signatures: [consent] }), true, 'Paula')?.id).toBe('p1');
    const revoked = state({
      status: 'approved',
      signatures: [consent],
      revocations: [{ id: 'r', signatureId: 'p1', userName: 'Paula', reason: 'x', revokedAt: '' }],
    });
    expect(revocableConsent(revoked, true, 'Paula')).toBeNull();
    expect(
      revocableConsent(
        state({ status: 'approved', signatures: [{ ...consent, decision: 'no_consent' }] }),
        true,
        'Paula',
      ),
    ).toBeNull();
  });

  it('is dated by the administrator’s signature', () => {
    expect(approvedAt(state({ status: 'approved', signatures: [consent, admin] }))).toBe('2026-11-22T12:00:00Z');
    expect(approvedAt(state({ signatures: [admin] }))).toBeNull();
  });

  it('shows a shortened hash', () => {
    expect(shortHash('abcdef0123456789')).toBe('abcdef012345');
  });
});
