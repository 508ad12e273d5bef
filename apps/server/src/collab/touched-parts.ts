import * as Y from 'yjs';
import { goalDescriptionPart } from '@iep/shared';

type ItemId = { client: number; clock: number };

/**
 * The part a shared type belongs to: its root's name, walking up through nested types, except inside
 * a goal's rich-text description, which is a part of its own (`goals/<goalId>/description`), so rights
 * can differ there from the rest of the goal. The description fragment's own item (set in the goal's
 * map) belongs to `goals`: replacing a description is a change to the goal, not text in it.
 */
function rootOf(type: Y.AbstractType<unknown>): string {
  const chain: Y.AbstractType<unknown>[] = [];
  let t = type;
  while (t._item && t._item.parent instanceof Y.AbstractType) {
    chain.push(t);
    t = t._item.parent;
  }
  const root = Y.findRootTypeKey(t);
  const record = chain[chain.length - 1];
  const field = chain[chain.length - 2];
  if (
    root === 'goals' &&
    record instanceof Y.Map &&
    field instanceof Y.XmlFragment &&
    field._item?.parentSub === 'description' &&
    typeof record._item?.parentSub === 'string'
  )
    return goalDescriptionPart(record._item.parentSub);
  return root;
}

/**
 * Which parts of the section (root types, or a goal's description: see rootOf) an update writes to or deletes from, resolved against the
 * document it would be applied to. Nested inserts carry only their neighbours' ids, so each item is
 * traced to its root through the item it refers to, in the document or earlier in the same update.
 * Returns null when some item cannot be traced (it refers to something neither has).
 */
export function touchedParts(doc: Y.Doc, update: Uint8Array): Set<string> | null {
  const { structs, ds } = Y.decodeUpdate(update);
  const own = structs.filter((s): s is Y.Item => s instanceof Y.Item);
  const parts = new Set<string>();

  const inUpdate = (id: ItemId): Y.Item | undefined =>
    own.find((i) => i.id.client === id.client && id.clock >= i.id.clock && id.clock < i.id.clock + i.length);
  const inDoc = (id: ItemId): Y.Item | undefined => {
    if (id.clock >= Y.getState(doc.store, id.client)) return undefined;
    const s = Y.getItem(doc.store, Y.createID(id.client, id.clock));
    return s instanceof Y.Item ? s : undefined;
  };

  // The root an update item belongs to; `seen` guards against crafted cycles.
  const rootOfItem = (item: Y.Item, seen: Set<Y.Item>): string | null => {
    if (seen.has(item)) return null;
    seen.add(item);
    if (typeof item.parent === 'string') return item.parent;
    if (item.parent instanceof Y.AbstractType) return rootOf(item.parent);
    if (item.parent && 'client' in item.parent) {
      // The parent is the item whose content is the type this one lives in.
      const parentItem = inDoc(item.parent);
      if (parentItem?.content instanceof Y.ContentType) return rootOf(parentItem.content.type);
      const fromUpdate = inUpdate(item.parent);
      return fromUpdate ? rootOfItem(fromUpdate, seen) : null;
    }
    // No parent info: it shares its parent with the neighbour it was inserted next to.
    for (const ref of [item.origin, item.rightOrigin]) {
      if (!ref) continue;
      const neighbour = inDoc(ref);
      if (neighbour && neighbour.parent instanceof Y.AbstractType) return rootOf(neighbour.parent);
      const fromUpdate = inUpdate(ref);
      if (fromUpdate) return rootOfItem(fromUpdate, seen);
    }
    return null;
  };

  for (const item of own) {
    const root = rootOfItem(item, new Set());
    if (root === null) return null;
    parts.add(root);
  }
  for (const [client, ranges] of ds.clients) {
    for (const { clock, len } of ranges) {
      let at = clock;
      while (at < clock + len) {
        const existing = inDoc({ client, clock: at });
        const pending = existing ? undefined : inUpdate({ client, clock: at });
        const target = existing ?? pending;
        if (!target) return null;
        const root = existing
          ? existing.parent instanceof Y.AbstractType
            ? rootOf(existing.parent)
            : null
          : rootOfItem(target, new Set());
        if (root === null) return null;
        parts.add(root);
        at = target.id.clock + target.length;
      }
    }
  }
  return parts;
}
