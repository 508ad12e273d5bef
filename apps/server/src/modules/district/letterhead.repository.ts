import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

export interface LetterheadData {
  name: string;
  address: string;
  timeZone: string;
  /** undefined keeps the stored logo, null removes it. */
  logo?: { type: string; bytes: Uint8Array<ArrayBuffer> } | null;
}

const select = { id: true, name: true, address: true, timeZone: true, logo: true, logoType: true } as const;
export type LetterheadRow = Prisma.DistrictGetPayload<{ select: typeof select }>;

/** Data access for the district's letterhead: what its documents print at the top. */
@Injectable()
export class LetterheadRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(districtId: string): Promise<LetterheadRow | null> {
    return this.prisma.client.district.findUnique({ where: { id: districtId }, select });
  }

  update(tx: Prisma.TransactionClient, districtId: string, data: LetterheadData): Promise<LetterheadRow> {
    const logo =
      data.logo === undefined
        ? {}
        : data.logo === null
          ? { logo: null, logoType: null }
          : { logo: data.logo.bytes, logoType: data.logo.type };
    return tx.district.update({
      where: { id: districtId },
      data: { name: data.name, address: data.address, timeZone: data.timeZone, ...logo },
      select,
    });
  }
}
