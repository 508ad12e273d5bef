import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

type Db = Prisma.TransactionClient;

/** Data access for a person's own account: profile, password, password-reset links. */
@Injectable()
export class AccountRepository {
  constructor(private readonly prisma: PrismaService) {}

  userById(id: string) {
    return this.prisma.client.user.findUnique({ where: { id } });
  }

  userByEmail(email: string) {
    return this.prisma.client.user.findUnique({ where: { email } });
  }

  updateProfile(tx: Db, id: string, data: { name?: string; locale?: string }) {
    return tx.user.update({ where: { id }, data });
  }

  setPassword(tx: Db, id: string, passwordHash: string, at: Date) {
    return tx.user.update({ where: { id }, data: { passwordHash, passwordChangedAt: at } });
  }

  createReset(data: { userId: string; tokenHash: string; expiresAt: Date }) {
    return this.prisma.client.passwordReset.create({ data });
  }

  resetByTokenHash(tokenHash: string, tx?: Db) {
    return (tx ?? this.prisma.client).passwordReset.findUnique({ where: { tokenHash } });
  }

  /** Marks the link used only if it is still open and unexpired: true for exactly one caller. */
  async claimReset(tx: Db, id: string, now: Date): Promise<boolean> {
    const { count } = await tx.passwordReset.updateMany({
      where: { id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    return count === 1;
  }

  /** Voids every open reset link of the user (after a reset or a password change). */
  voidOpenResets(tx: Db, userId: string, now: Date) {
    return tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  }
}
