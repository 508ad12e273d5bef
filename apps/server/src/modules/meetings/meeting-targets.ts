import { HttpStatus, Injectable } from '@nestjs/common';
import { ErrorCode, recordExists, type DiscussTarget } from '@iep/shared';
import { AppError } from '../../common/app-error';
import { DocRegistry } from '../../collab/doc-registry';
import type { SectionAccess } from '../access/team-access.service';
import { MeetingAgenda } from './meeting-agenda';
import { targetKey } from './meeting-view';
import { threadVisibilitiesOf, MeetingVisibility } from './meeting-visibility';
import { MeetingsRepository, type MeetingRow } from './meetings.repository';

/**
 * What a client may name for a meeting. An agenda key must be on the meeting's agenda as the server
 * builds it now; a part must be in the section (a record must exist in the live document); and
 * whatever is named must be visible to every member of the team, the family included, because the
 * meeting is shown to all of them. Anything else is refused with MEETING_TARGET_UNKNOWN before
 * anything is stored.
 */
@Injectable()
export class MeetingTargets {
  constructor(
    private readonly agenda: MeetingAgenda,
    private readonly repo: MeetingsRepository,
    private readonly visibility: MeetingVisibility,
    private readonly docs: DocRegistry,
  ) {}

  async requireOnAgenda(row: MeetingRow, section: SectionAccess, keys: readonly string[]): Promise<void> {
    const onAgenda = new Set((await this.agenda.build(section, row)).map((item) => item.key));
    await this.requireSeenByAll(row, section, keys, (key) => onAgenda.has(key));
  }

  async requireTarget(row: MeetingRow, section: SectionAccess, target: DiscussTarget): Promise<void> {
    if (target.kind === 'agenda') return this.requireOnAgenda(row, section, [target.key]);
    const part = target.part;
    const inSection = !part.includes('/') || (await this.docs.read(row.sectionId, (doc) => recordExists(doc, part)));
    await this.requireSeenByAll(row, section, [targetKey(target)], () => inSection);
  }

  private async requireSeenByAll(
    row: MeetingRow,
    section: SectionAccess,
    keys: readonly string[],
    known: (key: string) => boolean,
  ): Promise<void> {
    const [team, lens] = await Promise.all([this.repo.team(row.sectionId), this.visibility.lens(row.sectionId, keys)]);
    const readers = team.map((member) =>
      threadVisibilitiesOf({ userId: member.userId, role: member.role }, section.status),
    );
    const refused = keys.filter((key) => !known(key) || !readers.every((visibilities) => lens.sees(key, visibilities)));
    if (refused.length > 0) {
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        ErrorCode.MeetingTargetUnknown,
        'That is not on this meeting’s agenda, or not everyone in the meeting may see it',
        {
          keys: [...new Set(refused)],
        },
      );
    }
  }
}
