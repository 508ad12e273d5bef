export const queryKeys = {
  me: ['auth', 'me'] as const,
  students: ['students'] as const,
  section: (sectionId: string) => ['sections', sectionId] as const,
};
