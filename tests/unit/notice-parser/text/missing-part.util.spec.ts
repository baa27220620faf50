import { missingPart } from '@renmian/notice-parser/text/missing-part.util';
import { unreadReason } from '../../../../apps/api/src/common/labels.util';

describe('missingPart', () => {
  it.each([
    ['青禾市财政局局长葛云舟同志出席会议', 'decision word'],
    ['会议决定童岚同志调任青禾市审计局', 'post'],
    ['会议同意童岚同志转岗至青禾市审计局', 'decision word'],
    ['决定任命为青禾市财政局局长', 'person'],
    ['决定葛云舟、童岚分任青禾市财政局局长和副局长', 'list shape'],
  ])('names what was not understood in “%s”: the %s', (sentence, part) => {
    expect(missingPart(sentence)).toBe(part);
  });

  it('is said in Chinese on the pages', () => {
    expect(unreadReason('a decision in a form no reader knows (not understood: the post): “某句”')).toBe('任免句式无法识别（未能理解：职务）：“某句”');
    expect(unreadReason('a decision in a form no reader knows (not understood: the person)')).toBe('任免句式无法识别（未能理解：人名）');
  });
});
