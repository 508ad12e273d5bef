import { Module } from '@nestjs/common';
import { BackupTrigger } from './backup-trigger';

@Module({ providers: [BackupTrigger] })
export class BackupModule {}
