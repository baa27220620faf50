import { readNoLongerHolds } from '@renmian/notice-parser/readers/no-longer-holds.reader';
import { context } from './context';

describe('readNoLongerHolds', () => {
  it.each([
    ['张晓明同志不再担任青禾市财政局局长职务', ['张晓明'], '青禾市财政局局长'],
    ['李春华不再兼任青禾市审计局局长', ['李春华'], '青禾市审计局局长'],
    ['张晓明、李春华不再担任云岭县人民政府副县长职务', ['张晓明', '李春华'], '云岭县人民政府副县长'],
  ])('reads %s', (fragment, persons, posts) => {
    expect(readNoLongerHolds(fragment, context())).toEqual({ type: 'remove', persons, posts });
  });

  it.each(['不再担任青禾市财政局局长职务', '本院不再担任青禾市财政局局长职务', '张晓明不再担任职务', '张晓明为青禾市财政局局长'])(
    'does not read %s',
    (fragment) => {
      expect(readNoLongerHolds(fragment, context())).toBeNull();
    },
  );
});
