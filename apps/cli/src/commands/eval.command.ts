import { parseNotices } from '@renmian/notice-parser';
import {
  EventKey,
  FileScore,
  NoticeKey,
  ScoredDocument,
  formatRatios,
  formatTotals,
  isPerfect,
  ratios,
  scoreFile,
  scoreParserFailure,
  sumScores,
} from '@renmian/parse-eval';
import { GoldPair, readGoldDir } from './gold-dir.util';
import { UsageError } from './usage.error';

/** How many missed or extra items a file's line shows, as the scoring script does. */
const SHOWN = 4;

/**
 * `eval --gold DIR`: scores the parser against DIR/gold/NAME.json for DIR/raw/NAME.txt exactly as
 * ../shared/tools/score_parse.py does, but in this process instead of one CLI run per file. One line
 * per file, then the counts, then the figures line, which is always last.
 */
export function evalCommand(args: string[], out: (s: string) => void): number {
  const pairs = readGoldDir(goldOption(args));
  const files = pairs.map((pair) => {
    const scored = scorePair(pair);
    out(formatFileLine(`${pair.name}.txt`, scored));
    return scored;
  });
  const totals = sumScores(files);
  out(formatTotals(totals));
  out(formatRatios(ratios(totals)));
  return 0;
}

function goldOption(args: string[]): string {
  let dir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--gold') throw new UsageError(args[i].startsWith('--') ? `unknown option ${args[i]}` : `unexpected argument ${args[i]}`);
    const value = args[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError('--gold needs a value');
    if (dir !== undefined) throw new UsageError('eval takes one --gold DIR');
    dir = value;
  }
  if (dir === undefined) throw new UsageError('eval needs --gold DIR');
  return dir;
}

type ScoredPair = { score: FileScore; parserFailed: boolean; failure?: string };

/**
 * The parser's output goes through JSON first, as the script receives it from `parse --json`: what
 * JSON drops or changes (undefined fields) must not be scored differently here.
 */
function scorePair(pair: GoldPair): ScoredPair {
  let got: ScoredDocument;
  try {
    got = JSON.parse(JSON.stringify(parseNotices(pair.text))) as ScoredDocument;
  } catch (e) {
    // The script counts a parser that dies on a file as missing all its gold, and goes on.
    return { score: scoreParserFailure(pair.gold), parserFailed: true, failure: (e as Error).message };
  }
  return { score: scoreFile(pair.gold, got), parserFailed: false };
}

function formatFileLine(file: string, { score, failure }: ScoredPair): string {
  if (failure !== undefined) return `${file}: parser failed: ${failure.split('\n')[0]}`;
  const { events, notices } = score;
  if (isPerfect(score)) return `${file}: ok (${events.tp} events, ${notices.tp} notices)`;
  return (
    `${file}: events missed ${listed(score.missedEvents, showEvent)} extra ${listed(score.extraEvents, showEvent)}` +
    ` | notices missed ${listed(score.missedNotices, showNotice)} extra ${listed(score.extraNotices, showNotice)}`
  );
}

function listed<T>(items: T[], show: (item: T) => string): string {
  if (items.length === 0) return '0';
  const more = items.length > SHOWN ? `; +${items.length - SHOWN} more` : '';
  return `${items.length} [${items.slice(0, SHOWN).map(show).join('; ')}${more}]`;
}

const showValue = (v: unknown, absent: string) => (v === null ? absent : String(v));

const showEvent = ([type, person, position]: EventKey) =>
  `${showValue(type, '(无类型)')} ${showValue(person, '(无人名)')} ${showValue(position, '(无职务)')}`;

const showNotice = ([docNumber, date]: NoticeKey) => `${showValue(docNumber, '(无文号)')} ${showValue(date, '(日期不明)')}`;
