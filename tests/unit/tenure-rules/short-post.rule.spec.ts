import { resolveShortPost } from '@renmian/tenure-rules';

describe('resolveShortPost', () => {
  it.each([
    ['市公安局局长', '鹤川市人民代表大会常务委员会', '鹤川市公安局局长'],
    ['区人民政府副区长', '鹤川市白溪区人民代表大会常务委员会', '鹤川市白溪区人民政府副区长'],
    ['市公安局局长', '鹤川市白溪区人民政府', '鹤川市公安局局长'],
    ['县教育局副局长', '云岭县人民政府', '云岭县教育局副局长'],
    ['市政府副秘书长', '青禾市人民政府', '青禾市政府副秘书长'],
    ['市政协副主席', '青禾市人民代表大会常务委员会', '青禾市政协副主席'],
    ['市市场监督管理局局长', '青禾市人民政府', '青禾市市场监督管理局局长'],
    ['州民族宗教事务委员会主任', '云岭藏族自治州人民政府', '云岭藏族自治州民族宗教事务委员会主任'],
    // Bare posts in a congress decision are the congress's own place's.
    ['财政局局长', '青禾市人民代表大会常务委员会', '青禾市财政局局长'],
    ['公安局副局长', '云岭县人大常委会', '云岭县公安局副局长'],
    ['审计局局长', '鹤川市白溪区人民代表大会常务委员会', '鹤川市白溪区审计局局长'],
    ['人民政府副市长', '青禾市人民代表大会', '青禾市人民政府副市长'],
    ['中级人民法院院长', '青禾市人民代表大会常务委员会', '青禾市中级人民法院院长'],
    ['人民检察院检察长', '云岭县人民代表大会常务委员会', '云岭县人民检察院检察长'],
    ['公安厅厅长', '岚山省人民代表大会常务委员会', '岚山省公安厅厅长'],
  ])('%s under %s is %s', (position, issuer, full) => {
    expect(resolveShortPost(position, issuer)).toBe(full);
  });

  it.each([
    // Names its place already.
    ['青禾市公安局局长', '青禾市人民政府'],
    ['鹤川市公安局局长', '青禾市人民政府'],
    // Words that start with a level character without being one.
    ['市场监督管理局局长', '青禾市人民政府'],
    ['市政工程管理处处长', '青禾市人民政府'],
    ['区域发展中心主任', '鹤川市白溪区人民政府'],
    // The issuer has no place, or none of that level.
    ['市公安局局长', '国务院'],
    ['区人民政府副区长', '青禾市人民政府'],
    ['市公安局局长', null],
    // Bare names are left as they are outside a congress decision,
    ['财政局局长', '青禾市人民政府'],
    ['财政局局长', null],
    ['财政局局长', '全国人民代表大会常务委员会'],
    // and in one, unless they name a government organ, court or procuratorate of the place.
    ['财政经济委员会主任委员', '青禾市人民代表大会常务委员会'],
    ['常务委员会副主任', '青禾市人民代表大会'],
    ['人大常委会办公室主任', '青禾市人民代表大会常务委员会'],
    ['青禾大学校长', '青禾市人民代表大会常务委员会'],
  ])('%s under %s stays as written', (position, issuer) => {
    expect(resolveShortPost(position, issuer)).toBe(position);
  });
});
