import { z } from 'zod';

/** `POST /api/users/{id}/password-reset`: the generated password, shown to the admin only once. */
export const PasswordResetResultSchema = z.object({
  password: z.string().describe('Give it to the user; they must change it at the next sign-in'),
});
export type PasswordResetResult = z.infer<typeof PasswordResetResultSchema>;
