import { useQuery } from '@tanstack/react-query';
import { studentListSchema, type StudentSummary } from '@iep/shared';
import { requestJson } from '../../api/http';

/** Every student query (the list, a student's team and access log) sits under `studentKeys.all`. */
export const studentKeys = {
  all: ['students'] as const,
};

export async function fetchStudents(signal?: AbortSignal): Promise<StudentSummary[]> {
  const { students } = await requestJson('/api/students', studentListSchema, { signal });
  return students;
}

export function useStudents() {
  return useQuery({ queryKey: studentKeys.all, queryFn: ({ signal }) => fetchStudents(signal) });
}
