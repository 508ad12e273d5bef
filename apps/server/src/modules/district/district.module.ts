import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CommandModule } from '../command/command.module';
import { DistrictController } from './district.controller';
import { DistrictRepository } from './district.repository';
import { DistrictService } from './district.service';
import { LetterheadController } from './letterhead.controller';
import { LetterheadRepository } from './letterhead.repository';
import { LetterheadService } from './letterhead.service';

/** District administration (issue 10): schools, students, plans and OT sections of the districts one runs. */
@Module({
  imports: [AuthModule, CommandModule],
  controllers: [DistrictController, LetterheadController],
  providers: [DistrictService, DistrictRepository, LetterheadService, LetterheadRepository],
  exports: [LetterheadRepository],
})
export class DistrictModule {}
