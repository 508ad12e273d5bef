import { Module } from '@nestjs/common';
import { RealtimeEvents } from './realtime-events';
import { SectionEvents } from './section-events';

/** The app's live events: what modules publish after a commit, heard by the socket.io rooms. */
@Module({ providers: [RealtimeEvents, SectionEvents], exports: [RealtimeEvents, SectionEvents] })
export class RealtimeModule {}
