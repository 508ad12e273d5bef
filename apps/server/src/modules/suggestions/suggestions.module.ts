import { Module } from '@nestjs/common';
import { CollabModule } from '../../collab/collab.module';
import { SuggestionsController } from './suggestions.controller';
import { SuggestionsRepository } from './suggestions.repository';
import { SuggestionsService } from './suggestions.service';

/** Suggestion mode: deciding and withdrawing suggestions, and the record of decisions. */
@Module({
  imports: [CollabModule],
  controllers: [SuggestionsController],
  providers: [SuggestionsService, SuggestionsRepository],
  exports: [SuggestionsService],
})
export class SuggestionsModule {}
