import { normaliseField, pythonStr } from '@renmian/parse-eval';

describe('normaliseField (the scoring script’s norm)', () => {
  it('applies NFKC: full-width letters and digits, compatibility forms', () => {
    expect(normaliseField('青政任〔２０２４〕７号')).toBe('青政任〔2024〕7号');
    expect(normaliseField('ＡＢＣ公司')).toBe('ABC公司');
    expect(normaliseField('ﬁ①')).toBe('fi1');
  });

  it('removes every whitespace character, wherever it stands', () => {
    expect(normaliseField(' 张\u3000三 ')).toBe('张三');
    expect(normaliseField('市\t财政\n局\r\n局长\u00a0')).toBe('市财政局局长');
    expect(normaliseField('张\u2003三\u202f')).toBe('张三');
  });

  it('removes what Python counts as whitespace and keeps what it does not', () => {
    // U+001C–U+001F and NEL are whitespace to Python's re; U+FEFF and U+200B are not.
    expect(normaliseField('张\x1c三\x1f\x85')).toBe('张三');
    expect(normaliseField('张\ufeff三')).toBe('张\ufeff三');
    expect(normaliseField('张\u200b三')).toBe('张\u200b三');
  });

  it('keeps null (and a missing field) apart from the empty string', () => {
    expect(normaliseField(null)).toBeNull();
    expect(normaliseField(undefined)).toBeNull();
    expect(normaliseField('')).toBe('');
    expect(normaliseField(' \u3000')).toBe('');
  });

  it('prints numbers and booleans as Python’s str() does', () => {
    expect(normaliseField(12)).toBe('12');
    expect(normaliseField('12')).toBe('12');
    expect(pythonStr(true)).toBe('True');
    expect(pythonStr(false)).toBe('False');
    expect(pythonStr(1.5)).toBe('1.5');
  });
});
