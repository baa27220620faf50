import { unreadLineMatters } from '@renmian/tenure-rules';

const fragment = (text: string) => `part of the clause not understood: “${text}”`;

describe('unreadLineMatters', () => {
  it.each(['同时', '任期三年', '并报省人民检察院备案', '市人大常委会举行第五次会议', '同時'])('sets aside the fragment “%s” of a line that gave events', (text) => {
    expect(unreadLineMatters({ reason: fragment(text), eventsRead: true })).toBe(false);
  });

  it.each(['同时免去周一鸣的青禾市水利局局长职务', '决定任命吴桐为副局长', '钱多另有任用', '接受孙立辭去職務'])('keeps a fragment that names an action: “%s”', (text) => {
    expect(unreadLineMatters({ reason: fragment(text), eventsRead: true })).toBe(true);
  });

  it('keeps a fragment of a line that gave no event, and any line no form read', () => {
    expect(unreadLineMatters({ reason: fragment('同时'), eventsRead: false })).toBe(true);
    expect(unreadLineMatters({ reason: 'a decision in a form no reader knows', eventsRead: true })).toBe(true);
    expect(unreadLineMatters({ reason: 'no clause form matched', eventsRead: false })).toBe(true);
  });
});
