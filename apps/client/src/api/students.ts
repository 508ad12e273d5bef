import { studentListSchema, type StudentSummary } from '@iep/shared';
import { requestJson } from './http';

export async function fetchStudents(signal?: AbortSignal): Promise<StudentSummary[]> {
  const { students } = await requestJson('/api/students', studentListSchema, { signal });
  return students;
}
