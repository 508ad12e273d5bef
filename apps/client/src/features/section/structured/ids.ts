/** The element id of the input for a compliance target: 'goals/<id>/criterion' -> 'goals-<id>-criterion'. */
export function fieldElementId(target: string): string {
  return target.split('/').join('-');
}

/** The id of the whole record's card ('goals/<id>/...' -> 'goals-<id>'), the fallback focus target. */
export function recordElementId(target: string): string | null {
  const [root, id] = target.split('/');
  return root !== undefined && id !== undefined ? `${root}-${id}` : null;
}
