import { parseArgs } from '../../../bench/corpus.command';

describe('bench:corpus arguments', () => {
  it('reads --mb, --out and --seed, in either spelling', () => {
    expect(parseArgs(['--mb', '2', '--out', 'c.txt'])).toEqual({ mb: 2, out: 'c.txt', seed: 20231209 });
    expect(parseArgs(['--mb=0.5', '--out=c.txt', '--seed=3'])).toEqual({ mb: 0.5, out: 'c.txt', seed: 3 });
  });

  it.each([
    [[], /--mb/],
    [['--mb', '0', '--out', 'x'], /--mb/],
    [['--mb', 'ten', '--out', 'x'], /--mb/],
    [['--mb', '1'], /--out/],
    [['--mb', '1', '--out'], /--out needs a value/],
    [['--mb', '1', '--out', 'x', '--seed', '1.5'], /--seed/],
    [['--mb', '1', '--out', 'x', '--size', '3'], /unknown option '--size'/],
    [['corpus.txt'], /unexpected argument/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrow(message as RegExp);
  });
});
