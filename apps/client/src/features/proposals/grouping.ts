import type { ProposalView } from '@iep/shared';

/**
 * Proposals side by side: alternatives for the same goal, or new goals in the same area, form one
 * row; rows keep the order of their first proposal, and open proposals come first within a row.
 */
export function groupProposals(proposals: readonly ProposalView[]): { key: string; items: ProposalView[] }[] {
  const groups = new Map<string, ProposalView[]>();
  for (const p of proposals) groups.set(p.groupKey, [...(groups.get(p.groupKey) ?? []), p]);
  return [...groups.entries()].map(([key, items]) => ({
    key,
    items: [...items.filter((p) => p.status === 'open'), ...items.filter((p) => p.status !== 'open')],
  }));
}
