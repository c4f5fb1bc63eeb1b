import { BehaviorSubject } from 'rxjs';
import { failureMessage } from './messages.ts';

/**
 * Whether the provincial platform answers, learnt from every call the app makes to it (and a
 * light probe while nothing else calls): a computer can have a network and still no route to
 * the platform, or reach a platform that is down.
 */
export interface PlatformConnection {
  /** `unknown` until the first call of this session ends. */
  readonly reach: 'answering' | 'unreachable' | 'unknown';
  /** When the platform last answered in this session (ISO). */
  readonly lastContactAt: string | null;
  /** The last failed call as it happened: when, and what the reviewer was told. */
  readonly lastFailure: { readonly at: string; readonly message: string } | null;
}

const initial: PlatformConnection = { reach: 'unknown', lastContactAt: null, lastFailure: null };

/** Gateways answer these when the platform behind them does not: no contact was made. */
const gatewayStatuses = new Set([502, 504]);

/** Statuses that are the platform's own trouble (busy, down), shown as the last error. */
const isTrouble = (status: number) => status >= 500 || status === 429;

/** `answeredAt`: the sign-in that opened the session reached the platform then. */
export function createPlatformConnection(
  answeredAt: string | null,
  now: () => Date = () => new Date(),
) {
  const state$ = new BehaviorSubject<PlatformConnection>(
    answeredAt === null ? initial : { ...initial, reach: 'answering', lastContactAt: answeredAt },
  );
  const update = (patch: Partial<PlatformConnection>) => state$.next({ ...state$.value, ...patch });
  const failed = (message: string) =>
    update({ reach: 'unreachable', lastFailure: { at: now().toISOString(), message } });
  const answered = () => {
    const at = now();
    const { reach, lastContactAt } = state$.value;
    // While evidence downloads, answers come dozens a second and every view of the connection
    // would draw again for each: contact within a second of the last is no news.
    const isNews =
      reach !== 'answering' ||
      lastContactAt === null ||
      at.getTime() - Date.parse(lastContactAt) >= 1000;
    if (isNews) update({ reach: 'answering', lastContactAt: at.toISOString() });
  };

  return {
    state$,

    /** A `fetch` that tells this connection how each call to the platform went. */
    tracking(inner: typeof fetch): typeof fetch {
      return async (input, init) => {
        let response: Response;
        try {
          response = await inner(input, init);
        } catch (error) {
          failed(failureMessage({ kind: 'network', message: String(error) }));
          throw error;
        }
        if (gatewayStatuses.has(response.status)) {
          failed(failureMessage({ kind: 'http', status: response.status }));
        } else {
          answered();
          if (isTrouble(response.status)) {
            update({
              lastFailure: {
                at: now().toISOString(),
                message: failureMessage({ kind: 'http', status: response.status }),
              },
            });
          }
        }
        return response;
      };
    },
  };
}

export type PlatformConnectionTracker = ReturnType<typeof createPlatformConnection>;

/** How long the platform may stay silent before a probe asks whether it still answers. */
export const probeAfterMs = 30_000;

/** Whether to probe now: the network is up and nothing was heard from the platform for a while. */
export function shouldProbe(
  state: PlatformConnection,
  isNetworkUp: boolean,
  nowMs: number,
  lastProbeMs: number,
): boolean {
  if (!isNetworkUp || nowMs - lastProbeMs < probeAfterMs) return false;
  if (state.reach !== 'answering' || state.lastContactAt === null) return true;
  return nowMs - Date.parse(state.lastContactAt) >= probeAfterMs;
}

const checkEveryMs = 5000;

/**
 * Asks the platform now and then whether it answers (`probe` is any cheap call through the
 * tracking fetch), and at once when the computer's network comes back. Returns the stop.
 */
export function startProbing(
  connection: PlatformConnectionTracker,
  probe: () => Promise<unknown>,
): () => void {
  let lastProbeMs = 0;
  const check = (force: boolean) => {
    const nowMs = Date.now();
    if (!force && !shouldProbe(connection.state$.value, navigator.onLine, nowMs, lastProbeMs)) {
      return;
    }
    lastProbeMs = nowMs;
    void probe();
  };
  const timer = setInterval(() => check(false), checkEveryMs);
  const onOnline = () => check(true);
  window.addEventListener('online', onOnline);
  return () => {
    clearInterval(timer);
    window.removeEventListener('online', onOnline);
  };
}
