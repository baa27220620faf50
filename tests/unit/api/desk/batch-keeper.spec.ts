import { batchKeeper } from '../../../../apps/api/src/desk/desk.setup';

/** A file part as the multipart parser gives it: a stream of chunks, read once. */
function part(bytes: number) {
  let read = 0;
  const chunks = [Buffer.alloc(bytes, 1)];
  const p = {
    file: (async function* () {
      for (const c of chunks) {
        read += c.length;
        yield c;
      }
    })(),
    async toBuffer() {
      const all: Buffer[] = [];
      for await (const c of p.file) all.push(c as Buffer);
      return Buffer.concat(all);
    },
    read: () => read,
  };
  return p;
}

describe('the multipart handler bounding a batch', () => {
  it('keeps files up to the byte bound, then drains the rest unread and marks them', async () => {
    const keep = batchKeeper({ maxFiles: 10, maxBytes: 250 });
    const request = {};
    const parts = [part(100), part(100), part(100), part(100)];
    for (const p of parts) await keep.call(request, p);
    // The third is kept (the bound is checked before it), the fourth is beyond: drained, marked, empty.
    expect(parts.map((p) => (p as { beyondBatch?: boolean }).beyondBatch ?? false)).toEqual([false, false, false, true]);
    expect(parts.map((p) => p.read())).toEqual([100, 100, 100, 100]);
    expect((parts[3] as unknown as { _buf: Buffer })._buf.length).toBe(0);
  });

  it('marks files past the count bound, counting each request on its own', async () => {
    const keep = batchKeeper({ maxFiles: 2, maxBytes: 1_000_000 });
    const first = {};
    const second = {};
    const a = [part(1), part(1), part(1)];
    for (const p of a) await keep.call(first, p);
    const b = part(1);
    await keep.call(second, b);
    expect(a.map((p) => (p as { beyondBatch?: boolean }).beyondBatch ?? false)).toEqual([false, false, true]);
    expect((b as { beyondBatch?: boolean }).beyondBatch).toBeUndefined();
  });
});
