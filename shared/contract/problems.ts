/**
 * Stable problem kinds (RFC 9457 `type`), the last path segment of the type URI, e.g.
 * `…/problems/token-expired`. Another server may use another base URI, so clients compare kinds,
 * never whole URIs.
 */
export const problemKinds = [
  'invalid-request',
  'invalid-credentials',
  'wrong-password',
  'weak-password',
  'token-expired',
  'password-change-required',
  'forbidden',
  'not-found',
  'locked',
  'payload-too-large',
  'unsupported-media-type',
  'rate-limited',
  'unavailable',
  'internal',
  // 1.1: training projects and their attendance.
  'invalid-project',
  'project-id-reused',
  'project-not-ended',
  'attendance-id-reused',
] as const;
export type ProblemKind = (typeof problemKinds)[number];

/** The kind of a problem type URI, or undefined when it is not one of the contract's kinds. */
export function problemKindOf(type: string): ProblemKind | undefined {
  const kind = type.slice(type.lastIndexOf('/') + 1);
  return (problemKinds as readonly string[]).includes(kind) ? (kind as ProblemKind) : undefined;
}
