import { isProcedure } from '@renmian/notice-parser/steps/report-unread.step';

describe('isProcedure', () => {
  it('knows what a clause says of a term or its start, with or without a bracket saying when', () => {
    expect(isProcedure('聘期三年')).toBe(true);
    expect(isProcedure('聘期三年（2024年9月至2027年8月）')).toBe(true);
    expect(isProcedure('任期与第八届董事会一致')).toBe(true);
    expect(isProcedure('自2024年3月1日起生效')).toBe(true);
  });

  it('does not take a clause that names a person or a post for procedure', () => {
    expect(isProcedure('张明远为青禾市财政局局长')).toBe(false);
    expect(isProcedure('李华亭（女）任青禾市教育局副局长')).toBe(false);
  });
});
