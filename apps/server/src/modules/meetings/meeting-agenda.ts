import { Injectable } from '@nestjs/common';
import { readStructure, sectionDocToJson, type AgendaItem } from '@iep/shared';
import { DocRegistry } from '../../collab/doc-registry';
import { sectionChecks } from '../ot-section/section-compliance';
import type { SectionAccessRow } from '../access/team.repository';
import { MeetingItemsRepository } from './meeting-items.repository';
import { customItemsOf } from './meeting-view';
import type { MeetingRow } from './meetings.repository';

/** Where a compliance target points in the section: its root part (`goals/<id>/criterion` → `goals/<id>`). */
const partOf = (target: string): string => target.split('/').slice(0, 2).join('/');

/**
 * The agenda builds itself from what is open: parent input (unresolved threads a parent started),
 * the other open team-visible threads (never staff-only ones: the family sees the agenda), open
 * goal proposals, the parts the compliance panel flags and the items the facilitator added. A check item's title is its compliance code, which the client words in the reader's
 * language.
 */
@Injectable()
export class MeetingAgenda {
  constructor(
    private readonly docs: DocRegistry,
    private readonly items: MeetingItemsRepository,
  ) {}

  async build(
    section: Pick<SectionAccessRow, 'sectionId' | 'meetingDate' | 'annualReviewDate' | 'studentDateOfBirth'>,
    row: Pick<MeetingRow, 'customItems'>,
  ): Promise<AgendaItem[]> {
    const [doc, discussed] = await Promise.all([
      this.docs.read(section.sectionId, (d) => ({ content: sectionDocToJson(d), ...readStructure(d) })),
      this.items.agendaItems(section.sectionId),
    ]);
    const flagged = sectionChecks(section, doc).filter((c) => !c.ok);
    const seen = new Set<string>();
    const checks: AgendaItem[] = [];
    for (const c of flagged) {
      const key = `check:${c.code}:${partOf(c.target)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      checks.push({ key, kind: 'check', title: c.code, part: partOf(c.target), state: null });
    }
    const custom: AgendaItem[] = customItemsOf(row).map((c) => ({
      key: c.key,
      kind: 'custom',
      title: c.title,
      part: null,
      state: null,
    }));
    return [...discussed, ...checks, ...custom];
  }
}
