import { useQuery } from '@tanstack/react-query';
import { dashboardSchema, type Dashboard } from '@iep/shared';
import { requestJson } from '../../api/http';

export const dashboardKeys = {
  summary: ['dashboard'] as const,
};

export function fetchDashboard(signal?: AbortSignal): Promise<Dashboard> {
  return requestJson('/api/dashboard', dashboardSchema, { signal });
}

export function useDashboard() {
  return useQuery({ queryKey: dashboardKeys.summary, queryFn: ({ signal }) => fetchDashboard(signal), staleTime: 0 });
}
