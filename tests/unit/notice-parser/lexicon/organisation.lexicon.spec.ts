import { inheritOrganisation, isBareTitle, isPostLike, organisationPrefix } from '@renmian/notice-parser/lexicon/organisation.lexicon';

describe('organisationPrefix', () => {
  it.each([
    ['青禾行政学院副院长', '青禾行政学院'],
    ['青禾市财政局局长', '青禾市财政局'],
    ['云岭县人民政府办公室主任', '云岭县人民政府办公室'],
    ['云岭县招生考试委员会办公室主任', '云岭县招生考试委员会办公室'],
    ['青禾市第一人民医院院长', '青禾市第一人民医院'],
    ['青禾市疾病预防控制中心主任', '青禾市疾病预防控制中心'],
  ])('finds the organisation of %s', (post, org) => {
    expect(organisationPrefix(post)).toBe(org);
  });

  it('is null for a bare title or a post that is only an organisation', () => {
    expect(organisationPrefix('局长')).toBeNull();
    expect(organisationPrefix('青禾市财政局')).toBeNull();
  });
});

describe('isBareTitle', () => {
  const first = '青禾行政学院副院长';
  it('is true for a title without an organisation', () => {
    expect(isBareTitle('院务委员会委员', first)).toBe(true);
    expect(isBareTitle('党组成员', '青禾市财政局副局长')).toBe(true);
  });

  it('is false for a post that names its own organisation', () => {
    expect(isBareTitle('青禾市审计局局长', '青禾市财政局局长')).toBe(false);
    expect(isBareTitle('云岭县审计局局长', '青禾市财政局局长')).toBe(false);
    expect(isBareTitle('中共青禾市委员会委员', first)).toBe(false);
    expect(isBareTitle('', first)).toBe(false);
  });
});

describe('isPostLike', () => {
  it('recognises title endings', () => {
    for (const p of ['局长', '青禾市财政局副局长', '院务委员会委员', '党委书记', '主任', '总经理']) expect(isPostLike(p)).toBe(true);
  });

  it('rejects what is not a post', () => {
    for (const p of ['女', '三年', '一项', '青禾市财政局', '长']) expect(isPostLike(p)).toBe(false);
  });
});

describe('inheritOrganisation', () => {
  it('gives a bare title the organisation of the first post', () => {
    expect(inheritOrganisation('院务委员会委员', '青禾行政学院副院长')).toBe('青禾行政学院院务委员会委员');
    expect(inheritOrganisation('党组成员', '青禾市财政局副局长')).toBe('青禾市财政局党组成员');
  });

  it('gives a title after an office of a body the office, and a place head the government', () => {
    expect(inheritOrganisation('副主任', '青禾市招生考试委员会办公室主任')).toBe('青禾市招生考试委员会办公室副主任');
    expect(inheritOrganisation('副县长', '云岭县人民政府办公室主任')).toBe('云岭县人民政府副县长');
  });

  it('leaves a full post alone', () => {
    expect(inheritOrganisation('青禾市审计局局长', '青禾市财政局局长')).toBe('青禾市审计局局长');
    expect(inheritOrganisation('云岭县审计局局长', '青禾市财政局局长')).toBe('云岭县审计局局长');
  });

  it('leaves the title alone when the first post has no organisation', () => {
    expect(inheritOrganisation('副局长', '局长')).toBe('副局长');
  });

  // `A为副院长、院务委员会委员`: P1 names no organisation, so P2 has none to inherit. The ending 院
  // inside the title 副院长 is not an organisation.
  it('does not read an organisation ending inside a bare title as an organisation', () => {
    expect(organisationPrefix('副院长')).toBeNull();
    expect(inheritOrganisation('院务委员会委员', '副院长')).toBe('院务委员会委员');
  });
});
