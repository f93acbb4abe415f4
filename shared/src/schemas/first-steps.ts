import { z } from '#zod';

/** The setup a new office does once, in order; each is done when a person has done it. */
export const FIRST_STEPS = ['agency', 'hotlines', 'screen', 'procedures', 'schedule'] as const;
export type FirstStep = (typeof FIRST_STEPS)[number];

/** `GET /api/first-steps`: what is left of the setup, and the address screens open. */
export const FirstStepsSchema = z.object({
  done: z.array(z.enum(FIRST_STEPS)),
  player: z.object({
    /** What a screen's browser opens (the manager's LAN address where it can tell). */
    url: z.string(),
    /** True when that is `localhost`: no TV can reach it; PUBLIC_URL must be set. */
    loopback: z.boolean(),
  }),
});
export type FirstSteps = z.infer<typeof FirstStepsSchema>;
