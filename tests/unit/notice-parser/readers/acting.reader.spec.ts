import { readActing } from '@renmian/notice-parser/readers/acting.reader';
import { context } from './context';

describe('readActing', () => {
  it('gives the acting post the organisation named before the person’s current title', () => {
    expect(readActing('青禾市人民政府副市长张某某代理市长', context())).toEqual({
      type: 'appoint',
      persons: ['张某某'],
      posts: '青禾市人民政府代理市长',
    });
    expect(readActing('决定云岭县人民政府副县长李春华代理县长职务', context())).toEqual({
      type: 'appoint',
      persons: ['李春华'],
      posts: '云岭县人民政府代理县长',
    });
  });

  it('reads a two-character name', () => {
    expect(readActing('青禾市人民政府副市长王芳代理市长', context())).toEqual({
      type: 'appoint',
      persons: ['王芳'],
      posts: '青禾市人民政府代理市长',
    });
  });

  it('reads a four-character name with a compound surname whole', () => {
    expect(readActing('青禾市人民政府副市长欧阳丽华代理市长', context())).toEqual({
      type: 'appoint',
      persons: ['欧阳丽华'],
      posts: '青禾市人民政府代理市长',
    });
  });

  it.each([
    '代理市长',
    '青禾市人民政府副市长代理市长',
    '决定任命张晓明为青禾市人民政府代理市长',
    '青禾市人民政府副市长张某某代理',
    '张晓明为青禾市财政局局长',
  ])('does not read %s', (fragment) => {
    expect(readActing(fragment, context())).toBeNull();
  });
});
