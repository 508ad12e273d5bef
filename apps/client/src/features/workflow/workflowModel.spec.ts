import { ApiError, NetworkError } from '../../api/http';
import { sectionAbilities, type Role, type SectionStatus } from '@iep/shared';
import {
  errorReport,
  isOverdue,
  readerCapabilities as fromAbilities,
  respondByProblem,
  stepStates,
  todayIso,
} from './workflowModel';

/** The capabilities listed for a role in a state, from the abilities the server would send. */
const readerCapabilities = (status: SectionStatus, role: Role) =>
  fromAbilities(sectionAbilities({ userId: 'me', role }, { status }));

describe('the workflow stepper', () => {
  it('marks earlier states done, the current one current and the rest upcoming', () => {
    expect(stepStates('meeting').map((s) => s.state)).toEqual(['done', 'done', 'current', 'upcoming', 'upcoming']);
  });

  it('starts again at draft for an amendment', () => {
    expect(stepStates('draft')[0]).toEqual({ status: 'draft', state: 'current' });
  });
});

describe('what a state allows the reader', () => {
  it('lets a parent write only in their own parts while the section is open', () => {
    expect(readerCapabilities('family_review', 'parent')).toEqual({
      edit: 'own_parts',
      comment: true,
      propose: true,
      sign: false,
    });
  });

  it('keeps corrections for the OT during sign-off but not for the teacher, who cannot sign either', () => {
    expect(readerCapabilities('pending_signoff', 'ot').edit).toBe('all');
    expect(readerCapabilities('pending_signoff', 'teacher')).toEqual({
      edit: 'none',
      comment: true,
      propose: false,
      sign: false,
    });
  });

  it('allows nothing on an approved section', () => {
    expect(readerCapabilities('approved', 'admin')).toEqual({
      edit: 'none',
      comment: false,
      propose: false,
      sign: false,
    });
  });
});

describe('the respond-by date', () => {
  it('is required, must exist and must not be in the past', () => {
    expect(respondByProblem('', '2026-11-22')).toBe('missing');
    expect(respondByProblem('2026-02-30', '2026-01-01')).toBe('invalid');
    expect(respondByProblem('2026-11-21', '2026-11-22')).toBe('past');
    expect(respondByProblem('2026-11-22', '2026-11-22')).toBeNull();
  });

  it('uses the local calendar day as today', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('is overdue only when passed without a response', () => {
    expect(isOverdue('2026-11-20', null, '2026-11-22')).toBe(true);
    expect(isOverdue('2026-11-20', '2026-11-21T10:00:00Z', '2026-11-22')).toBe(false);
    expect(isOverdue('2026-11-22', null, '2026-11-22')).toBe(false);
    expect(isOverdue(null, null, '2026-11-22')).toBe(false);
  });
});

describe('errors from the workflow and sign-off endpoints', () => {
  it('keeps the server message and names a known code', () => {
    expect(errorReport(new ApiError(409, 'INVALID_TRANSITION', 'Not from draft'))).toEqual({
      code: 'INVALID_TRANSITION',
      serverMessage: 'Not from draft',
      currentVersion: null,
    });
  });

  it('reads the current version from VERSION_NOT_CURRENT details', () => {
    expect(errorReport(new ApiError(409, 'VERSION_NOT_CURRENT', 'Stale', { currentVersion: 7 })).currentVersion).toBe(
      7,
    );
  });

  it('reports unknown codes and network trouble without a code', () => {
    expect(errorReport(new ApiError(500, 'INTERNAL', 'Boom')).code).toBeNull();
    expect(errorReport(new NetworkError(new Error('offline')))).toEqual({
      code: null,
      serverMessage: '',
      currentVersion: null,
    });
  });
});
