import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  benefitsConsentsSchema,
  benefitsConsentViewSchema,
  type BenefitsConsentView,
  serviceLogSchema,
  serviceMinutesSchema,
  serviceSessionVersionsSchema,
  serviceSessionViewSchema,
  type ServiceSessionInput,
  type ServiceSessionView,
} from '@iep/shared';
import { requestJson } from '../../api/http';
import { sectionKeys } from '../section/api';

export const serviceLogKeys = {
  all: (sectionId: string) => [...sectionKeys.detail(sectionId), 'service-log'] as const,
  list: (sectionId: string) => [...serviceLogKeys.all(sectionId), 'entries'] as const,
  minutes: (sectionId: string) => [...serviceLogKeys.all(sectionId), 'minutes'] as const,
  versions: (sectionId: string, id: string) => [...serviceLogKeys.all(sectionId), 'versions', id] as const,
};

const section = (sectionId: string): string => `/api/sections/${encodeURIComponent(sectionId)}`;
const entry = (id: string): string => `/api/service-log/${encodeURIComponent(id)}`;

export function useServiceLog(sectionId: string) {
  return useQuery({
    queryKey: serviceLogKeys.list(sectionId),
    queryFn: async ({ signal }) =>
      (await requestJson(`${section(sectionId)}/service-log`, serviceLogSchema, { signal })).entries,
  });
}

/** The minutes of each service's period around `on` (by default the server's today). */
export function useServiceMinutes(sectionId: string, on?: string) {
  return useQuery({
    queryKey: [...serviceLogKeys.minutes(sectionId), on ?? 'today'],
    queryFn: ({ signal }) =>
      requestJson(
        `${section(sectionId)}/service-minutes${on ? `?${new URLSearchParams({ on }).toString()}` : ''}`,
        serviceMinutesSchema,
        { signal },
      ),
  });
}

export function useEntryVersions(sectionId: string, id: string, enabled: boolean) {
  return useQuery({
    queryKey: serviceLogKeys.versions(sectionId, id),
    enabled,
    queryFn: async ({ signal }) =>
      (await requestJson(`${entry(id)}/versions`, serviceSessionVersionsSchema, { signal })).versions,
  });
}

export type SessionWrite =
  | { kind: 'record'; entry: ServiceSessionInput }
  | { kind: 'correct'; id: string; entry: ServiceSessionInput; reason: string };

/** Records or corrects a session; the log and the minutes are refetched (others' arrive as `service-log:changed`). */
export function useSessionWrite(sectionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (write: SessionWrite): Promise<ServiceSessionView> =>
      write.kind === 'record'
        ? requestJson(`${section(sectionId)}/service-log`, serviceSessionViewSchema, {
            method: 'POST',
            body: write.entry,
          })
        : requestJson(`${entry(write.id)}/corrections`, serviceSessionViewSchema, {
            method: 'POST',
            body: { entry: write.entry, reason: write.reason },
          }),
    onSettled: () => client.invalidateQueries({ queryKey: serviceLogKeys.all(sectionId) }),
  });
}

/** The supervising OT co-signs the version they read; the log and the minutes are refetched. */
export function useCosign(sectionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }): Promise<ServiceSessionView> =>
      requestJson(`${entry(id)}/cosign`, serviceSessionViewSchema, { method: 'POST', body: { version } }),
    onSettled: () => client.invalidateQueries({ queryKey: serviceLogKeys.all(sectionId) }),
  });
}

/** Schedules (or moves) the make-up of a session the school owes; the log is refetched. */
export function useScheduleMakeUp(sectionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, date }: { id: string; date: string }): Promise<ServiceSessionView> =>
      requestJson(`${entry(id)}/make-up`, serviceSessionViewSchema, { method: 'PUT', body: { date } }),
    onSettled: () => client.invalidateQueries({ queryKey: serviceLogKeys.all(sectionId) }),
  });
}

const consentKey = (studentId: string) => ['students', studentId, 'benefits-consent'] as const;
const consentRoute = (studentId: string) => `/api/students/${encodeURIComponent(studentId)}/benefits-consent`;

export type BenefitsConsentChange =
  { kind: 'record'; consentedOn: string } | { kind: 'notice' | 'revoke'; id: string; on: string };

/** The family's consents to bill public benefits (the server audits the read). */
export function useBenefitsConsents(studentId: string) {
  return useQuery({
    queryKey: consentKey(studentId),
    queryFn: ({ signal }) => requestJson(consentRoute(studentId), benefitsConsentsSchema, { signal }),
  });
}

/** Records the consent, the annual notice, or the revocation. */
export function useBenefitsConsentChange(studentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (c: BenefitsConsentChange): Promise<BenefitsConsentView> =>
      c.kind === 'record'
        ? requestJson(consentRoute(studentId), benefitsConsentViewSchema, {
            method: 'POST',
            body: { consentedOn: c.consentedOn },
          })
        : requestJson(
            `/api/benefits-consents/${encodeURIComponent(c.id)}/${c.kind === 'notice' ? 'annual-notice' : 'revoke'}`,
            benefitsConsentViewSchema,
            { method: 'POST', body: c.kind === 'notice' ? { sentOn: c.on } : { revokedOn: c.on } },
          ),
    onSettled: () => client.invalidateQueries({ queryKey: consentKey(studentId) }),
  });
}
