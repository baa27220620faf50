import { foldScript, unfold } from '@renmian/notice-parser/text/script-fold.util';

describe('foldScript and unfold', () => {
  it('folds traditional and variant characters to simplified, one for one', () => {
    expect(foldScript('會議決定任命陳明遠爲青禾市財政局局長').text).toBe('会议决定任命陈明远为青禾市财政局局长');
    expect(foldScript('青禾市财政局局长').origin).toBeNull();
  });

  it('drops pinyin injected after a character, and only there', () => {
    const folded = foldScript('經(jīng)濟局局長田學(xué)雷（女）');
    expect(folded.text).toBe('经济局局长田学雷（女）');
    expect(foldScript('（a）项').text).toBe('（a）项');
  });

  it('gives a string read on the folded text back in the source script, without the pinyin a page injected', () => {
    const source = '任命田學(xué)雷爲經(jīng)濟局局長';
    const { text, origin } = foldScript(source);
    expect(unfold('田学雷', text, source, origin)).toBe('田學雷');
    expect(unfold('经济局局长', text, source, origin)).toBe('經濟局局長');
  });

  it('gives back a string assembled from two places of the text piece by piece', () => {
    const source = '青禾縣人民政府副縣長';
    const { text, origin } = foldScript(source);
    expect(unfold('青禾县人民政府代理县长', text, source, origin)).toBe('青禾縣人民政府代理縣長');
  });
});
