/** Resolves on the next turn of the event loop: replies and statements in flight go out and come in meanwhile. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
