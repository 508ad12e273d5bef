/** For loaders of data kept in the repo (goal bank, glossary): how to name an entry in an error. */
export function labelOf(item: unknown, index: number): string {
  if (typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string') return item.id;
  return `#${index}`;
}

/** Freezes loaded data all the way down, so no caller can change the shared copy. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
