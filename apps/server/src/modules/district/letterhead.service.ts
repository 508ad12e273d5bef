import { HttpStatus, Injectable } from '@nestjs/common';
import { ErrorCode, type Letterhead, type LetterheadInput, type LogoType } from '@iep/shared';
import { AppError } from '../../common/app-error';
import { DISTRICT_ADMIN_ROLE } from '../audit/audit.service';
import { CommandRunner } from '../command/command-runner';
import { DistrictRepository } from './district.repository';
import { managesDistrict } from './district-policy';
import type { Caller } from './district.service';
import { LetterheadRepository, type LetterheadRow } from './letterhead.repository';
import { newPdfDocument } from '../export/section-pdf.layout';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** The logo's bytes when they are an image of the declared type that the PDF library can draw. */
async function logoBytes(type: LogoType, data: string): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(Buffer.from(data, 'base64'));
  const magicOk = type === 'image/png' ? startsWith(bytes, PNG) : startsWith(bytes, JPEG);
  let drawable = false;
  if (magicOk) {
    try {
      (await newPdfDocument({ compress: false })).image(Buffer.from(bytes), 0, 0, { width: 1 });
      drawable = true;
    } catch {
      drawable = false;
    }
  }
  if (!drawable) {
    throw new AppError(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, 'The logo is not a readable PNG or JPEG', {
      issues: [{ path: ['logo', 'data'], message: 'not_an_image' }],
    });
  }
  return bytes;
}

export function letterheadView(row: LetterheadRow): Letterhead {
  const type = row.logoType === 'image/png' || row.logoType === 'image/jpeg' ? row.logoType : null;
  return {
    districtId: row.id,
    name: row.name,
    address: row.address,
    timeZone: row.timeZone,
    logo: row.logo && type ? { type, bytes: row.logo.length } : null,
  };
}

/** The district's letterhead, set by its administrators (anyone else gets 404). */
@Injectable()
export class LetterheadService {
  constructor(
    private readonly districts: DistrictRepository,
    private readonly repo: LetterheadRepository,
    private readonly commands: CommandRunner,
  ) {}

  async get(caller: Caller, districtId: string): Promise<Letterhead> {
    return letterheadView(await this.require(caller, districtId));
  }

  async set(caller: Caller, districtId: string, input: LetterheadInput): Promise<Letterhead> {
    await this.require(caller, districtId);
    const logo =
      input.logo === undefined || input.logo === null
        ? input.logo
        : { type: input.logo.type, bytes: await logoBytes(input.logo.type, input.logo.data) };
    return this.commands.transact(async (fx) => {
      const row = await this.repo.update(fx.tx, districtId, {
        name: input.name,
        address: input.address,
        timeZone: input.timeZone,
        logo,
      });
      await fx.record({
        action: 'district.letterhead_set',
        actorId: caller.userId,
        actorRole: DISTRICT_ADMIN_ROLE,
        ip: caller.ip,
        detail: {
          districtId,
          name: row.name,
          timeZone: row.timeZone,
          logo: logo === undefined ? 'kept' : logo === null ? 'removed' : `${logo.type} ${logo.bytes.length}`,
        },
      });
      return letterheadView(row);
    });
  }

  private async require(caller: Caller, districtId: string): Promise<LetterheadRow> {
    const row = (await managesDistrict(this.districts, caller.userId, districtId))
      ? await this.repo.find(districtId)
      : null;
    if (!row) throw AppError.notFound('No such district');
    return row;
  }
}
