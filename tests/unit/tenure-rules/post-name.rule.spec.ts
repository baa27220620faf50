import { splitPostName } from '@renmian/tenure-rules';

describe('splitPostName', () => {
  it.each([
    ['青禾市人民政府办公室副主任', '青禾市人民政府办公室', '副主任'],
    ['青禾市卫生监督所副所长', '青禾市卫生监督所', '副所长'],
    ['青禾第三中学校长', '青禾第三中学', '校长'],
    ['青禾市地震局局长', '青禾市地震局', '局长'],
    ['青禾市人民政府副秘书长', '青禾市人民政府', '副秘书长'],
    ['青禾市防震减灾中心主任', '青禾市防震减灾中心', '主任'],
    ['青禾行政学院院务委员会委员', '青禾行政学院院务委员会', '委员'],
    ['卫生部部长', '卫生部', '部长'],
    ['中华人民共和国驻某某共和国特命全权大使', '中华人民共和国驻某某共和国', '特命全权大使'],
    // Named without its organisation, which everyone knows: no organisation `国务` is made.
    ['国务委员', '国务院', '国务委员'],
  ])('%s is %s + %s', (name, organization, title) => {
    expect(splitPostName(name)).toEqual({ organization, title });
  });

  it('gives both parts back in order for a post that names its organisation', () => {
    for (const name of ['局长', '某某', '青禾市教育和体育局总督学']) {
      const { organization, title } = splitPostName(name);
      expect(organization + title).toBe(name);
      expect(title.length).toBeGreaterThan(0);
    }
  });
});
