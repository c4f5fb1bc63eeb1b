import { z } from 'zod';

/** `POST /auth/login`: the administrator's 身份证号 and password. */
export const loginRequestSchema = z.strictObject({
  account: z.string().max(18),
  password: z.string().min(1).max(128),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/**
 * `POST /auth/password`. The schema's own bounds only; the full rule (letters and digits, not
 * the last six of the account) is `passwordProblem` in rules.ts.
 */
export const passwordChangeRequestSchema = z.strictObject({
  oldPassword: z.string().max(128),
  newPassword: z.string().min(8).max(128),
});
export type PasswordChangeRequest = z.infer<typeof passwordChangeRequestSchema>;
