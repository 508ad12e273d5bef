import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { RealtimeGateway } from './realtime.gateway';

@Module({ imports: [CollabModule], providers: [RealtimeGateway] })
export class RealtimeModule {}
