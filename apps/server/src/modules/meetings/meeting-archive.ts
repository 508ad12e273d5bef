import { Injectable } from '@nestjs/common';
import { fragmentPlainText, meetingNotesJson, type MeetingState } from '@iep/shared';
import { DocRegistry } from '../../collab/doc-registry';
import type { AuthContext } from '../auth/auth.types';
import { MeetingsService } from './meetings.service';

export interface ArchivedMeeting {
  meeting: MeetingState;
  /** The shared notes in words (the whole team, family included, wrote and reads them). */
  notes: string;
}

/** The meetings of a section for the family's record archive: as the caller may see them, with their notes. */
@Injectable()
export class MeetingArchive {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly docs: DocRegistry,
  ) {}

  async forSection(ctx: AuthContext, sectionId: string): Promise<ArchivedMeeting[]> {
    const states = await this.meetings.list(ctx, sectionId);
    const notes = await this.docs.read(sectionId, (doc) => {
      const out = new Map<string, string>();
      for (const s of states) {
        const json = meetingNotesJson(doc, s.id);
        out.set(s.id, json === null ? '' : fragmentPlainText(json).trim());
      }
      return out;
    });
    return states.map((meeting) => ({ meeting, notes: notes.get(meeting.id) ?? '' }));
  }
}
