import { PROPOSAL_PHRASES, isIssuerLine, isNegativeTitle, titleKind } from '@renmian/notice-parser/lexicon/title.lexicon';

describe('titleKind', () => {
  it.each([
    ['青禾市人民政府关于任免张晓明等同志职务的通知', 'about'],
    ['关于王建国等同志职务任免的通知', 'about'],
    ['青禾市人民代表大会常务委员会关于接受张晓明辞去青禾市人民政府副市长职务请求的决定', 'about'],
    ['青禾市人大常委会任命名单', 'list'],
    ['云岭县人大常委会任免名单', 'list'],
    ['青禾市人事任免', 'list'],
    ['中华人民共和国主席令', 'order'],
    ['中华人民共和国国务院令第七号', 'order'],
    ['云岭县政府任命三名局长', 'headline'],
  ])('classifies %s as %s', (text, kind) => {
    expect(titleKind(text)).toBe(kind);
  });

  it.each([
    '任命：',
    '任命张晓明为青禾市财政局局长。',
    '（一）任命张晓明为局长',
    '张晓明被任命为青禾市财政局局长',
    '关于做好春季防火工作的通知',
    '青禾市人民政府',
    '关于任免张晓明等同志职务的通知'.repeat(7),
  ])('does not take %s for a title', (text) => {
    expect(titleKind(text)).toBeNull();
  });
});

describe('isNegativeTitle', () => {
  it('marks regulations, questions and proposals', () => {
    expect(isNegativeTitle('青禾市人民政府关于印发青禾市干部任免办法的通知')).toBe(true);
    expect(isNegativeTitle('关于张晓明同志任职问题的通知')).toBe(true);
    expect(isNegativeTitle('关于提请任命张晓明为青禾市财政局局长的议案')).toBe(true);
  });

  it('leaves a personnel decision positive', () => {
    expect(isNegativeTitle('青禾市人民政府关于任免张晓明等同志职务的通知')).toBe(false);
    expect(isNegativeTitle('青禾市人大常委会任命名单')).toBe(false);
  });
});

describe('isIssuerLine', () => {
  it('accepts an issuer standing alone', () => {
    expect(isIssuerLine('青禾市人民政府')).toBe(true);
    expect(isIssuerLine('云岭县人民代表大会常务委员会')).toBe(true);
    expect(isIssuerLine('青禾市人民政府办公室')).toBe(true);
  });

  it('rejects names, punctuated lines and long lines', () => {
    expect(isIssuerLine('张晓明')).toBe(false);
    expect(isIssuerLine('青禾市人民政府，')).toBe(false);
    expect(isIssuerLine('各县（市、区）人民政府')).toBe(false);
    expect(isIssuerLine('青'.repeat(30) + '政府')).toBe(false);
  });
});

describe('PROPOSAL_PHRASES', () => {
  it('includes the phrase that asks a congress to decide', () => {
    expect(PROPOSAL_PHRASES).toContain('请大会决定');
  });
});
