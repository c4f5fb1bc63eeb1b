import type { ClientFixture } from './client-fixture.ts';

export interface FlightUndo {
  readonly decisionId: string;
  /** Taken back: it must never reach the platform. */
  readonly isUndone: boolean;
  /** Refused as possibly or surely on the platform: it must be there in the end. */
  readonly onPlatform: 'yes' | 'maybe' | 'no';
}

/**
 * As soon as one of `ids` is on its way (marked `sending`, the batch taken), the reviewer takes
 * back another that is still waiting: an undo during an earlier batch's flight. Batches of one
 * make the others later batches. `settled()` gives the undo's outcome, or null if none was made.
 */
export function undoDuringFlight(client: ClientFixture, ids: readonly string[]) {
  let undo: Promise<FlightUndo | null> | null = null;
  const subscription = client.db.decisions
    .find({ selector: { decisionId: { $in: [...ids] } } })
    .$.subscribe((docs) => {
      if (undo !== null || !docs.some((doc) => doc.state === 'sending')) return;
      const waiting = docs.find((doc) => doc.state === 'pending');
      if (waiting === undefined) {
        undo = Promise.resolve(null);
        return;
      }
      const decisionId = waiting.decisionId;
      undo = client.outbox
        .undo(decisionId, '审核员')
        .then((result) =>
          result.ok
            ? { decisionId, isUndone: true, onPlatform: 'no' as const }
            : { decisionId, isUndone: false, onPlatform: result.error.onPlatform },
        );
    });
  return {
    settled(): Promise<FlightUndo | null> {
      subscription.unsubscribe();
      return undo ?? Promise.resolve(null);
    },
  };
}
