import { GOAL_AREAS, type RichTextNode, type SectionSnapshotJson } from '@iep/shared';
import type { SectionPdfInput } from './section-pdf';

/** A printed version for the renderer's tests: Mateo's section with goals, a service, signatures. */

export const HASH = 'a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778';

export const p = (text: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
export const doc = (...content: RichTextNode[]): RichTextNode => ({ type: 'doc', content });

export function snapshot(goalCount = 2): SectionSnapshotJson {
  return {
    content: {
      presentLevels: doc(
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Strengths' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Mateo ' },
            { type: 'text', text: 'enjoys', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' building with blocks.' },
          ],
        },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p('Holds a pencil with a fisted grasp')] },
            { type: 'listItem', content: [p('Tires after ten minutes of writing')] },
          ],
        },
        { type: 'orderedList', content: [{ type: 'listItem', content: [p('Observation in class')] }] },
      ),
      parentConcerns: doc(p('Le cuesta abrocharse el abrigo — his mother worries about recess.')),
      classroomStrategies: doc(p('Offer a slant board for copying tasks.')),
      homeStrategies: doc(),
    },
    structure: {
      areasOfNeed: GOAL_AREAS.map((area) => ({
        area,
        selected: area === 'fine_motor',
        note: area === 'fine_motor' ? 'Handwriting and fasteners' : '',
      })),
      goals: Array.from({ length: goalCount }, (_, i) => ({
        id: `g${i}`,
        position: i,
        area: 'fine_motor' as const,
        baseline: 'Buttons a coat in 1 of 5 trials',
        condition: 'Given a coat with large buttons',
        behavior: 'Mateo will button his coat',
        criterion: i === 0 ? 'in 4 of 5 trials' : `in ${i} of 5 trials over two weeks`,
        timeframe: 'by the annual review',
        measurement: 'Therapist observation',
        reporting: 'Every report card',
        objectives: ['Buttons with help', 'Buttons alone'],
        description: doc(p('Independence at recess.')),
        provenance: null,
      })),
      services: [
        {
          id: 's1',
          position: 0,
          model: 'direct_pull_out',
          frequency: 2,
          period: 'week',
          minutes: 30,
          grouping: 'individual',
          location: 'OT room',
          provider: 'ot',
          startDate: '2026-09-01',
          endDate: '2027-06-15',
        },
      ],
      accommodations: [{ id: 'a1', position: 0, kind: 'equipment', text: 'Slant board' }],
      transitionGoals: [],
    },
  };
}

export function input(overrides: Partial<SectionPdfInput> = {}): SectionPdfInput {
  return {
    locale: 'en',
    final: false,
    student: {
      name: 'Mateo Reyes',
      dateOfBirth: new Date('2017-03-14T00:00:00Z'),
      grade: '3',
      school: 'Lincoln Elementary',
    },
    plan: {
      kind: 'iep',
      meetingDate: new Date('2026-12-01T00:00:00Z'),
      annualReviewDate: new Date('2027-11-30T00:00:00Z'),
    },
    version: {
      number: 3,
      name: 'For sign-off',
      reason: 'manual',
      createdAt: new Date('2026-11-20T15:04:00Z'),
      contentHash: HASH,
      snapshot: snapshot(),
    },
    team: [
      { name: 'Olivia Torres', role: 'ot' },
      { name: 'Paula Reyes', role: 'parent' },
    ],
    attendance: [],
    signatures: [
      {
        role: 'parent',
        signerName: 'Paula Reyes',
        typedName: 'Paula M. Reyes',
        decision: 'consent_in_part',
        excludedItems: [{ ref: 'services/s1', label: 'Service 1' }],
        reason: 'We want to talk about the minutes again',
        signedAt: new Date('2026-11-21T10:00:00Z'),
        contentHash: HASH,
        voidedAt: null,
        voidReason: null,
      },
      {
        role: 'ot',
        signerName: 'Olivia Torres',
        typedName: 'Olivia Torres',
        decision: 'approve',
        excludedItems: [],
        reason: null,
        signedAt: new Date('2026-11-19T10:00:00Z'),
        contentHash: HASH,
        voidedAt: new Date('2026-11-19T11:00:00Z'),
        voidReason: 'The goals were edited',
      },
    ],
    revocations: [{ name: 'Paula Reyes', reason: 'Changed our mind', revokedAt: new Date('2026-11-22T09:00:00Z') }],
    ...overrides,
  };
}
