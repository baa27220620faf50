/**
 * Organisation names that differ by one or two characters are likely one organisation written two
 * ways (聊城市卫生检验监测中心 / 聊城市卫生检验检测中心) — or two real ones (第一中学 / 第二中学); a
 * person decides, so these are only offered for review.
 */
export function editDistanceAtMost(a: string, b: string, limit: number): number | null {
  if (Math.abs(a.length - b.length) > limit) return null;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    // Every later row only grows: stop as soon as the limit cannot be met.
    if (rowMin > limit) return null;
    previous = current;
  }
  return previous[b.length] <= limit ? previous[b.length] : null;
}

export interface NamedThing {
  id: string;
  name: string;
}

/**
 * Pairs of names at most `limit` edits apart. Names are compared only within groups sharing their
 * first `prefix` characters (the place name), which keeps this near-linear on real directories.
 */
export function similarPairs(items: NamedThing[], limit = 2, prefix = 2): [NamedThing, NamedThing, number][] {
  const groups = new Map<string, NamedThing[]>();
  for (const item of items) {
    const key = item.name.slice(0, prefix);
    const group = groups.get(key) ?? [];
    group.push(item);
    groups.set(key, group);
  }
  const pairs: [NamedThing, NamedThing, number][] = [];
  for (const group of groups.values()) {
    group.sort((x, y) => x.name.length - y.name.length || (x.name < y.name ? -1 : 1));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length && group[j].name.length - group[i].name.length <= limit; j++) {
        const d = editDistanceAtMost(group[i].name, group[j].name, limit);
        if (d === null || d === 0) continue;
        // The pair in id order, so that it has one stable identity whichever name sorts first.
        const [a, b] = group[i].id.localeCompare(group[j].id, 'en', { numeric: true }) < 0 ? [group[i], group[j]] : [group[j], group[i]];
        pairs.push([a, b, d]);
      }
    }
  }
  return pairs;
}
