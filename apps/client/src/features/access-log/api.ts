import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { accessLogPageSchema, type AccessLogPage } from '@iep/shared';
import { requestJson } from '../../api/http';
import { studentKeys } from '../students/api';
import { accessLogSearch, readerTzOffset, type AccessLogFilters } from './accessLogModel';

/** Under the student's key: whatever refreshes the students refreshes their logs too. */
export const accessLogKeys = {
  page: (studentId: string, filters: AccessLogFilters, page: number) =>
    [...studentKeys.all, studentId, 'access-log', filters, page] as const,
};

export async function fetchAccessLog(
  studentId: string,
  filters: AccessLogFilters,
  page: number,
  signal?: AbortSignal,
): Promise<AccessLogPage> {
  const search = accessLogSearch(filters, page, readerTzOffset());
  const path = `/api/students/${encodeURIComponent(studentId)}/access-log${search}`;
  return requestJson(path, accessLogPageSchema, { signal });
}

export function useAccessLog(studentId: string, filters: AccessLogFilters, page: number) {
  return useQuery({
    queryKey: accessLogKeys.page(studentId, filters, page),
    queryFn: ({ signal }) => fetchAccessLog(studentId, filters, page, signal),
    enabled: studentId !== '',
    // A log is read to see what just happened: always ask again; keep the page shown while the next loads.
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}
