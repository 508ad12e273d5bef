import { EventEmitter } from 'node:events';
import { Global, Injectable, Module } from '@nestjs/common';
import type { MeetingState, ProposalChangedEvent, SectionStatusEvent, SignoffChangedEvent } from '@iep/shared';

/**
 * Domain events that the socket.io gateway pushes to section rooms. Services publish here instead
 * of depending on the gateway, which keeps the modules free of cycles.
 */
@Injectable()
export class SectionEvents {
  private readonly emitter = new EventEmitter();

  status(event: SectionStatusEvent): void {
    this.emitter.emit('status', event);
  }

  signoff(event: SignoffChangedEvent): void {
    this.emitter.emit('signoff', event);
  }

  meeting(state: MeetingState): void {
    this.emitter.emit('meeting', state);
  }

  onMeeting(listener: (state: MeetingState) => void): void {
    this.emitter.on('meeting', listener);
  }

  proposal(event: ProposalChangedEvent): void {
    this.emitter.emit('proposal', event);
  }

  onProposal(listener: (event: ProposalChangedEvent) => void): void {
    this.emitter.on('proposal', listener);
  }

  onStatus(listener: (event: SectionStatusEvent) => void): void {
    this.emitter.on('status', listener);
  }

  onSignoff(listener: (event: SignoffChangedEvent) => void): void {
    this.emitter.on('signoff', listener);
  }
}

@Global()
@Module({ providers: [SectionEvents], exports: [SectionEvents] })
export class SectionEventsModule {}
