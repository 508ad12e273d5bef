/** True for Prisma's unique-constraint error (P2002): a row that a concurrent request created first. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'P2002'
  );
}
