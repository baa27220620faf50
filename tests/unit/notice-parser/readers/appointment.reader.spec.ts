import { readAppointment } from '@renmian/notice-parser/readers/appointment.reader';
import { context } from './context';

describe('readAppointment', () => {
  it.each([
    ['任命张晓明为青禾市财政局局长', ['张晓明'], '青禾市财政局局长'],
    ['任命张晓明同志为青禾市财政局局长', ['张晓明'], '青禾市财政局局长'],
    ['决定任命张晓明为青禾市财政局局长', ['张晓明'], '青禾市财政局局长'],
    ['现任命李春华（女）为青禾市审计局副局长（试用期一年）', ['李春华'], '青禾市审计局副局长（试用期一年）'],
    ['聘任欧阳丽华为云岭县第一中学校长', ['欧阳丽华'], '云岭县第一中学校长'],
    ['任命张晓明、李春华为青禾市财政局副局长', ['张晓明', '李春华'], '青禾市财政局副局长'],
    ['任命张晓明為青禾市財政局局長', ['张晓明'], '青禾市財政局局長'],
  ])('reads %s', (fragment, persons, posts) => {
    expect(readAppointment(fragment, context())).toEqual({ type: 'appoint', persons, posts });
  });

  it('reads the verbless form once a decision is announced or under a 任命 header', () => {
    const fragment = '张晓明为青禾市财政局局长';
    const reading = { type: 'appoint', persons: ['张晓明'], posts: '青禾市财政局局长' };
    expect(readAppointment(fragment, context())).toBeNull();
    expect(readAppointment(fragment, context({ decided: true }))).toEqual(reading);
    expect(readAppointment(fragment, context({ mode: 'appoint' }))).toEqual(reading);
  });

  it('accepts an unlisted surname under a 任命 header only', () => {
    expect(readAppointment('禚晓明为青禾市财政局局长', context({ mode: 'appoint' }))).toEqual({
      type: 'appoint',
      persons: ['禚晓明'],
      posts: '青禾市财政局局长',
    });
    expect(readAppointment('禚晓明为青禾市财政局局长', context({ decided: true }))).toBeNull();
  });

  it('puts names still waiting for a post before the subject', () => {
    expect(readAppointment('李春华为青禾市审计局副局长', context({ decided: true, pendingPersons: ['王建国'] }))).toEqual({
      type: 'appoint',
      persons: ['王建国', '李春华'],
      posts: '青禾市审计局副局长',
    });
    expect(readAppointment('为青禾市审计局副局长', context({ decided: true, pendingPersons: ['王建国'] }))).toEqual({
      type: 'appoint',
      persons: ['王建国'],
      posts: '青禾市审计局副局长',
    });
  });

  it('reads 兼 under a 任命 header, or with 任命, or continuing the previous clause', () => {
    expect(readAppointment('张晓明兼青禾市国资委主任', context({ mode: 'appoint' }))).toEqual({
      type: 'appoint',
      persons: ['张晓明'],
      posts: '青禾市国资委主任',
    });
    expect(readAppointment('任命张晓明兼任青禾市国资委主任', context())).toEqual({
      type: 'appoint',
      persons: ['张晓明'],
      posts: '青禾市国资委主任',
    });
    expect(readAppointment('兼任青禾市国资委主任', context({ lastPersons: ['张晓明'] }))).toEqual({
      type: 'appoint',
      persons: ['张晓明'],
      posts: '青禾市国资委主任',
    });
    expect(readAppointment('张晓明兼青禾市国资委主任', context())).toBeNull();
  });

  it('reads 任 right after a name once a decision is announced', () => {
    expect(readAppointment('张晓明任青禾市财政局局长', context({ decided: true }))).toEqual({
      type: 'appoint',
      persons: ['张晓明'],
      posts: '青禾市财政局局长',
    });
    expect(readAppointment('张晓明任青禾市财政局局长', context())).toBeNull();
    expect(readAppointment('张晓明任职期间表现突出', context({ decided: true }))).toBeNull();
  });

  it.each([
    ['张晓明担任青禾市财政局局长', '青禾市财政局局长'],
    ['张晓明同志挂职任青禾市商务局副局长（挂职时间一年）', '青禾市商务局副局长（挂职时间一年）'],
    ['张晓明挂职担任青禾县副县长', '青禾县副县长'],
    ['张晓明同志调任青禾市审计局局长', '青禾市审计局局长'],
  ])('reads %s (担任, a transfer, a secondment) as an appointment once a decision is announced', (fragment, posts) => {
    expect(readAppointment(fragment, context({ decided: true }))).toEqual({ type: 'appoint', persons: ['张晓明'], posts });
    expect(readAppointment(fragment, context())).toBeNull();
  });

  it.each([
    '各地为做好换届工作',
    '本院为青禾市人民法院派出法庭',
    '我市为全省试点城市',
    '任期为三年',
    '任命张晓明为三年',
    '任命各地为青禾市财政局局长',
    '张晓明同志',
  ])('does not read %s even after a decision', (fragment) => {
    expect(readAppointment(fragment, context({ decided: true }))).toBeNull();
  });
});
