import type { AgendaItem, MeetingSummary } from '@iep/shared';

const DECISION_WORDS: Record<MeetingSummary['decisions'][number]['kind'], string> = {
  proposal_accepted: 'Proposal accepted',
  proposal_rejected: 'Proposal rejected',
  thread_resolved: 'Discussion resolved',
};

const AGENDA_WORDS: Record<AgendaItem['kind'], string> = {
  parent_input: 'Family input',
  thread: 'Open discussion',
  proposal: 'Open goal proposal',
  check: 'To complete',
  custom: 'Item',
};

const list = (lines: string[], none: string): string[] =>
  lines.length > 0 ? lines.map((l) => `- ${l}`) : [`- ${none}`];

/**
 * The summary as plain text for mail, in the record's language: who attended, what was decided,
 * what is open. It holds only what the whole team, family included, may read.
 */
export function summaryText(summary: MeetingSummary): string {
  const attended = summary.attendance.map((a) => `${a.name} (${a.role}), ${a.minutes} min`);
  const excused = summary.excused.map((e) => `${e.name} (${e.role}), excused`);
  const decided = summary.decisions.map((d) => `${DECISION_WORDS[d.kind]}: ${d.title}`);
  const open = summary.open.map(
    (item) => `${AGENDA_WORDS[item.kind]}: ${item.title}${item.part ? ` [${item.part}]` : ''}`,
  );
  return [
    'Who attended:',
    ...list([...attended, ...excused], 'nobody joined'),
    '',
    'What was decided:',
    ...list(decided, 'no decisions recorded'),
    '',
    'What is open:',
    ...list(open, 'nothing open'),
  ].join('\n');
}
