import { useCallback, useMemo } from 'react';
import * as Y from 'yjs';
import {
  complianceChecks,
  fragmentPlainText,
  fragmentToJson,
  readStructure,
  STRUCTURED_ROOTS,
  type FieldIssue,
  type SectionStructure,
} from '@iep/shared';
import { AccommodationsPanel } from './AccommodationsPanel';
import { AreasOfNeedPanel } from './AreasOfNeedPanel';
import { CompliancePanel } from './CompliancePanel';
import { GoalsPanel } from './GoalsPanel';
import { ServicesPanel } from './ServicesPanel';
import { TransitionGoalsPanel } from './TransitionGoalsPanel';
import { useDeepValue, type DeepObservable } from './useDeepVersion';

interface StructuredPanelsProps {
  doc: Y.Doc;
  editable: boolean;
  /** From the section response (YYYY-MM-DD or null): the plan's dates and the student's birth date. */
  meetingDate: string | null;
  annualReviewDate: string | null;
  dateOfBirth: string | null;
  /** For the goal bank's blanks. */
  studentFirstName: string;
}

interface DocView {
  structure: SectionStructure;
  issues: FieldIssue[];
  parentConcernsText: string;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Areas of need, goals, services, accommodations, transition goals and the live compliance checks, all read from the section's one Y.Doc. */
export function StructuredPanels({
  doc,
  editable,
  meetingDate,
  annualReviewDate,
  dateOfBirth,
  studentFirstName,
}: StructuredPanelsProps) {
  const types = useMemo<DeepObservable[]>(
    () => [...STRUCTURED_ROOTS.map((root) => doc.getMap<unknown>(root)), doc.getXmlFragment('parentConcerns')],
    [doc],
  );
  const read = useCallback((): DocView => {
    const { structure, issues } = readStructure(doc);
    return {
      structure,
      issues,
      parentConcernsText: fragmentPlainText(fragmentToJson(doc.getXmlFragment('parentConcerns'))),
    };
  }, [doc]);
  const view = useDeepValue(types, read);

  const now = today();
  const items = complianceChecks({ ...view, meetingDate, annualReviewDate, dateOfBirth }, now);
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
      <AreasOfNeedPanel doc={doc} areas={view.structure.areasOfNeed} editable={editable} />
      <GoalsPanel
        doc={doc}
        goals={view.structure.goals}
        editable={editable}
        facts={{ studentFirstName, annualReviewDate }}
      />
      <ServicesPanel doc={doc} services={view.structure.services} issues={view.issues} editable={editable} />
      <AccommodationsPanel
        doc={doc}
        accommodations={view.structure.accommodations}
        issues={view.issues}
        editable={editable}
      />
      <TransitionGoalsPanel
        doc={doc}
        transitionGoals={view.structure.transitionGoals}
        issues={view.issues}
        editable={editable}
        dateOfBirth={dateOfBirth}
        meetingDate={meetingDate}
        today={now}
      />
      <CompliancePanel items={items} structure={view.structure} rawValue={rawValue} />
    </>
  );
}
