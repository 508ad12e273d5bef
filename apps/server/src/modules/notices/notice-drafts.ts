import { Injectable } from '@nestjs/common';
import {
  blankNoticeFields,
  fragmentPlainText,
  type ExcludedItem,
  type MeetingSummary,
  type NoticeFields,
  type NoticeOption,
  type NoticeTrigger,
  type RichTextNode,
} from '@iep/shared';
import type { CommandEffects } from '../command/command-effects';
import { SectionEvents } from '../../realtime/section-events';
import { NoticesRepository } from './notices.repository';

const EXCERPT = 1500;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A proposal's words: the behaviour it proposes. */
function behaviorOf(fields: unknown): string {
  const behavior = isRecord(fields) ? fields.behavior : undefined;
  return typeof behavior === 'string' && behavior.trim() !== '' ? behavior.trim() : 'a goal proposal';
}

/** "Data used": the OT evaluation's present levels as last saved, for the OT to complete. */
export function dataUsedFrom(version: { number: number; json: unknown } | null): string {
  if (!version) return 'OT evaluation and present levels of performance.';
  const content = isRecord(version.json) && isRecord(version.json.content) ? version.json.content : {};
  const node = content.presentLevels;
  const text = isRecord(node) ? fragmentPlainText(node as unknown as RichTextNode).trim() : '';
  const head = `OT evaluation and present levels of performance (version ${version.number})`;
  if (text === '') return `${head}.`;
  return `${head}:\n${text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text}`;
}

/** A rejected proposal: the school refuses the goal proposed, for the reason the OT gave. */
export function proposalRejectedFields(proposalFields: unknown, reason: string, dataUsed: string): NoticeFields {
  const goal = behaviorOf(proposalFields);
  return {
    ...blankNoticeFields('refuses'),
    description: `The school refuses to add the proposed goal: "${goal}".`,
    reasons: reason,
    options: [{ option: `Add the goal "${goal}"`, whyRejected: reason }],
    dataUsed,
  };
}

/** The end of a meeting: what it decided and changed; the proposals it rejected are the options. */
export function meetingEndedFields(
  summary: Pick<MeetingSummary, 'decisions' | 'changes'> | null,
  rejected: { fields: unknown; decisionReason: string | null }[],
  dataUsed: string,
): NoticeFields {
  const accepted = (summary?.decisions ?? []).filter((d) => d.kind === 'proposal_accepted').map((d) => d.title);
  const changed = (summary?.changes.records ?? []).map((r) => `${r.change}: ${r.title}`);
  const lines = [...accepted.map((t) => `Add the goal "${t}"`), ...changed];
  const options: NoticeOption[] = rejected.map((p) => ({
    option: `Add the goal "${behaviorOf(p.fields)}"`,
    whyRejected: p.decisionReason ?? '',
  }));
  return {
    ...blankNoticeFields('proposes'),
    description:
      lines.length > 0
        ? `At the meeting the team proposed:\n${lines.map((l) => `- ${l}`).join('\n')}`
        : 'At the meeting the team reviewed the OT section.',
    options,
    dataUsed,
  };
}

/** The family refused consent, or consented in part: the school still proposes what they refused. */
export function consentFields(
  decision: 'no_consent' | 'consent_in_part',
  versionNumber: number,
  excluded: ExcludedItem[],
  reason: string | null,
  dataUsed: string,
): NoticeFields {
  const items = excluded.map((i) => i.label);
  return {
    ...blankNoticeFields('proposes'),
    description:
      decision === 'no_consent'
        ? `The school proposes the OT section as in version ${versionNumber}; the family did not consent.`
        : `The school proposes the OT section as in version ${versionNumber}; the family did not consent to: ${items.join('; ')}.`,
    otherFactors: reason ? `The family's reason: ${reason}` : '',
    dataUsed,
  };
}

export const triggerOfDecision = (decision: 'no_consent' | 'consent_in_part'): NoticeTrigger =>
  decision === 'no_consent' ? 'consent_refused' : 'consent_in_part';

/**
 * Drafts a notice inside another command's transaction (the meeting's end, a rejection, a refusal),
 * so the draft lands with the event or not at all. The staff hear of it once the command commits.
 */
@Injectable()
export class NoticeDrafts {
  constructor(
    private readonly repo: NoticesRepository,
    private readonly events: SectionEvents,
  ) {}

  /** "Data used" as of the latest saved version, read in the command's transaction. */
  async dataUsed(fx: CommandEffects, sectionId: string): Promise<string> {
    return dataUsedFrom(await this.repo.latestVersion(fx.tx, sectionId));
  }

  /** The proposals rejected while a meeting ran. */
  rejectedBetween(fx: CommandEffects, sectionId: string, from: Date, to: Date) {
    return this.repo.rejectedBetween(fx.tx, sectionId, from, to);
  }

  async draftIn(
    fx: CommandEffects,
    draft: { sectionId: string; trigger: NoticeTrigger; sourceId: string | null; createdById: string | null },
    fields: NoticeFields,
  ): Promise<string> {
    const row = await this.repo.createIn(fx.tx, { ...draft, fields });
    await fx.audit('notice.drafted', { noticeId: row.id, trigger: draft.trigger, sourceId: draft.sourceId });
    fx.publish(() => this.events.notice({ sectionId: draft.sectionId, noticeId: row.id, change: 'drafted' }, true));
    return row.id;
  }
}
