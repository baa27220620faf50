import type { DataSource } from 'typeorm';
import { Loaders } from '../../../apps/api/src/graphql/loaders';

/**
 * A stand-in that only counts round trips: the loaders read through the DataSource's pg pool
 * (readRows); the SQL itself is exercised end to end.
 */
function countingDataSource() {
  const calls: unknown[][] = [];
  const pool = {
    query: async ({ values }: { values: unknown[] }) => {
      calls.push(values);
      const ids = values[0] as string[];
      return { rows: ids.filter((id) => id !== '404').map((id) => ({ id, name: `name-${id}` })) };
    },
  };
  const ds = { driver: { master: pool } } as unknown as DataSource;
  return { ds, calls };
}

describe('Loaders', () => {
  it('resolves many people in one query per request (no N+1)', async () => {
    const { ds, calls } = countingDataSource();
    const loaders = new Loaders(ds);
    const people = await Promise.all(['1', '2', '3', '2', '404'].map((id) => loaders.person.load(id)));
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).toEqual(['1', '2', '3', '404']);
    expect(people.map((p) => p?.id ?? null)).toEqual(['1', '2', '3', '2', null]);
  });

  it('shares nothing between requests', async () => {
    const { ds, calls } = countingDataSource();
    await new Loaders(ds).post.load('7');
    await new Loaders(ds).post.load('7');
    expect(calls).toHaveLength(2);
  });
});
