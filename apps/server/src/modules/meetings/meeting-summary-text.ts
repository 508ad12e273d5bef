import type { AgendaItem, MeetingSummary, Role } from '@iep/shared';

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

const ROLE_WORDS: Record<Role, string> = {
  parent: 'parent or guardian',
  teacher: 'teacher',
  ot: 'occupational therapist',
  ota: 'OT assistant',
  admin: 'administrator',
};

/** A compliance check in words (its title is its code). */
const CHECK_WORDS: Record<string, string> = {
  goal_measurable: 'a goal is not yet measurable',
  service_complete: 'a service is missing details',
  parent_concerns_present: 'the parent concerns are still empty',
  annual_review_within_year: 'the annual review date needs checking',
  transition_goals_present: 'transition goals are needed',
  field_valid: 'a stored value is not valid',
};

const PART_WORDS: Record<string, string> = {
  presentLevels: 'present levels',
  parentConcerns: 'parent concerns',
  classroomStrategies: 'classroom strategies',
  homeStrategies: 'home strategies',
  notes: 'notes',
  goals: 'goals',
  services: 'services',
  accommodations: 'accommodations',
  areasOfNeed: 'areas of need',
  transitionGoals: 'transition goals',
  plan: 'the plan dates',
};

/** "goals/9f76…/criterion" -> "goals": the part in words, never an id. */
const partWords = (part: string): string => PART_WORDS[part.split('/')[0] ?? ''] ?? 'the section';

const itemWords = (item: AgendaItem): string => {
  const title = item.kind === 'check' ? (CHECK_WORDS[item.title] ?? 'a check to review') : item.title;
  return `${AGENDA_WORDS[item.kind]}: ${title}${item.part ? ` (in ${partWords(item.part)})` : ''}`;
};

const list = (lines: string[], none: string): string[] =>
  lines.length > 0 ? lines.map((l) => `- ${l}`) : [`- ${none}`];

/**
 * The summary as plain text for mail, in the record's language: who attended, what was decided,
 * what is open. It holds only what the whole team, family included, may read.
 */
export function summaryText(summary: MeetingSummary, notes = ''): string {
  const attended = summary.attendance.map((a) => `${a.name}, ${ROLE_WORDS[a.role]}, ${a.minutes} min`);
  const excused = summary.excused.map((e) => `${e.name}, ${ROLE_WORDS[e.role]}, excused`);
  const decided = summary.decisions.map((d) => `${DECISION_WORDS[d.kind]}: ${d.title}`);
  const open = summary.open.map(itemWords);
  return [
    'Who attended:',
    ...list([...attended, ...excused], 'nobody joined'),
    '',
    'What was decided:',
    ...list(decided, 'no decisions recorded'),
    '',
    'What is open:',
    ...list(open, 'nothing open'),
    '',
    'Meeting notes:',
    notes.trim() === '' ? '- no notes were taken' : notes.trim(),
  ].join('\n');
}
