import { placeUnits, sharePlace, unitLevel, withoutPlace } from '@renmian/tenure-rules';

describe('placeUnits', () => {
  it.each([
    ['青禾市人民政府', ['青禾市']],
    ['青禾市人民代表大会常务委员会', ['青禾市']],
    ['鹤川市白溪区人民政府', ['鹤川市', '白溪区']],
    ['松州市人民政府', ['松州市']],
    ['江岭省人民政府', ['江岭省']],
    ['禾县人民政府', ['禾县']],
    ['云岭藏族自治州人民政府', ['云岭藏族自治州']],
    ['中共青禾市委员会', ['青禾市']],
    ['青禾市衛生健康委員會', ['青禾市']],
    ['市中区人民政府', ['市中区']],
    ['凤湄市高新新区管理委员会', ['凤湄市', '高新新区']],
    ['柳湾县城市管理局', ['柳湾县']],
  ])('%s starts with %j', (name, units) => {
    expect(placeUnits(name)).toEqual(units);
  });

  it.each(['国务院', '中华人民共和国主席', '市公安局', '区人民政府', '县人民政府', '青禾大学', '枫林社区居民委员会', '城市管理局', '新区管理委员会', ''])('%s starts with no place', (name) => {
    expect(placeUnits(name)).toEqual([]);
  });

  it('knows the level a unit ends in and what follows the place', () => {
    expect(unitLevel('云岭藏族自治州')).toBe('自治州');
    expect(unitLevel('白溪区')).toBe('区');
    expect(withoutPlace('鹤川市白溪区教育局')).toBe('教育局');
    expect(withoutPlace('青禾大学')).toBe('青禾大学');
  });

  it('tells issuers of one place from issuers of two', () => {
    expect(sharePlace(placeUnits('青禾市人民政府'), placeUnits('青禾市人民代表大会常务委员会'))).toBe(true);
    expect(sharePlace(placeUnits('鹤川市人民政府'), placeUnits('鹤川市白溪区人民政府'))).toBe(true);
    expect(sharePlace(placeUnits('青禾市人民政府'), placeUnits('鹤川市人民政府'))).toBe(false);
    expect(sharePlace(placeUnits('国务院'), placeUnits('国务院办公厅'))).toBe(false);
  });
});
