import { readCountedRoster } from '@renmian/notice-parser/readers/counted-roster.reader';
import { context } from './context';

describe('readCountedRoster', () => {
  it.each([
    ['三名新成员为葛云舟、童岚及欧阳秋实', ['葛云舟', '童岚', '欧阳秋实'], '成员'],
    ['这次录用的两名馆员分别是简书航、柏宁', ['简书航', '柏宁'], '馆员'],
    ['兩位再度獲委任兩年的成員為簡書航及柏寧', ['簡書航', '柏寧'], '成員'],
    ['3位新聘参事是：庞子衿、戚远、司马清和', ['庞子衿', '戚远', '司马清和'], '参事'],
  ])('reads %s', (fragment, persons, post) => {
    const reading = readCountedRoster(fragment, context());
    expect(reading).toEqual({ type: 'appoint', persons, posts: post, needsBody: true });
  });

  it.each([
    ['目前，三名副主任分别是葛云舟、童岚、欧阳秋实', 'a count of who holds the posts now'],
    ['新聘的四名馆员分别是葛云舟、童岚、欧阳秋实', 'a count the list does not match'],
    ['三名新成员为青禾市财政局、审计局和商务局', 'a list of no people'],
  ])('does not read %s (%s)', (fragment) => {
    expect(readCountedRoster(fragment, context())).toBeNull();
  });
});
