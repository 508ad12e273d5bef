import { memo, useCallback, useMemo } from 'react';
import * as Y from 'yjs';
import {
  complianceChecks,
  fragmentPlainText,
  fragmentToJson,
  readRemoved,
  readStructure,
  STRUCTURED_ROOTS,
  type FieldIssue,
  type RemovedStructure,
  type SectionStructure,
} from '@iep/shared';
import { AccommodationsPanel } from './AccommodationsPanel';
import { AreasOfNeedPanel } from './AreasOfNeedPanel';
import { CompliancePanel } from './CompliancePanel';
import { GoalsPanel } from './GoalsPanel';
import { ServicesPanel } from './ServicesPanel';
import { TransitionGoalsPanel } from './TransitionGoalsPanel';
import { useDeepValue, type DeepObservable } from './useDeepVersion';
import type { Remover } from './Removal';
import type { SuggestionAuthor } from '../../../editor/suggestions';

interface StructuredPanelsProps {
  doc: Y.Doc;
  editable: boolean;
  /** The parts this person may write (the section's abilities): Remove and Restore follow them. */
  editParts: readonly string[];
  /** Who is editing, stamped on a removal. */
  remover: Remover;
  /** From the section response (YYYY-MM-DD or null): the plan's dates and the student's birth date. */
  meetingDate: string | null;
  annualReviewDate: string | null;
  dateOfBirth: string | null;
  /** For the goal bank's blanks. */
  studentFirstName: string;
  /** Who suggests in goal descriptions, when this person may (null: they may not). */
  goalSuggester: SuggestionAuthor | null;
}

interface DocView {
  structure: SectionStructure;
  issues: FieldIssue[];
  removed: RemovedStructure;
  /** The live compliance checks (read with the rest, so they too keep their identity while unchanged). */
  items: ReturnType<typeof complianceChecks>;
}

// Each panel re-renders only when its own props change: typing in one goal leaves the services,
// accommodations and the rest alone (their props keep their identity, see useDeepValue).
const AreasOfNeed = memo(AreasOfNeedPanel);
const Goals = memo(GoalsPanel);
const Services = memo(ServicesPanel);
const Accommodations = memo(AccommodationsPanel);
const TransitionGoals = memo(TransitionGoalsPanel);
const Compliance = memo(CompliancePanel);

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Areas of need, goals, services, accommodations, transition goals and the live compliance checks, all read from the section's one Y.Doc. */
export function StructuredPanels({
  doc,
  editable,
  editParts,
  remover,
  meetingDate,
  annualReviewDate,
  dateOfBirth,
  studentFirstName,
  goalSuggester,
}: StructuredPanelsProps) {
  const types = useMemo<DeepObservable[]>(
    () => [...STRUCTURED_ROOTS.map((root) => doc.getMap<unknown>(root)), doc.getXmlFragment('parentConcerns')],
    [doc],
  );
  const now = today();
  const read = useCallback((): DocView => {
    const { structure, issues } = readStructure(doc);
    const parentConcernsText = fragmentPlainText(fragmentToJson(doc.getXmlFragment('parentConcerns')));
    const checked = { structure, issues, parentConcernsText, meetingDate, annualReviewDate, dateOfBirth };
    return { structure, issues, removed: readRemoved(doc), items: complianceChecks(checked, now) };
  }, [doc, meetingDate, annualReviewDate, dateOfBirth, now]);
  const view = useDeepValue(types, read);

  // Editing a part takes both: the page is live (not stopped) and the policy lets this person write it.
  const canEdit = (root: string): boolean => editable && editParts.includes(root);
  const facts = useMemo(() => ({ studentFirstName, annualReviewDate }), [studentFirstName, annualReviewDate]);
  const rawValue = useCallback(
    (target: string): unknown => {
      const [root, id, field] = target.split('/');
      if (root === undefined || id === undefined || field === undefined) return undefined;
      if (!(STRUCTURED_ROOTS as readonly string[]).includes(root)) return undefined;
      const record = doc.getMap<unknown>(root).get(id);
      return record instanceof Y.Map ? record.get(field) : undefined;
    },
    [doc],
  );

  return (
    <>
      <AreasOfNeed doc={doc} areas={view.structure.areasOfNeed} editable={editable} />
      <Goals
        doc={doc}
        goals={view.structure.goals}
        removed={view.removed.goals}
        editable={canEdit('goals')}
        remover={remover}
        facts={facts}
        suggester={goalSuggester}
      />
      <Services
        doc={doc}
        services={view.structure.services}
        removed={view.removed.services}
        issues={view.issues}
        editable={canEdit('services')}
        remover={remover}
      />
      <Accommodations
        doc={doc}
        accommodations={view.structure.accommodations}
        removed={view.removed.accommodations}
        issues={view.issues}
        editable={canEdit('accommodations')}
        remover={remover}
      />
      <TransitionGoals
        doc={doc}
        transitionGoals={view.structure.transitionGoals}
        removed={view.removed.transitionGoals}
        issues={view.issues}
        editable={canEdit('transitionGoals')}
        remover={remover}
        dateOfBirth={dateOfBirth}
        meetingDate={meetingDate}
        today={now}
      />
      <Compliance items={view.items} structure={view.structure} rawValue={rawValue} />
    </>
  );
}
