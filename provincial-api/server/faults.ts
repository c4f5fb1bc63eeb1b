import { z } from 'zod';

/** What the fault-injection endpoint accepts; every field optional, unknown fields refused. */
export const faultsBodySchema = z.strictObject({
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  errorRate: z
    .strictObject({
      '500': z.number().min(0).max(1).optional(),
      '503': z.number().min(0).max(1).optional(),
      '429': z.number().min(0).max(1).optional(),
    })
    .optional(),
  resetRate: z.number().min(0).max(1).optional(),
  retryAfterSeconds: z.number().int().min(1).max(3600).optional(),
  expireTokensNow: z.boolean().optional(),
});
export type FaultsBody = z.infer<typeof faultsBodySchema>;

export interface FaultSettings {
  readonly latencyMs: number;
  readonly errorRate: { readonly 500: number; readonly 503: number; readonly 429: number };
  readonly resetRate: number;
  readonly retryAfterSeconds: number;
}

export const noFaults: FaultSettings = {
  latencyMs: 0,
  errorRate: { 500: 0, 503: 0, 429: 0 },
  resetRate: 0,
  retryAfterSeconds: 1,
};

export type InjectedError = 500 | 503 | 429;

export interface Faults {
  readonly settings: () => FaultSettings;
  /** Merges the given settings over the current ones (expireTokensNow is an action, handled by the app). */
  readonly set: (body: FaultsBody) => FaultSettings;
  readonly clear: () => void;
  /** Draws whether this request fails outright, and how. */
  readonly drawError: () => InjectedError | undefined;
  /** Draws whether this response is cut off mid-way. */
  readonly drawReset: () => boolean;
}

export function createFaults(random: () => number = Math.random): Faults {
  let current = noFaults;
  return {
    settings: () => current,
    set(body) {
      current = {
        latencyMs: body.latencyMs ?? current.latencyMs,
        errorRate: {
          500: body.errorRate?.['500'] ?? current.errorRate[500],
          503: body.errorRate?.['503'] ?? current.errorRate[503],
          429: body.errorRate?.['429'] ?? current.errorRate[429],
        },
        resetRate: body.resetRate ?? current.resetRate,
        retryAfterSeconds: body.retryAfterSeconds ?? current.retryAfterSeconds,
      };
      return current;
    },
    clear() {
      current = noFaults;
    },
    drawError() {
      let draw = random();
      for (const status of [500, 503, 429] as const) {
        if (draw < current.errorRate[status]) return status;
        draw -= current.errorRate[status];
      }
      return undefined;
    },
    drawReset: () => current.resetRate > 0 && random() < current.resetRate,
  };
}

export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}
