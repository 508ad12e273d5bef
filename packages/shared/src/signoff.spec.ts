import { checkSignature, missingSigners, signRequestSchema, type GivenSignature } from './signoff';

const ot: GivenSignature = { role: 'ot', userId: 'ot-1', voided: false };
const parent: GivenSignature = { role: 'parent', userId: 'parent-1', voided: false };

describe('sign-off order and rules', () => {
  it('lets the OT and the parent sign in either order', () => {
    expect(checkSignature('ot', 'ot-1', 'approve', [])).toEqual({ ok: true });
    expect(checkSignature('parent', 'parent-1', 'consent', [])).toEqual({ ok: true });
    expect(checkSignature('parent', 'parent-1', 'consent_in_part', [ot])).toEqual({ ok: true });
    expect(checkSignature('ot', 'ot-1', 'approve', [parent])).toEqual({ ok: true });
  });

  it('makes the administrator sign last', () => {
    expect(checkSignature('admin', 'admin-1', 'approve', [])).toEqual({ ok: false, reason: 'out_of_order' });
    expect(checkSignature('admin', 'admin-1', 'approve', [ot])).toEqual({ ok: false, reason: 'out_of_order' });
    expect(checkSignature('admin', 'admin-1', 'approve', [ot, parent])).toEqual({ ok: true });
  });

  it('refuses a second signature in the same role, and counts voided ones as gone', () => {
    expect(checkSignature('ot', 'ot-1', 'approve', [ot])).toEqual({ ok: false, reason: 'already_signed' });
    expect(checkSignature('parent', 'parent-2', 'consent', [parent])).toEqual({ ok: false, reason: 'already_signed' });
    expect(checkSignature('ot', 'ot-1', 'approve', [{ ...ot, voided: true }])).toEqual({ ok: true });
    expect(checkSignature('admin', 'admin-1', 'approve', [ot, { ...parent, voided: true }])).toEqual({
      ok: false,
      reason: 'out_of_order',
    });
  });

  it('refuses roles that do not sign, and decisions that do not fit the role', () => {
    expect(checkSignature('teacher', 't-1', 'approve', [])).toEqual({ ok: false, reason: 'not_a_signer' });
    expect(checkSignature('ota', 'ota-1', 'approve', [])).toEqual({ ok: false, reason: 'not_a_signer' });
    expect(checkSignature('parent', 'parent-1', 'approve', [])).toEqual({ ok: false, reason: 'wrong_decision' });
    expect(checkSignature('ot', 'ot-1', 'consent', [])).toEqual({ ok: false, reason: 'wrong_decision' });
  });

  it('lists who must still sign', () => {
    expect(missingSigners([])).toEqual(['ot', 'parent', 'admin']);
    expect(missingSigners([ot, { ...parent, voided: true }])).toEqual(['parent', 'admin']);
  });

  it('requires the items refused for partial consent and a reason for no consent', () => {
    const base = { versionNumber: 2, typedName: 'Rosa Reyes' };
    expect(signRequestSchema.safeParse({ ...base, decision: 'consent_in_part' }).success).toBe(false);
    expect(
      signRequestSchema.safeParse({
        ...base,
        decision: 'consent_in_part',
        excludedItems: [{ ref: 'services/s1', label: 'Push-in OT' }],
      }).success,
    ).toBe(true);
    expect(signRequestSchema.safeParse({ ...base, decision: 'no_consent' }).success).toBe(false);
    expect(
      signRequestSchema.safeParse({ ...base, decision: 'no_consent', reason: 'We want a second evaluation' }).success,
    ).toBe(true);
    expect(signRequestSchema.safeParse({ ...base, typedName: ' ', decision: 'consent' }).success).toBe(false);
  });
});
