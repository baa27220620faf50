import { parseNotices } from '@renmian/notice-parser';
import { formatExplanation } from '../../../apps/cli/src/commands/parse.command';

describe('parse --explain', () => {
  // A news item with invented names: one decision taken, one proposal heard, a ceremony, and one
  // form no reader knows.
  const text = [
    '6月3日，青禾市人大常委会举行第九次会议。',
    '会议听取了关于任命周明远等同志职务的提请报告。',
    '会议决定任命周明远为青禾市财政局局长，免去韦青山的青禾市财政局局长职务。',
    '会议还为新任命人员颁发了任命书。',
    '会议同意韦青山同志转岗至青禾市审计局，职务另行安排。',
  ].join('\n');

  it('names the clause form and the text behind each event', () => {
    const out = formatExplanation(parseNotices(text, { explain: true })).split('\n');
    const at = out.findIndex((l) => l.includes('周明远 青禾市财政局局长'));
    expect(at).toBeGreaterThan(0);
    expect(out[at + 1]).toBe('      by appointment from “会议决定任命周明远为青禾市财政局局长”');
    const removal = out.findIndex((l) => l.includes('韦青山'));
    expect(out[removal + 1]).toContain('by removal from “免去韦青山的青禾市财政局局长职务”');
  });

  it('says why a sentence that speaks of a decision gave no event', () => {
    const out = formatExplanation(parseNotices(text, { explain: true }));
    expect(out).toMatch(/set aside L2: a proposal, draft, review or background.*提请报告/);
    expect(out).toMatch(/not read L5: a decision in a form no reader knows \(not understood: the [a-z ]+\): “会议同意韦青山同志转岗至青禾市审计局，职务另行安排”/);
    // A ceremony for the new appointees names no decision: nothing to report.
    expect(out).not.toMatch(/L4/);
  });

  it('leaves setAside out of the result unless asked', () => {
    expect(parseNotices(text)).not.toHaveProperty('setAside');
    expect(parseNotices(text, { explain: true }).setAside?.length).toBeGreaterThan(0);
  });
});
