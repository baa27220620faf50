import { chineseNumber } from './chinese-number.util';
import { LEADS, MEETINGS, METHODS, OBJECTS, PURPOSES, TOPICS, VERBS } from './filler.lexicon';
import type { GazetteWorld, Issuer } from './gazette-world.model';
import { addresseeLines } from './notice.generator';
import { bracket, chooseLayout, layoutParagraph } from './ocr-damage.util';
import type { Rng } from './prng.util';

/**
 * The rest of a gazette: regulations with their covering notice, chronicles of the month, policy
 * measures, tables, the masthead of an issue, and the page furniture (`（上接第61页）`) a page break
 * leaves behind. None of it holds an appointment: whatever a parser reads from it is a false event.
 */
export class FillerWriter {
  private page = 1;
  private issue = 1;

  constructor(
    private readonly rng: Rng,
    private readonly world: GazetteWorld,
  ) {}

  /** One block of prose by `issuer`, dated near `isoDate`; text ends with a blank line. */
  block(issuer: Issuer, isoDate: string): string {
    const r = this.rng.next();
    const paragraphs =
      r < 0.25 ? this.regulation(issuer, isoDate) : r < 0.5 ? this.chronicle(issuer, isoDate) : r < 0.9 ? this.measures(issuer) : this.table(issuer, isoDate);
    this.page += this.rng.int(1, 4);
    return this.furnish(paragraphs).join('\n\n') + '\n\n';
  }

  masthead(issuer: Issuer, isoDate: string): string {
    const [y] = isoDate.split('-');
    const n = this.issue++;
    const sections = ['政府文件', '政府办公室文件', '人事任免', '大事记'].map((s) => `【${issuer.level}${s}】`);
    return [`# ${issuer.place}人民政府公报`, `${y}年第${(n % 24) + 1}期（总第${n + 100}期）`, '目录', ...sections].join('\n\n') + '\n\n';
  }

  private sentence(topic = this.rng.pick(TOPICS)): string {
    const { rng } = this;
    return `${rng.pick(LEADS)}${rng.pick(VERBS)}${topic}${rng.pick(OBJECTS)}，${rng.pick(METHODS)}，${rng.pick(VERBS)}${rng.pick(OBJECTS)}，${rng.pick(PURPOSES)}。`;
  }

  private prose(sentences: number, topic?: string): string {
    return Array.from({ length: sentences }, () => this.sentence(topic)).join('');
  }

  /** A covering `关于印发…办法的通知` and the 办法 itself, article by article. */
  private regulation(issuer: Issuer, isoDate: string): string[] {
    const { rng } = this;
    const topic = rng.pick(TOPICS);
    const name = `${issuer.place}${topic}管理办法`;
    const [y, m, d] = isoDate.split('-').map(Number);
    const unit = rng.pick(issuer.offices).org;
    const bold = rng.chance(0.5);
    const articles = [
      `为了${rng.pick(VERBS)}${topic}管理，${rng.pick(PURPOSES)}，根据有关法律法规，结合本${issuer.level}实际，制定本办法。`,
      `本办法适用于本${issuer.level}行政区域内${topic}的规划、建设、运营和监督管理活动。`,
      `${unit}负责本${issuer.level}${topic}工作的统筹协调和监督管理，其他有关部门按照职责分工做好相关工作。`,
      ...Array.from({ length: rng.int(2, 9) }, () => this.prose(rng.int(1, 3), topic)),
      `本办法自${y}年${m}月${d}日起施行，有效期五年。`,
    ];
    return [
      `# ${issuer.name} 关于印发${name}的通知`,
      this.world.docNumber(issuer, y, '政发'),
      addresseeLines(rng, issuer).join(''),
      `现将《${name}》印发给你们，请认真贯彻执行。`,
      issuer.name,
      `${y}年${m}月${d}日`,
      `## ${name}`,
      ...articles.map((a, i) => (bold ? `**第${chineseNumber(i + 1)}条** ${a}` : `第${chineseNumber(i + 1)}条 ${a}`)),
    ];
  }

  /** `大事记`: a month of meetings and visits, naming officials by title — never an appointment. */
  private chronicle(issuer: Issuer, isoDate: string): string[] {
    const { rng } = this;
    const [y, m] = isoDate.split('-').map(Number);
    const lv = issuer.level;
    // The same few officials appear all month, as in a real chronicle.
    const roles = [`${lv}委副书记、${lv}长`, `副${lv}长`, `副${lv}长`, `${lv}政府秘书长`].map((r) => r + this.world.person());
    const out = [`# ${issuer.name}大事记`, bracket(rng, `${y}年${m}月`)];
    let day = 0;
    for (let n = rng.int(4, 12); n > 0 && day < 28; n--) {
      day += rng.int(1, 3);
      const topic = rng.pick(TOPICS);
      const chair = rng.pick(roles);
      const others = `${this.world.person()}、${this.world.person()}参加会议。`;
      out.push(`**${day}日**，${chair}主持召开${lv}${rng.pick(MEETINGS)}，研究${topic}等工作。${others}`);
      if (rng.chance(0.5)) out.push(`△${chair}到${rng.pick(issuer.offices).org}调研${rng.pick(TOPICS)}工作。${this.sentence(topic)}`);
    }
    return out;
  }

  /** Numbered policy measures with the units responsible, as in an implementation plan. */
  private measures(issuer: Issuer): string[] {
    const { rng } = this;
    const start = rng.int(1, 6);
    return Array.from({ length: rng.int(2, 6) }, (_, i) => {
      const units = rng.sample(issuer.offices, rng.int(1, 4)).map((o) => o.org).join('、');
      const head = `${bracket(rng, chineseNumber(start + i))}${rng.pick(VERBS)}${rng.pick(OBJECTS)}。`;
      return `${head}${this.prose(rng.int(2, 5))}${bracket(rng, `责任单位：${units}`)}`;
    });
  }

  /** A task table; rarely OCR loses its rows and the whole table lands on one very long line. */
  private table(issuer: Issuer, isoDate: string): string[] {
    const { rng } = this;
    const y = Number(isoDate.slice(0, 4));
    const rows = Array.from({ length: rng.int(8, 40) }, (_, i) => {
      const project = `${issuer.place}${rng.pick(TOPICS)}项目`;
      const task = `${rng.pick(VERBS)}${rng.pick(OBJECTS)}`;
      return `| ${i + 1} | ${project} | ${task} | ${rng.pick(issuer.offices).org} | ${y}年${rng.int(1, 12)}月 |`;
    });
    const table = ['| 序号 | 项目名称 | 建设内容 | 责任单位 | 完成时限 |', '| --- | --- | --- | --- | --- |', ...rows];
    return [`${issuer.place}${rng.pick(TOPICS)}重点任务清单`, rng.chance(0.1) ? table.join(' ') : table.join('\n')];
  }

  /** Page furniture: continuation marks (converted gazettes keep these, not page numbers), and columns. */
  private furnish(paragraphs: string[]): string[] {
    const { rng } = this;
    const out = [...paragraphs];
    if (rng.chance(0.25)) {
      // The tail of a document begun pages earlier, cut mid-sentence by the page break.
      const tail = this.prose(rng.int(1, 3));
      out.unshift(bracket(rng, `上接第${Math.max(1, this.page - rng.int(1, 9))}页`) + tail.slice(rng.int(0, tail.length - 2)));
    }
    if (rng.chance(0.2)) {
      const last = out[out.length - 1];
      out[out.length - 1] = last.slice(0, rng.int(1, last.length)) + bracket(rng, `下转第${this.page + rng.int(2, 9)}页`);
    }
    const layout = chooseLayout(rng);
    if (layout.width === null || rng.chance(0.6)) return out;
    return out.map((p) => (p.startsWith('#') || p.startsWith('|') ? p : layoutParagraph(rng, p, layout)));
  }
}
