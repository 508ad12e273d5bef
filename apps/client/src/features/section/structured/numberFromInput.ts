/** A number input's text as the stored value: empty (or not a number) stores null, never NaN. */
export function numberFromInput(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
