/** The open documents of this tab, so signing out can tell what would be lost. */
export interface PendingSource {
  /** Changes this tab's document holds that the server has not reported stored. */
  pendingChanges(): number;
}

const open = new Set<PendingSource>();

export function trackDocument(source: PendingSource): () => void {
  open.add(source);
  return () => {
    open.delete(source);
  };
}

/** Changes in this tab's open documents that only this device holds. */
export function pendingInOpenDocuments(): number {
  let total = 0;
  for (const source of open) total += source.pendingChanges();
  return total;
}
