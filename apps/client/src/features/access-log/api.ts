import { useQuery } from '@tanstack/react-query';
import { accessLogSchema, type AccessLogEntry } from '@iep/shared';
import { requestJson } from '../../api/http';
import { studentKeys } from '../students/api';
import { accessLogSearch, type AccessLogFilters } from './accessLogModel';

/** Under the student's key: whatever refreshes the students refreshes their logs too. */
export const accessLogKeys = {
  list: (studentId: string, filters: AccessLogFilters) =>
    [...studentKeys.all, studentId, 'access-log', filters] as const,
};

export async function fetchAccessLog(
  studentId: string,
  filters: AccessLogFilters,
  signal?: AbortSignal,
): Promise<AccessLogEntry[]> {
  const path = `/api/students/${encodeURIComponent(studentId)}/access-log${accessLogSearch(filters)}`;
  return (await requestJson(path, accessLogSchema, { signal })).entries;
}

export function useAccessLog(studentId: string, filters: AccessLogFilters) {
  return useQuery({
    queryKey: accessLogKeys.list(studentId, filters),
    queryFn: ({ signal }) => fetchAccessLog(studentId, filters, signal),
    enabled: studentId !== '',
    // A log is read to see what just happened: always ask again.
    staleTime: 0,
  });
}
