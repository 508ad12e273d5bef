import { useQuery } from '@tanstack/react-query';
import { accessLogSchema, type AccessLogEntry } from '@iep/shared';
import { requestJson } from '../../api/http';
import { accessLogSearch, type AccessLogFilters } from './accessLogModel';

export const accessLogKey = (studentId: string, filters: AccessLogFilters) => ['students', studentId, 'access-log', filters] as const;

export async function fetchAccessLog(studentId: string, filters: AccessLogFilters, signal?: AbortSignal): Promise<AccessLogEntry[]> {
  const path = `/api/students/${encodeURIComponent(studentId)}/access-log${accessLogSearch(filters)}`;
  return (await requestJson(path, accessLogSchema, { signal })).entries;
}

export function useAccessLog(studentId: string, filters: AccessLogFilters) {
  return useQuery({
    queryKey: accessLogKey(studentId, filters),
    queryFn: ({ signal }) => fetchAccessLog(studentId, filters, signal),
    enabled: studentId !== '',
    // A log is read to see what just happened: always ask again.
    staleTime: 0,
  });
}
