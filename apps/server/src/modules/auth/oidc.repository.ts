import { Injectable } from '@nestjs/common';
import { STAFF_ROLES } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';

/** Roles on a team that make someone staff (everyone but parents). */

/** Data access for OpenID Connect sign-in: identities and who counts as staff. */
@Injectable()
export class OidcRepository {
  constructor(private readonly prisma: PrismaService) {}

  userByIdentity(issuer: string, subject: string) {
    return this.prisma.client.user.findUnique({
      where: { oidcIssuer_oidcSubject: { oidcIssuer: issuer, oidcSubject: subject } },
    });
  }

  userByEmail(email: string) {
    return this.prisma.client.user.findUnique({ where: { email } });
  }

  /** Staff: on some team as teacher, OT, OTA or administrator, or a district administrator. */
  async isStaff(userId: string): Promise<boolean> {
    const [memberships, districtAdmin] = await Promise.all([
      this.prisma.client.teamMembership.count({ where: { userId, role: { in: [...STAFF_ROLES] } } }),
      this.prisma.client.districtAdmin.count({ where: { userId } }),
    ]);
    return memberships + districtAdmin > 0;
  }

  /** Links the identity to an account that has none yet; false if another sign-in linked it first. */
  async link(userId: string, issuer: string, subject: string): Promise<boolean> {
    const { count } = await this.prisma.client.user.updateMany({
      where: { id: userId, oidcSubject: null },
      data: { oidcIssuer: issuer, oidcSubject: subject },
    });
    return count === 1;
  }
}
