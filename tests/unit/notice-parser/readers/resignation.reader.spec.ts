import { readResignation } from '@renmian/notice-parser/readers/resignation.reader';
import { context } from './context';

describe('readResignation', () => {
  it.each([
    ['接受张晓明辞去青禾市人民政府副市长职务的请求', ['张晓明'], '青禾市人民政府副市长'],
    ['决定接受张晓明同志辞去青禾市人民政府副市长职务的请求', ['张晓明'], '青禾市人民政府副市长'],
    ['同意李春华辞去青禾市财政局局长职务', ['李春华'], '青禾市财政局局长'],
    ['接受张晓明、李春华辞去青禾市人民代表大会常务委员会委员职务的请求', ['张晓明', '李春华'], '青禾市人民代表大会常务委员会委员'],
  ])('reads %s', (fragment, persons, posts) => {
    expect(readResignation(fragment, context())).toEqual({ type: 'remove', persons, posts });
  });

  it.each([
    '张晓明辞去青禾市人民政府副市长职务',
    '张晓明因工作调动，请求辞去青禾市人民政府副市长职务',
    '接受辞去职务',
    '接受各位代表辞去青禾市人民政府副市长职务的请求',
    '任命张晓明为青禾市财政局局长',
  ])('does not read %s', (fragment) => {
    expect(readResignation(fragment, context())).toBeNull();
  });
});
