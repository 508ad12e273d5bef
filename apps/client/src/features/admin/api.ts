import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import {
  adminPlanSchema,
  adminSchoolListSchema,
  adminSchoolSchema,
  adminStudentListSchema,
  adminStudentSchema,
  myDistrictsSchema,
  type PlanInput,
  type PlanUpdate,
  type StudentInput,
  type StudentUpdate,
} from '@iep/shared';
import { requestJson, requestNoContent } from '../../api/http';
import { studentKeys } from '../students/api';

const enc = encodeURIComponent;

export const adminKeys = {
  myDistricts: ['me', 'districts'] as const,
  schools: (districtId: string) => ['admin', districtId, 'schools'] as const,
  students: (districtId: string) => ['admin', districtId, 'students'] as const,
};

/** The districts the signed-in user runs (empty for everyone else). */
export function useMyDistricts() {
  return useQuery({
    queryKey: adminKeys.myDistricts,
    queryFn: async ({ signal }) => (await requestJson('/api/me/districts', myDistrictsSchema, { signal })).districts,
    staleTime: 5 * 60_000,
  });
}

export function useSchools(districtId: string) {
  return useQuery({
    queryKey: adminKeys.schools(districtId),
    queryFn: async ({ signal }) =>
      (await requestJson(`/api/admin/districts/${enc(districtId)}/schools`, adminSchoolListSchema, { signal })).schools,
  });
}

export function useAdminStudents(districtId: string) {
  return useQuery({
    queryKey: adminKeys.students(districtId),
    queryFn: async ({ signal }) =>
      (await requestJson(`/api/admin/districts/${enc(districtId)}/students`, adminStudentListSchema, { signal }))
        .students,
  });
}

/** Every change refreshes the district's schools and students (counts and plans move together). */
function useDistrictMutation<V, R>(districtId: string, send: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.schools(districtId) }),
        queryClient.invalidateQueries({ queryKey: adminKeys.students(districtId) }),
        queryClient.invalidateQueries({ queryKey: studentKeys.all }),
      ]);
    },
  });
}

export function useCreateSchool(districtId: string) {
  return useDistrictMutation(districtId, (name: string) =>
    requestJson(`/api/admin/districts/${enc(districtId)}/schools`, adminSchoolSchema, {
      method: 'POST',
      body: { name },
    }),
  );
}

export function useRenameSchool(districtId: string) {
  return useDistrictMutation(districtId, ({ schoolId, name }: { schoolId: string; name: string }) =>
    requestJson(`/api/admin/schools/${enc(schoolId)}`, adminSchoolSchema, { method: 'PATCH', body: { name } }),
  );
}

export function useDeleteSchool(districtId: string) {
  return useDistrictMutation(districtId, (schoolId: string) =>
    requestNoContent(`/api/admin/schools/${enc(schoolId)}`, { method: 'DELETE' }),
  );
}

export function useSaveStudent(districtId: string) {
  return useDistrictMutation(
    districtId,
    ({ studentId, input }: { studentId: string | null; input: StudentInput | StudentUpdate }) =>
      studentId === null
        ? requestJson('/api/admin/students', adminStudentSchema, { method: 'POST', body: input })
        : requestJson(`/api/admin/students/${enc(studentId)}`, adminStudentSchema, { method: 'PATCH', body: input }),
  );
}

export function useSavePlan(districtId: string) {
  return useDistrictMutation(
    districtId,
    ({ studentId, planId, input }: { studentId: string; planId: string | null; input: PlanInput | PlanUpdate }) =>
      planId === null
        ? requestJson(`/api/admin/students/${enc(studentId)}/plans`, adminPlanSchema, { method: 'POST', body: input })
        : requestJson(`/api/admin/plans/${enc(planId)}`, adminPlanSchema, { method: 'PATCH', body: input }),
  );
}

export function useOpenSection(districtId: string) {
  return useDistrictMutation(districtId, (planId: string) =>
    requestJson(`/api/admin/plans/${enc(planId)}/ot-section`, adminPlanSchema, { method: 'POST' }),
  );
}
