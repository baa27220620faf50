/**
 * PostGraphile 5 (grafast, grafserv, @dataplan/pg) declares Node >= 22 and calls
 * Promise.withResolvers, which Node 20 — this project's floor — lacks; without it every query
 * fails ("Cannot read properties of undefined (reading 'items')"). Imported first by the
 * PostGraphile benchmark server only; the service itself never loads it.
 */
type WithResolvers = <T>() => { promise: Promise<T>; resolve: (value: T | PromiseLike<T>) => void; reject: (reason?: unknown) => void };

const promise = Promise as unknown as { withResolvers?: WithResolvers };
promise.withResolvers ??= <T>() => {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason?: unknown) => void;
  const p = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise: p, resolve, reject };
};

export {};
