import { ErrorCode, createInvitationSchema, studentInputSchema } from '@iep/shared';
import { ApiError } from '../../api/http';
import { peopleErrorKey, validateForm } from './peopleErrors';

describe('people forms and errors', () => {
  it('checks a student form with the shared schema, one catalog key per field', () => {
    const result = validateForm(studentInputSchema, {
      firstName: ' ',
      lastName: 'Park',
      dateOfBirth: '2015-02-30',
      schoolId: '',
      grade: '4',
      preferredLanguage: 'es',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        firstName: 'people.fieldErrors.required',
        dateOfBirth: 'people.fieldErrors.date',
        schoolId: 'people.fieldErrors.required',
      },
    });
  });

  it('names a NUL or broken character, and a date outside 1900-2100, in the form', () => {
    const result = validateForm(studentInputSchema, {
      firstName: 'Ana\u0000',
      lastName: 'Park\udc00',
      dateOfBirth: '0000-01-01',
      schoolId: '00000000-0000-4000-8000-000000000000',
      grade: '4',
      preferredLanguage: 'es',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        firstName: 'people.fieldErrors.badCharacter',
        lastName: 'people.fieldErrors.badCharacter',
        dateOfBirth: 'people.fieldErrors.dateOutOfRange',
      },
    });
  });

  it('passes a good invitation through, normalised', () => {
    expect(validateForm(createInvitationSchema, { email: ' A@B.org ', role: 'teacher' })).toEqual({
      ok: true,
      data: { email: 'a@b.org', role: 'teacher' },
    });
  });

  it('explains link and password errors by code and reason', () => {
    expect(peopleErrorKey(new ApiError(409, ErrorCode.LinkUsed, 'used'))).toBe('people.errors.linkUsed');
    expect(peopleErrorKey(new ApiError(409, ErrorCode.LinkExpired, 'late'))).toBe('people.errors.linkExpired');
    expect(peopleErrorKey(new ApiError(400, ErrorCode.PasswordTooWeak, 'weak', { reason: 'password_common' }))).toBe(
      'people.fieldErrors.passwordCommon',
    );
    expect(peopleErrorKey(new ApiError(500, 'WHATEVER', 'x'))).toBe('errors.generic');
  });
});
