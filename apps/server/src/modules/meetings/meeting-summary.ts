import { Injectable } from '@nestjs/common';
import type * as Y from 'yjs';
import {
  attendanceLines,
  diffSections,
  meetingNotesJson,
  type MeetingState,
  type MeetingSummary,
  type SectionSnapshotJson,
  type SectionStructure,
} from '@iep/shared';
import { VersionsRepository } from '../versions/versions.repository';
import { MeetingItemsRepository } from './meeting-items.repository';
import type { MeetingRow } from './meetings.repository';

/** A record's words for the summary: a goal by its behaviour, a service by its model, else its id. */
function recordTitle(structure: SectionStructure, root: string, id: string): string {
  const records = (structure as unknown as Record<string, { id: string; [field: string]: unknown }[]>)[root] ?? [];
  const record = records.find((r) => r.id === id);
  if (!record) return id;
  for (const field of ['behavior', 'deliveryModel', 'description', 'area', 'text']) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 120);
  }
  return id;
}

/** The record a meeting leaves: who attended, what changed and was decided, what is still open. */
@Injectable()
export class MeetingSummaries {
  constructor(
    private readonly versions: VersionsRepository,
    private readonly items: MeetingItemsRepository,
  ) {}

  notesJson(doc: Y.Doc, meetingId: string): object | null {
    return meetingNotesJson(doc, meetingId);
  }

  async build(row: MeetingRow, state: MeetingState, endVersion: number): Promise<MeetingSummary> {
    const now = (row.endedAt ?? new Date()).toISOString();
    const lines = attendanceLines(
      row.attendance.map((a) => ({
        userId: a.userId,
        joinedAt: a.joinedAt.toISOString(),
        endedAt: a.endedAt ? a.endedAt.toISOString() : null,
        endReason: a.endReason === 'left' || a.endReason === 'dropped' || a.endReason === 'ended' ? a.endReason : null,
        mode: a.mode,
        interpreter: a.interpreter,
      })),
      now,
    );
    const roster = new Map([...state.invited, ...state.participants].map((m) => [m.userId, m]));
    const [before, after, decisions] = await Promise.all([
      row.startVersion === null ? null : this.versions.get(row.sectionId, row.startVersion),
      this.versions.get(row.sectionId, endVersion),
      this.items.decisions(row.sectionId, row.startedAt ?? row.endedAt ?? new Date(), row.endedAt ?? new Date()),
    ]);
    const changes: MeetingSummary['changes'] = { fragments: [], records: [] };
    if (before && after) {
      const from = before.json as unknown as SectionSnapshotJson;
      const to = after.json as unknown as SectionSnapshotJson;
      const diff = diffSections(from, to);
      changes.fragments = diff.fragments.filter((f) => f.changes.some((c) => c.op !== 'same')).map((f) => f.name);
      changes.records = diff.records.map((r) => ({
        root: r.root,
        change: r.change,
        title: recordTitle(r.change === 'removed' ? from.structure : to.structure, r.root, r.id),
      }));
    }
    return {
      attendance: lines.map((line) => {
        const who = roster.get(line.userId);
        return { ...line, name: who?.name ?? '', role: who?.role ?? 'teacher' };
      }),
      excused: state.excusals
        .filter((e) => e.confirmedAt !== null)
        .map((e) => ({ name: e.name, role: e.role, areaDiscussed: e.areaDiscussed, writtenInput: e.writtenInput })),
      decisions,
      changes,
      open: state.agenda,
      itemSeconds: state.itemSeconds,
    };
  }
}
