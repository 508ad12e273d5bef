import { Module } from '@nestjs/common';
import { DistrictController } from './district.controller';
import { DistrictRepository } from './district.repository';
import { DistrictService } from './district.service';

/** District administration (issue 10). Exports the repository's standing check for teams and invitations. */
@Module({ controllers: [DistrictController], providers: [DistrictService, DistrictRepository], exports: [DistrictRepository] })
export class DistrictModule {}
