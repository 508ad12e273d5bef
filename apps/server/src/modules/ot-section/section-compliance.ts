import {
  complianceChecks,
  fragmentPlainText,
  type ComplianceItem,
  type FieldIssue,
  type RecordFacts,
  type SectionContent,
  type SectionStructure,
} from '@iep/shared';
import type { SectionAccessRow } from '../access/team.repository';

const day = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

/** The plan's dates as the section shows them (YYYY-MM-DD). */
export function sectionDates(
  section: Pick<SectionAccessRow, 'meetingDate' | 'annualReviewDate' | 'studentDateOfBirth'>,
) {
  return {
    meetingDate: day(section.meetingDate),
    annualReviewDate: day(section.annualReviewDate),
    studentDateOfBirth: day(section.studentDateOfBirth),
  };
}

/** The compliance panel's items for the section as it is now. */
export function sectionChecks(
  section: Pick<SectionAccessRow, 'meetingDate' | 'annualReviewDate' | 'studentDateOfBirth'>,
  doc: { content: SectionContent; structure: SectionStructure; issues: FieldIssue[] },
  today = new Date().toISOString().slice(0, 10),
  record?: RecordFacts,
): ComplianceItem[] {
  const dates = sectionDates(section);
  return complianceChecks(
    {
      structure: doc.structure,
      issues: doc.issues,
      parentConcernsText: fragmentPlainText(doc.content.parentConcerns),
      meetingDate: dates.meetingDate,
      annualReviewDate: dates.annualReviewDate,
      dateOfBirth: dates.studentDateOfBirth,
      record,
    },
    today,
  );
}
