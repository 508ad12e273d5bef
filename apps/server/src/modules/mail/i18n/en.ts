/**
 * Every word the server writes to people (mail, and the family's record archive), in English. The
 * Spanish catalog (es.ts) has exactly these keys; placeholders are i18next's `{{name}}`. Codes never
 * reach a reader: roles, checks, parts and decisions are words from here.
 */
export const en = {
  common: {
    open: 'Open it in the IEP workspace',
    reason: 'Reason: {{reason}}',
    footer: 'You receive this mail because you are on the team of a student in the IEP workspace.',
  },
  roles: {
    parent: 'parent or guardian',
    teacher: 'teacher',
    ot: 'occupational therapist',
    ota: 'OT assistant',
    admin: 'administrator',
  },
  checks: {
    goal_measurable: 'a goal is not yet measurable',
    service_complete: 'a service is missing details',
    parent_concerns_present: 'the parent concerns are still empty',
    annual_review_within_year: 'the annual review date needs checking',
    transition_goals_present: 'transition goals are needed',
    field_valid: 'a stored value is not valid',
    services_present: 'no service is written yet',
    areas_of_need_present: 'no area of need is marked yet',
    goal_progress_reporting: 'a goal does not say how progress is reported',
    proposals_resolved: 'a goal proposal is still open',
    suggestions_resolved: 'a suggested change is still open',
    family_review_answered: 'the family has not answered the review yet',
    other: 'a check to review',
  },
  parts: {
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
    other: 'the section',
  },
  agenda: {
    parent_input: 'Family input',
    thread: 'Open discussion',
    proposal: 'Open goal proposal',
    check: 'To complete',
    custom: 'Item',
    line: '{{kind}}: {{title}}',
    lineIn: '{{kind}}: {{title}} (in {{part}})',
  },
  decisions: {
    proposal_accepted: 'Proposal accepted',
    proposal_rejected: 'Proposal rejected',
    thread_resolved: 'Discussion resolved',
    line: '{{kind}}: {{title}}',
  },
  notification: {
    mention: {
      subject: '{{name}} mentioned you ({{student}})',
      lead: "{{name}} mentioned you in a comment on {{student}}'s OT section:",
    },
    sharedForReview: {
      subject: "{{student}}'s OT section is ready for your review",
      lead: "{{name}} shared the draft of {{student}}'s OT section with the family for review.",
      respondBy: 'Please respond by {{date}}.',
      respond: 'Please read it and respond.',
    },
    consentRevoked: {
      subject: '{{name}} revoked consent ({{student}})',
      lead: "{{name}} revoked their consent to {{student}}'s OT section.",
    },
    signaturesVoided: {
      subject: 'Your signature was voided ({{student}})',
      lead: "Your signature on version {{version}} of {{student}}'s OT section was voided; please review and sign again.",
    },
    signatureNeeded: {
      subject: 'Your signature is needed ({{student}})',
      lead: "{{name}} asks for your signature on version {{version}} of {{student}}'s OT section.",
      hint: 'Please read that version and sign it in the sign-off panel, or say what should change.',
    },
    sectionApproved: {
      subject: "{{student}}'s OT section is approved",
      lead: "{{student}}'s OT section was approved (version {{version}}) with {{name}}'s signature.",
    },
    meetingSummary: {
      subject: 'Meeting summary ({{student}})',
      lead: "The meeting about {{student}}'s OT section has ended.",
      leadWhen: "The meeting of {{when}} about {{student}}'s OT section has ended.",
    },
  },
  summary: {
    attended: 'Who attended:',
    attendee_one: '{{name}}, {{role}}, {{count}} minute',
    attendee_other: '{{name}}, {{role}}, {{count}} minutes',
    excused: '{{name}}, {{role}}, excused',
    nobody: 'nobody joined',
    decided: 'What was decided:',
    noDecisions: 'no decisions recorded',
    open: 'What is open:',
    nothingOpen: 'nothing open',
    notes: 'Meeting notes:',
    noNotes: 'no notes were taken',
  },
  meetingInvitation: {
    title: 'IEP meeting for {{student}}',
    subject: 'Invitation: IEP meeting for {{student}}, {{when}}',
    lead: '{{name}} invites you to the IEP meeting for {{student}}.',
    when: 'When: {{when}}',
    video: 'Join by video: {{url}}',
    noVideo: 'The team meets to review the plan; the link below opens the meeting in the workspace.',
    calendar: 'The calendar file attached adds the meeting to your calendar.',
    openMeeting: 'Open the meeting in the IEP workspace',
  },
  passwordReset: {
    subject: 'Reset your IEP Workspace password',
    greeting: 'Hello {{name}},',
    body: 'Someone (we hope you) asked to reset the password of your account. Open this link within an hour to choose a new one; it works once:',
    ignore: 'If you did not ask for this, ignore this message: your password stays as it is.',
  },
  invitation: {
    subject: "You are invited to {{student}}'s team",
    lead: "{{name}} invites you to join {{student}}'s plan team as {{role}}.",
    accept: 'Open this link to accept (it works once, until {{date}}):',
  },
  archive: {
    timesIn: 'Times are in the {{zone}} time zone.',
    accessLog: {
      title: "Who saw or changed {{student}}'s record",
      intro: 'Every time someone opened, changed, printed or shared the record, with the reason when one was given.',
      when: 'When',
      who: 'Who',
      what: 'What',
      why: 'Why',
      none: 'Nobody has opened the record yet.',
      unknown: 'the system',
    },
    comments: {
      title: "Comments on {{student}}'s OT section ({{plan}})",
      none: 'There are no comments you can see.',
      thread: 'On {{part}}',
      state: {
        open: 'open',
        resolved: 'resolved',
        answered: 'answered',
      },
      deleted: 'This comment was deleted.',
      by: '{{name}}, {{role}}, {{when}}',
    },
    meetings: {
      title: "Meetings about {{student}}'s OT section ({{plan}})",
      none: 'No meeting has been held or scheduled.',
      heading: 'Meeting of {{when}}',
      status: {
        scheduled: 'scheduled',
        in_progress: 'under way',
        ended: 'ended',
        cancelled: 'cancelled',
      },
      statusLine: 'Status: {{status}}',
      pending: 'No summary yet: the meeting has not ended.',
    },
  },
};

/** The shape every catalog has: the same keys, every leaf a string. */
export type MailCatalog = { [K in keyof typeof en]: Tree<(typeof en)[K]> };
type Tree<T> = T extends string ? string : { [K in keyof T]: Tree<T[K]> };
