import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { RealtimeEvents } from './realtime-events';
import { RealtimeGateway } from './realtime.gateway';

@Module({ imports: [CollabModule], providers: [RealtimeGateway, RealtimeEvents], exports: [RealtimeEvents] })
export class RealtimeModule {}
