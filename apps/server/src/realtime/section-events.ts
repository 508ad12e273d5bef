import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import type {
  GoalDataChangedEvent,
  MeetingState,
  NoticeChangedEvent,
  ProgressReportChangedEvent,
  ProposalChangedEvent,
  SectionStatusEvent,
  ServiceLogChangedEvent,
  SignoffChangedEvent,
} from '@iep/shared';

/**
 * A meeting's state in the two views its section's rooms hear: `staff` for the staff room (those
 * who may view staff-only threads), `section` for everyone else in the section room (the family).
 */
export interface MeetingBroadcast {
  sectionId: string;
  section: MeetingState;
  staff: MeetingState;
}

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

  meeting(views: MeetingBroadcast): void {
    this.emitter.emit('meeting', views);
  }

  onMeeting(listener: (views: MeetingBroadcast) => void): void {
    this.emitter.on('meeting', listener);
  }

  proposal(event: ProposalChangedEvent): void {
    this.emitter.emit('proposal', event);
  }

  onProposal(listener: (event: ProposalChangedEvent) => void): void {
    this.emitter.on('proposal', listener);
  }

  /** A notice changed; `staffOnly` for drafts, which the family never hears of. */
  notice(event: NoticeChangedEvent, staffOnly: boolean): void {
    this.emitter.emit('notice', event, staffOnly);
  }

  onNotice(listener: (event: NoticeChangedEvent, staffOnly: boolean) => void): void {
    this.emitter.on('notice', listener);
  }

  /** A session was recorded or corrected: the whole section room refetches (staff-only notes are not in the event). */
  serviceLog(event: ServiceLogChangedEvent): void {
    this.emitter.emit('serviceLog', event);
  }

  onServiceLog(listener: (event: ServiceLogChangedEvent) => void): void {
    this.emitter.on('serviceLog', listener);
  }

  /** A goal data point was recorded or corrected: the whole section room refetches the goal data. */
  goalData(event: GoalDataChangedEvent): void {
    this.emitter.emit('goalData', event);
  }

  onGoalData(listener: (event: GoalDataChangedEvent) => void): void {
    this.emitter.on('goalData', listener);
  }

  /** A progress report changed; `staffOnly` for drafts, which only their writers read. */
  progressReport(event: ProgressReportChangedEvent, staffOnly: boolean): void {
    this.emitter.emit('progressReport', event, staffOnly);
  }

  onProgressReport(listener: (event: ProgressReportChangedEvent, staffOnly: boolean) => void): void {
    this.emitter.on('progressReport', listener);
  }

  onStatus(listener: (event: SectionStatusEvent) => void): void {
    this.emitter.on('status', listener);
  }

  onSignoff(listener: (event: SignoffChangedEvent) => void): void {
    this.emitter.on('signoff', listener);
  }
}
