import { ageOn } from '@iep/shared';

/** The student's age on the meeting date (today when there is none), as the compliance check counts it. */
export function transitionAge(dateOfBirth: string | null, meetingDate: string | null, today: string): number | null {
  return dateOfBirth ? ageOn(dateOfBirth, meetingDate ?? today) : null;
}
