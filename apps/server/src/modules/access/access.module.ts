import { Module } from '@nestjs/common';
import { TeamAccessService } from './team-access.service';
import { TeamRepository } from './team.repository';

/** Who may reach which student and section: the one place the standing of a caller is resolved. */
@Module({ providers: [TeamAccessService, TeamRepository], exports: [TeamAccessService, TeamRepository] })
export class AccessModule {}
