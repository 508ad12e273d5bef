import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, SECTION_STATUSES, type Role, type SectionStatus } from '@iep/shared';

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isSectionStatus(value: string): value is SectionStatus {
  return (SECTION_STATUSES as readonly string[]).includes(value);
}

/** A team role in words ("ot" -> "Occupational therapist"); unknown roles read "Team member". */
export function useRoleLabel(): (role: string) => string {
  const { t } = useTranslation();
  return useCallback((role: string) => (isRole(role) ? t(`roles.${role}`) : t('roles.unknown')), [t]);
}

/** A section's workflow state in words. */
export function useStatusLabel(): (status: SectionStatus) => string {
  const { t } = useTranslation();
  return useCallback((status: SectionStatus) => t(`status.${status}`), [t]);
}

/** A person as the reader's language names them: "Omar Ortiz (OT assistant)"; names carry no role. */
export function usePersonLabel(): (person: { name: string; role: string }) => string {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  return useCallback(
    (person: { name: string; role: string }) =>
      t('person.withRole', { name: person.name, role: roleLabel(person.role) }),
    [t, roleLabel],
  );
}
