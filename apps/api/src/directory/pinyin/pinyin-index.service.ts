import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PinyinKey, matchPinyin, pinyinKeys } from './pinyin-key.util';

export type PinyinKind = 'people' | 'organizations' | 'posts';

interface Entry {
  id: string;
  name: string;
  keys: PinyinKey[];
}

/** Rows read per catch-up query: a first search over a large database reads it in slices. */
const SLICE = 20_000;

/**
 * Names by their pinyin, in this process's memory. Computing pinyin per row per query would be
 * too slow (about 5 µs a name), and a stored column would have to be filled by every writer (the
 * bulk COPY load, the desk, corrections): the index instead reads the names it has not seen yet —
 * rows whose id is above the highest it holds, an index range scan — before each search. A name
 * never changes under its id (a correction or merge makes or points to another row), so nothing
 * read goes stale; merged rows are filtered out by the query that reads the hits' details.
 */
@Injectable()
export class PinyinIndex {
  private readonly entries: Record<PinyinKind, Entry[]> = { people: [], organizations: [], posts: [] };
  private readonly highest: Record<PinyinKind, bigint> = { people: 0n, organizations: 0n, posts: 0n };
  private catchingUp: Partial<Record<PinyinKind, Promise<void>>> = {};

  constructor(private readonly ds: DataSource) {}

  /** Ids of `kind` whose names match the pinyin query, best first (whole, prefix, syllable, initials), at most `limit`. */
  async find(kind: PinyinKind, q: string, limit: number): Promise<string[]> {
    await this.catchUp(kind);
    // One bucket per rank, sorted only while the answer still needs it: a two-letter query can
    // match tens of thousands of names, most of them in a bucket never reached.
    const buckets: Entry[][] = [[], [], [], []];
    for (const e of this.entries[kind]) {
      const rank = matchPinyin(e.keys, q);
      if (rank !== null) buckets[rank].push(e);
    }
    const out: string[] = [];
    for (const bucket of buckets) {
      if (out.length >= limit) break;
      // Code-point order among equals: a collator made this sort several times slower.
      bucket.sort((a, b) => a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : Number(a.id) - Number(b.id)));
      for (const e of bucket.slice(0, limit - out.length)) out.push(e.id);
    }
    return out;
  }

  /** Only one catch-up per kind at a time: concurrent searches wait for the same one. */
  private catchUp(kind: PinyinKind): Promise<void> {
    this.catchingUp[kind] ??= this.readNew(kind).finally(() => delete this.catchingUp[kind]);
    return this.catchingUp[kind]!;
  }

  private async readNew(kind: PinyinKind): Promise<void> {
    const reading = kind === 'people' ? 'person' : 'place';
    for (;;) {
      const rows: { id: string; name: string }[] = await this.ds.query(`SELECT id::text, name FROM ${kind} WHERE id > $1 ORDER BY id LIMIT ${SLICE}`, [this.highest[kind].toString()]);
      for (const r of rows) this.entries[kind].push({ id: r.id, name: r.name, keys: pinyinKeys(r.name, reading) });
      if (rows.length > 0) this.highest[kind] = BigInt(rows[rows.length - 1].id);
      if (rows.length < SLICE) return;
    }
  }
}
