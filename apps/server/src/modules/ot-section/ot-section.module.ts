import { Module } from '@nestjs/common';
import { CollabModule } from '../../collab/collab.module';
import { OtSectionController } from './ot-section.controller';
import { OtSectionService } from './ot-section.service';

@Module({ imports: [CollabModule], controllers: [OtSectionController], providers: [OtSectionService] })
export class OtSectionModule {}
