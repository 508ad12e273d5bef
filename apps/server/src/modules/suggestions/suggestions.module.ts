import { Module } from '@nestjs/common';
import { CommandModule } from '../command/command.module';
import { AuthModule } from '../auth/auth.module';
import { AuditModule } from '../audit/audit.module';
import { AccessModule } from '../access/access.module';
import { DocumentModule } from '../document/document.module';
import { CommentsModule } from '../comments/comments.module';
import { SuggestionsController } from './suggestions.controller';
import { SuggestionsRepository } from './suggestions.repository';
import { SuggestionsService } from './suggestions.service';

/** Suggestion mode: deciding and withdrawing suggestions, and the record of decisions. */
@Module({
  imports: [AccessModule, AuditModule, AuthModule, CommandModule, CommentsModule, DocumentModule],
  controllers: [SuggestionsController],
  providers: [SuggestionsService, SuggestionsRepository],
  exports: [SuggestionsService],
})
export class SuggestionsModule {}
