import { readActing } from '@renmian/notice-parser/readers/acting.reader';
import { readAppointment } from '@renmian/notice-parser/readers/appointment.reader';
import { readAutoRemoval } from '@renmian/notice-parser/readers/auto-removal.reader';
import { readCountedRoster } from '@renmian/notice-parser/readers/counted-roster.reader';
import { readDescribedAppointees } from '@renmian/notice-parser/readers/described-appointees.reader';
import { CLAUSE_READERS } from '@renmian/notice-parser/readers/clause-readers';
import { readNewlyNamed } from '@renmian/notice-parser/readers/newly-named.reader';
import { readNoLongerHolds } from '@renmian/notice-parser/readers/no-longer-holds.reader';
import { readPostFirst } from '@renmian/notice-parser/readers/post-first.reader';
import { readRespectively } from '@renmian/notice-parser/readers/respectively.reader';
import { readTransfer } from '@renmian/notice-parser/readers/transfer.reader';
import { readRemoval } from '@renmian/notice-parser/readers/removal.reader';
import { readResignation } from '@renmian/notice-parser/readers/resignation.reader';
import { context } from './context';

/** The first reading any reader gives, as read-clauses takes it. */
const firstReading = (fragment: string) => {
  for (const read of CLAUSE_READERS) {
    const reading = read(fragment, context());
    if (reading) return reading;
  }
  return null;
};

describe('CLAUSE_READERS', () => {
  it('tries the most specific forms first', () => {
    expect(CLAUSE_READERS).toEqual([
      readAutoRemoval,
      readResignation,
      readNoLongerHolds,
      readTransfer,
      readRemoval,
      readActing,
      readRespectively,
      readAppointment,
      readPostFirst,
      readNewlyNamed,
      readCountedRoster,
      readDescribedAppointees,
    ]);
  });

  it.each([
    ['王建国的原青禾市教育局局长职务自然免除', { type: 'auto_remove', persons: ['王建国'], posts: '青禾市教育局局长' }],
    ['接受张晓明辞去青禾市人民政府副市长职务的请求', { type: 'remove', persons: ['张晓明'], posts: '青禾市人民政府副市长' }],
    ['李春华不再担任青禾市审计局局长职务', { type: 'remove', persons: ['李春华'], posts: '青禾市审计局局长' }],
    ['免去张晓明的青禾市财政局局长职务', { type: 'remove', persons: ['张晓明'], posts: '青禾市财政局局长' }],
    ['青禾市人民政府副市长张某某代理市长', { type: 'appoint', persons: ['张某某'], posts: '青禾市人民政府代理市长' }],
    ['任命张晓明为青禾市财政局局长', { type: 'appoint', persons: ['张晓明'], posts: '青禾市财政局局长' }],
  ])('reads %s with the right form', (fragment, reading) => {
    expect(firstReading(fragment)).toEqual(reading);
  });

  it('reads a bare request to resign as nothing', () => {
    expect(firstReading('张晓明辞去青禾市人民政府副市长职务')).toBeNull();
  });
});
