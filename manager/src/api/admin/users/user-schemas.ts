import { IdSchema, ROLES, textSchema } from '@bangtin/shared';
import { z } from 'zod';

export const PasswordSchema = z.string().min(8, 'use at least 8 characters').max(200);

const fields = {
  name: textSchema(200).default(''),
  role: z.enum(ROLES),
  groupIds: z
    .array(IdSchema)
    .max(50)
    .default([])
    .describe('Screen groups the user works on; empty means every group'),
  disabled: z.boolean().default(false),
};

export const UserCreateSchema = z.object({
  login: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{2,64}$/, 'letters, digits, dot, dash or underscore (2–64)'),
  ...fields,
  password: PasswordSchema.describe('Initial password; the user must change it at first sign-in'),
});

export const UserUpdateSchema = z.object({
  ...fields,
  password: PasswordSchema.optional().describe(
    'A new password the user must change at the next sign-in; omit to keep the current one',
  ),
});
