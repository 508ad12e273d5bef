import { Module } from '@nestjs/common';
import { CommandModule } from '../../common/command/command.module';
import { DistrictController } from './district.controller';
import { DistrictRepository } from './district.repository';
import { DistrictService } from './district.service';

/** District administration (issue 10): schools, students, plans and OT sections of the districts one runs. */
@Module({
  imports: [CommandModule],
  controllers: [DistrictController],
  providers: [DistrictService, DistrictRepository],
})
export class DistrictModule {}
