import type { EventForm } from '../../../../apps/api/src/desk/corrections/correction-forms.reader';
import { eventCorrection } from '../../../../apps/api/src/desk/corrections/event-correction.input';
import { storedValues } from '../../../../apps/api/src/desk/corrections/event-correction.view';

const stored: EventForm = {
  eventId: '7',
  version: '9',
  type: 'appoint',
  person: '张晓明',
  personId: '3',
  jurisdiction: '青禾市人民政府',
  post: '青禾市财政局局长',
  effectiveOn: '2024-03-09',
  probationMonths: 12,
  rank: null,
  noticeKey: '青政任〔2024〕40号',
  docNumber: '青政任〔2024〕40号',
  sourceLine: 4,
  sourceText: '张晓明为青禾市财政局局长（试用期一年）',
  personText: '张晓明',
  positionText: '青禾市财政局局长',
};

const form = (changes: Partial<ReturnType<typeof storedValues>>) => ({ ...storedValues(stored), reason: '核对纸本', ...changes });

describe('an event correction form', () => {
  it('asks the service for the fields that changed, and nothing else', () => {
    expect(eventCorrection(stored, form({ person: '张小明' }))).toEqual({ input: { person: '张小明' }, reason: '核对纸本' });
    expect(eventCorrection(stored, form({ type: 'remove', effectiveOn: '2024-03-10', probationMonths: '' })).input).toEqual({
      type: 'remove',
      effectiveOn: '2024-03-10',
      probationMonths: null,
    });
    expect(eventCorrection(stored, form({ post: '青禾市审计局局长', probationMonths: '6' })).input).toEqual({ position: '青禾市审计局局长', probationMonths: 6 });
  });

  it.each([
    [{ person: '' }, '人员'],
    [{ person: '张\u0000明' }, '人员'],
    [{ post: '局长' }, '职务'],
    [{ type: 'promote' }, '事项'],
    [{ effectiveOn: '2024-13-01' }, '生效日期“2024-13-01”不是有效日期'],
    [{ effectiveOn: '' }, '生效日期不能清空'],
    [{ probationMonths: '0' }, '试用期'],
    [{ probationMonths: '121' }, '试用期'],
    [{ probationMonths: '一年' }, '试用期'],
    [{ reason: '' }, '请填写更正理由'],
    [{}, '没有要更正的内容'],
  ])('refuses %j with a message naming the field', (changes, words) => {
    expect(() => eventCorrection(stored, form(changes))).toThrow(words);
  });
});
