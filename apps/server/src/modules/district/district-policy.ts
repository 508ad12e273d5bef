import { can, type Actor } from '@iep/shared';
import type { DistrictRepository } from './district.repository';

/**
 * Whether the caller manages the district: their standing comes from the store (an administrator
 * of this district), the decision from the one policy (`district.manage`).
 */
export async function managesDistrict(
  districts: DistrictRepository,
  userId: string,
  districtId: string,
): Promise<boolean> {
  const actor: Actor = { userId, role: null, districtAdmin: await districts.isAdminOf(userId, districtId) };
  return can(actor, 'district.manage');
}
