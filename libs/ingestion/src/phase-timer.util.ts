import { performance } from 'perf_hooks';

/**
 * Phase timings of one load, printed to stderr when RENMIAN_PROFILE is set: where a slow load
 * spends its time (parsing, each SQL statement group) without attaching a profiler. Costs nothing
 * when the variable is unset.
 */
export class PhaseTimer {
  private readonly enabled = Boolean(process.env.RENMIAN_PROFILE);
  /** Milliseconds by phase: a phase marked once per batch adds up. */
  private readonly phases = new Map<string, number>();
  private last = performance.now();
  private readonly start = this.last;

  /** Closes the phase that ran since the previous mark (or since the timer was made). */
  mark(phase: string): void {
    if (!this.enabled) return;
    const now = performance.now();
    this.phases.set(phase, (this.phases.get(phase) ?? 0) + now - this.last);
    this.last = now;
  }

  report(label: string): void {
    if (!this.enabled) return;
    const total = performance.now() - this.start;
    const parts = [...this.phases].map(([name, ms]) => `${name}=${ms.toFixed(0)}`).join(' ');
    process.stderr.write(`profile ${label}: ${parts} total=${total.toFixed(0)} ms\n`);
  }
}
