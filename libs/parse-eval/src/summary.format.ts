import { Ratios, Totals } from './score.types';

/**
 * `x` with three decimals as Python's `f"{x:.3f}"` prints it. toFixed rounds an exact tie up
 * (0.0625 → "0.063") where Python rounds it to even ("0.062"); the only doubles that are exact ties
 * at three decimals are odd multiples of 1/16, and a score such as 1/16 is an ordinary result.
 */
export function fixed3(x: number): string {
  const sixteenths = x * 16;
  if (Number.isInteger(sixteenths) && sixteenths % 2 !== 0) {
    const below = Math.floor(x * 1000);
    const even = below % 2 === 0 ? below : below + 1;
    return (even / 1000).toFixed(3);
  }
  return x.toFixed(3);
}

/** The figures line, in the reference script's words; outside checks compare it. */
export function formatRatios(r: Ratios): string {
  return (
    `events P=${fixed3(r.eventsP)} R=${fixed3(r.eventsR)} F1=${fixed3(r.eventsF1)} | ` +
    `notices P=${fixed3(r.noticesP)} R=${fixed3(r.noticesR)} | attrs=${fixed3(r.attrs)}`
  );
}

/** The counts the figures come from. */
export function formatTotals(t: Totals): string {
  return (
    `files=${t.files} parser_failures=${t.parserFailures} ` +
    `events tp=${t.events.tp} fp=${t.events.fp} fn=${t.events.fn} | ` +
    `notices tp=${t.notices.tp} fp=${t.notices.fp} fn=${t.notices.fn} | attrs ${t.attrs.ok}/${t.attrs.all}`
  );
}
