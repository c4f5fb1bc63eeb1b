/**
 * Writes items in batches without a timer: the first item is written at once, and whatever
 * comes while a write runs goes together in the next one. Under load the batches grow by
 * themselves, so the cost of a write (for IndexedDB, its transaction) is shared; when items come
 * slowly, none waits. Each caller gets its own item's answer, or the write's error.
 */
export function createWriteBatches<T, A>(write: (items: readonly T[]) => Promise<readonly A[]>) {
  let waiting: { item: T; answer: (value: A) => void; fail: (error: unknown) => void }[] = [];
  let isWriting = false;

  async function drain(): Promise<void> {
    // `isWriting` is cleared in the same turn as the last look at `waiting`: an item that comes
    // after it starts a drain of its own, never waits for one that has ended.
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      try {
        const answers = await write(batch.map((entry) => entry.item));
        batch.forEach((entry, index) => {
          const answer = answers[index];
          if (answer === undefined) entry.fail(new Error('the write gave no answer for an item'));
          else entry.answer(answer);
        });
      } catch (error) {
        for (const entry of batch) entry.fail(error);
      }
    }
    isWriting = false;
  }

  return (item: T): Promise<A> =>
    new Promise<A>((answer, fail) => {
      waiting.push({ item, answer, fail });
      if (!isWriting) {
        isWriting = true;
        void drain();
      }
    });
}
