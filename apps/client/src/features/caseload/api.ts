import { useQuery } from '@tanstack/react-query';
import { caseloadSchema } from '@iep/shared';
import { requestJson } from '../../api/http';

export const caseloadKeys = { summary: ['caseload'] as const };

/** The caseload dashboard's figures (the server audits each student's read). */
export function useCaseload() {
  return useQuery({
    queryKey: caseloadKeys.summary,
    queryFn: ({ signal }) => requestJson('/api/caseload', caseloadSchema, { signal }),
    staleTime: 0,
  });
}

/** The Medicaid export's address for a date range: a plain download, signed in by the session cookie. */
export function billingExportUrl(from: string, to: string): string {
  return `/api/billing/export?${new URLSearchParams({ from, to }).toString()}`;
}
