import { chineseDigits, chineseNumber } from './chinese-number.util';
import type { GazetteWorld, Issuer } from './gazette-world.model';
import type { ExpectedNotice } from './gazette.types';
import { ClauseWriter } from './notice-clauses.generator';
import type { Clause } from './notice-clauses.generator';
import { bracket, chooseLayout, layoutParagraph, straySpace } from './ocr-damage.util';
import type { Layout } from './ocr-damage.util';
import type { Rng } from './prng.util';

/**
 * One appointment and removal notice laid out as a converted gazette page shows it: heading, 文号,
 * addressees, the decision, clause paragraphs, signature and date, paragraphs separated by blank
 * lines, and the body damaged by the page layout (see ocr-damage.util.ts).
 */

export interface WrittenNotice {
  text: string;
  /** The notice's gold, without its line (the gazette knows where the notice lands). */
  notice: Omit<ExpectedNotice, 'line'>;
}

export function writeNotice(rng: Rng, world: GazetteWorld, issuer: Issuer, isoDate: string): WrittenNotice {
  const writer = new ClauseWriter(rng, world, issuer);
  const removalOnly = rng.chance(0.06);
  const appointments = removalOnly ? [] : Array.from({ length: rng.int(1, 7) }, () => writer.appointment());
  const removals = [...writer.removals];
  for (let i = removalOnly ? rng.int(1, 4) : rng.int(0, 3); i > 0; i--) removals.push(writer.extraRemoval());
  const autoRemovals = [...writer.autoRemovals];
  if (rng.chance(0.08)) autoRemovals.push(writer.extraAutoRemoval());

  const first = [...appointments, ...removals, ...autoRemovals][0].events[0].person;
  const title = `关于任免${first}等工作人员职务的通知`;
  const year = Number(isoDate.slice(0, 4));
  const docNumber = world.docNumber(issuer, year);
  const layout = chooseLayout(rng);
  const decision = `${issuer.level}人民政府决定，${removalOnly ? '免去' : '任命'}：`;
  const paragraphs = [
    ...heading(rng, issuer, title),
    docNumber,
    ...addressees(rng, issuer, layout),
    rng.chance(0.1) ? `经${issuer.level}人民政府研究决定，${removalOnly ? '免去' : '任命'}：` : decision,
    ...block(rng, appointments, layout),
    ...(appointments.length > 0 && removals.length > 0 ? ['免去：'] : []),
    ...block(rng, removals, layout),
    ...block(rng, autoRemovals, layout),
    issuer.name,
    printedDate(rng, isoDate),
  ];
  const events = [...appointments, ...removals, ...autoRemovals].flatMap((c) => c.events);
  return {
    text: paragraphs.join('\n\n') + '\n\n',
    notice: { docNumber, issuer: issuer.name, title, date: isoDate, events },
  };
}

/** Usually `# 青禾市人民政府 关于任免…的通知`; sometimes the issuer stands on its own line above. */
function heading(rng: Rng, issuer: Issuer, title: string): string[] {
  const r = rng.next();
  if (r < 0.8) return [`# ${issuer.name} ${title}`];
  if (r < 0.88) return [`# ${issuer.name}${title}`];
  return [issuer.name, `# ${title}`];
}

function addressees(rng: Rng, issuer: Issuer, layout: Layout): string[] {
  const [lower, own] = addresseeLines(rng, issuer);
  if (rng.chance(0.5)) return [lower, own];
  return [layoutParagraph(rng, lower + own, layout)];
}

/** Who a government writes to: the governments below it, then its own departments. */
export function addresseeLines(rng: Rng, issuer: Issuer): [string, string] {
  const lower = issuer.level === '市' ? `各县${bracket(rng, '市、区')}人民政府，` : `各乡${bracket(rng, '镇')}人民政府、街道办事处，`;
  return [lower, `${issuer.level}政府各部门、直属机构：`];
}

/** A list of clauses: `；` after each, `。` after the last, as OCR sometimes reads them (`;`). */
function block(rng: Rng, clauses: Clause[], layout: Layout): string[] {
  return clauses.map((c, i) => {
    const end = i === clauses.length - 1 ? '。' : rng.chance(0.03) ? ';' : '；';
    return layoutParagraph(rng, straySpace(rng, c.text) + end, layout);
  });
}

/** `2024年3月9日`, and now and then in Chinese numerals as some gazettes print it. */
function printedDate(rng: Rng, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!rng.chance(0.05)) return `${y}年${m}月${d}日`;
  return `${chineseDigits(y)}年${chineseNumber(m)}月${chineseNumber(d)}日`;
}
