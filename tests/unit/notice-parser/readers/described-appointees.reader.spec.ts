import { readDescribedAppointees } from '@renmian/notice-parser/readers/described-appointees.reader';
import { context } from './context';

const posts = (fragment: string, following = '') => {
  const read = readDescribedAppointees(fragment, context({ followingFragment: following }));
  if (read === null) return null;
  return (Array.isArray(read) ? read : [read]).map((r) => [r.persons.join('、'), r.posts, r.needsBody === true]);
};

describe('readDescribedAppointees', () => {
  it('reads the people each described by the post given, the count and 现任 aside', () => {
    expect(posts('政府今日公布再度委任青禾管理局现任主席葛云舟、两名现任成员童岚及欧阳秋实')).toEqual([
      ['葛云舟', '青禾管理局主席', false],
      ['童岚', '成员', false],
      ['欧阳秋实', '成员', false],
    ]);
  });

  it('marks a bare title as needing the body of the story', () => {
    expect(posts('并委任两名新成员柏宁及简书航')).toEqual([
      ['柏宁', '成员', true],
      ['简书航', '成员', true],
    ]);
  });

  it('leaves a list whose post comes after it, or a sentence with 为, to other forms', () => {
    expect(posts('委任东林大学教授葛云舟、律师童岚', '出任青禾委员会委员')).toBeNull();
    expect(posts('委任葛云舟为青禾委员会主席')).toBeNull();
    expect(posts('委任葛云舟担任青禾委员会主席')).toBeNull();
  });

  it('reads nothing where an item is not a post and a name', () => {
    expect(posts('委任了一批年轻干部到基层工作')).toBeNull();
  });
});
