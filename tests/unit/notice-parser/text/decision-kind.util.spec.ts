import { speaksOfDecisionNotTaken, speaksOfProposal } from '@renmian/notice-parser/text/decision-kind.util';

describe('speaksOfDecisionNotTaken', () => {
  it.each([
    '会议审查了钱明远的任职资格',
    '提请任命钱明远为青禾市财政局局长',
    '钱明远曾任青禾市财政局局长',
    '对拟任人选进行公示',
    '会议听取了关于提名孙一鸣为副市长的说明',
    '钱明远申请辞去公司董事会董事长、提名委员会委员职务',
    '时任青禾市财政局局长钱明远被免职',
  ])('sets aside %s', (s) => {
    expect(speaksOfDecisionNotTaken(s)).toBe(true);
  });

  it.each([
    '决定免去钱明远的青禾区人大常委会代表资格审查委员会委员职务',
    '任命孙一鸣为青禾集团董事会提名委员会主席',
    '根据区长的提名，决定任命赵书言为青禾区财政局局长',
    '决定接受钱明远请求辞去青禾市副市长职务',
    '免去钱明远的青禾市财政局局长职务，同时任命孙一鸣为青禾市财政局局长',
  ])('reads %s as a decision taken', (s) => {
    expect(speaksOfDecisionNotTaken(s)).toBe(false);
  });

  it('tells a bill from a decision taken on one', () => {
    expect(speaksOfProposal('关于提请任命钱明远为青禾市财政局局长的议案')).toBe(true);
    expect(speaksOfProposal('根据市长的提请，决定任命钱明远为青禾市财政局局长')).toBe(false);
  });
});

describe('a proposal word inside a body’s name', () => {
  it('is the body’s, not the sentence’s', () => {
    expect(speaksOfProposal('设立青禾组织法草案整理委员会')).toBe(false);
    expect(speaksOfDecisionNotTaken('设立青禾组织法草案整理委员会，由委员五十四人组成')).toBe(false);
    expect(speaksOfProposal('会议审议了青禾条例草案')).toBe(true);
  });
});
