import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../db/prisma.service';

/** Data access for the mail outbox. */
@Injectable()
export class MailRepository {
  constructor(private readonly prisma: PrismaService) {}

  queue(message: { to: string; subject: string; text: string }) {
    return this.prisma.client.mailOutbox.create({ data: message });
  }

  markSent(id: string) {
    return this.prisma.client.mailOutbox.update({ where: { id }, data: { status: 'sent', sentAt: new Date(), error: null } });
  }

  markFailed(id: string, error: string) {
    return this.prisma.client.mailOutbox.update({ where: { id }, data: { status: 'failed', error: error.slice(0, 500) } });
  }

  list(limit = 200) {
    return this.prisma.client.mailOutbox.findMany({ orderBy: { createdAt: 'desc' }, take: limit });
  }

  /** A team administrator anywhere, or a district administrator (who sends invitations). */
  async isAdmin(userId: string): Promise<boolean> {
    const [onTeam, inDistrict] = await Promise.all([
      this.prisma.client.teamMembership.count({ where: { userId, role: 'admin' } }),
      this.prisma.client.districtAdmin.count({ where: { userId } }),
    ]);
    return onTeam + inDistrict > 0;
  }
}
