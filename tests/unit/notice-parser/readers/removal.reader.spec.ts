import { readRemoval } from '@renmian/notice-parser/readers/removal.reader';
import { context } from './context';

describe('readRemoval', () => {
  it.each([
    ['免去张晓明的青禾市财政局局长职务', ['张晓明'], '青禾市财政局局长'],
    ['免去张晓明同志的青禾市财政局局长职务', ['张晓明'], '青禾市财政局局长'],
    ['免去张晓明、李春华（女）的青禾市财政局副局长职务', ['张晓明', '李春华'], '青禾市财政局副局长'],
    ['免去张晓明兼任的青禾市国资委主任职务', ['张晓明'], '青禾市国资委主任'],
    ['免去张晓明同志青禾市财政局局长职务', ['张晓明'], '青禾市财政局局长'],
    ['免去王建国的原云岭县教育局局长职务', ['王建国'], '云岭县教育局局长'],
    ['解聘欧阳丽华的云岭县第一中学校长职务', ['欧阳丽华'], '云岭县第一中学校长'],
    ['决定免去李春华的青禾市审计局局长职务', ['李春华'], '青禾市审计局局长'],
  ])('reads %s', (fragment, persons, posts) => {
    expect(readRemoval(fragment, context())).toEqual({ type: 'remove', persons, posts });
  });

  it('reads 免去其P职务 as the people of the previous clause', () => {
    expect(readRemoval('免去其青禾市审计局副局长职务', context({ lastPersons: ['李春华'] }))).toEqual({
      type: 'remove',
      persons: ['李春华'],
      posts: '青禾市审计局副局长',
    });
  });

  it('guesses where a name ends when nothing marks it', () => {
    expect(readRemoval('免去张晓明青禾市财政局局长职务', context())).toEqual({
      type: 'remove',
      persons: ['张晓明'],
      posts: '青禾市财政局局长',
    });
    expect(readRemoval('免去王芳市财政局局长职务', context())).toEqual({ type: 'remove', persons: ['王芳'], posts: '市财政局局长' });
    // A bureau of three characters after the name: the name is cut before it, whatever its length.
    expect(readRemoval('免去童岚东林局副局长职务', context())).toEqual({ type: 'remove', persons: ['童岚'], posts: '东林局副局长' });
    expect(readRemoval('免去王建国财政局局长职务', context())).toEqual({ type: 'remove', persons: ['王建国'], posts: '财政局局长' });
  });

  it('reads the end of a commission or a post (`终止A的P职务`, `终止A某局副局长的定期委任`)', () => {
    expect(readRemoval('终止童岚东林局副局长的定期委任', context())).toEqual({ type: 'remove', persons: ['童岚'], posts: '东林局副局长' });
    expect(readRemoval('终止葛云舟的青禾局局长职务', context())).toEqual({ type: 'remove', persons: ['葛云舟'], posts: '青禾局局长' });
    expect(readRemoval('免去葛云舟的青禾局局长职务（终止试用期）', context())).toEqual({ type: 'remove', persons: ['葛云舟'], posts: '青禾局局长' });
  });

  it('takes a compound surname and two more characters as the unmarked name', () => {
    expect(readRemoval('免去欧阳丽华青禾市财政局局长职务', context())).toEqual({
      type: 'remove',
      persons: ['欧阳丽华'],
      posts: '青禾市财政局局长',
    });
  });

  it('reads the verbless form under a 免去 header only', () => {
    const fragment = '李春华的青禾市财政局副局长职务';
    expect(readRemoval(fragment, context({ mode: 'remove' }))).toEqual({
      type: 'remove',
      persons: ['李春华'],
      posts: '青禾市财政局副局长',
    });
    expect(readRemoval(fragment, context())).toBeNull();
    expect(readRemoval(fragment, context({ mode: 'appoint' }))).toBeNull();
    expect(readRemoval(fragment, context({ decided: true }))).toBeNull();
  });

  it('accepts an unlisted surname under a 免去 header', () => {
    expect(readRemoval('禚晓明的青禾市财政局副局长职务', context({ mode: 'remove' }))).toEqual({
      type: 'remove',
      persons: ['禚晓明'],
      posts: '青禾市财政局副局长',
    });
  });

  it('accepts an unlisted surname right after 免去 and before 的, but not words that are no name', () => {
    expect(readRemoval('免去禚晓明的青禾市财政局副局长职务', context())).toEqual({ type: 'remove', persons: ['禚晓明'], posts: '青禾市财政局副局长' });
    expect(readRemoval('免去各单位的青禾市财政局副局长职务', context())).toBeNull();
  });

  it('reads pairs joined by 、 after one 免去', () => {
    expect(readRemoval('免去葛云舟的青禾市财政局局长职务、童岚的东林理工大学副校长职务', context())).toEqual([
      { type: 'remove', persons: ['葛云舟'], posts: '青禾市财政局局长' },
      { type: 'remove', persons: ['童岚'], posts: '东林理工大学副校长' },
    ]);
  });

  it.each([
    '任命张晓明为青禾市财政局局长',
    '免去其青禾市审计局副局长职务',
    '免去各地的青禾市审计局副局长职务',
    '免去职务',
    '李春华的青禾市财政局副局长职务',
  ])('does not read %s outside a 免去 block', (fragment) => {
    expect(readRemoval(fragment, context())).toBeNull();
  });

  it('does not read a verbless line under a 免去 header that is not a removal', () => {
    expect(readRemoval('以上同志的职务', context({ mode: 'remove' }))).toBeNull();
    expect(readRemoval('青禾市人民政府', context({ mode: 'remove' }))).toBeNull();
  });
});
