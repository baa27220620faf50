import { readAutoRemoval } from '@renmian/notice-parser/readers/auto-removal.reader';
import { context } from './context';

describe('readAutoRemoval', () => {
  it.each([
    ['王建国的原青禾市教育局局长职务自然免除', ['王建国'], '青禾市教育局局长'],
    ['王建国同志的原青禾市教育局局长职务自然免除', ['王建国'], '青禾市教育局局长'],
    ['张晓明、李春华的原青禾市审计局副局长职务自然免除', ['张晓明', '李春华'], '青禾市审计局副局长'],
    ['王建国原任青禾市教育局局长职务自行免去', ['王建国'], '青禾市教育局局长'],
    ['李春华的云岭县财政局局长职务相应终止', ['李春华'], '云岭县财政局局长'],
    ['欧阳丽华的原云岭县第一中学校长职务自动免除', ['欧阳丽华'], '云岭县第一中学校长'],
  ])('reads %s', (fragment, persons, posts) => {
    expect(readAutoRemoval(fragment, context())).toEqual({ type: 'auto_remove', persons, posts });
  });

  it('reads 其 as the people of the previous clause', () => {
    expect(readAutoRemoval('其原任青禾市教育局局长职务相应终止', context({ lastPersons: ['张晓明'] }))).toEqual({
      type: 'auto_remove',
      persons: ['张晓明'],
      posts: '青禾市教育局局长',
    });
  });

  it.each([
    '免去王建国的青禾市教育局局长职务',
    '自然免除',
    '各地的原有职务自然免除',
    '其原任青禾市教育局局长职务相应终止',
    '王建国为青禾市教育局局长',
  ])('does not read %s', (fragment) => {
    expect(readAutoRemoval(fragment, context())).toBeNull();
  });
});
