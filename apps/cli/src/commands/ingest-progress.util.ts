/** A one-line bar on stderr, only on a terminal: logs and pipes get the summary alone. */
export class IngestProgress {
  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  show(done: number, file: string): void {
    if (!this.enabled || this.total === 0) return;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ${file}`.padEnd(100).slice(0, 100));
  }

  /** A message on a line of its own, the bar drawn again below it. */
  interrupt(): void {
    if (this.enabled) process.stderr.write('\r' + ' '.repeat(100) + '\r');
  }

  end(): void {
    if (this.enabled) process.stderr.write('\n');
  }
}
