import { isIsoDate } from '@renmian/tenure-rules';
import type { EventCorrectionInput } from '../../corrections/corrections.service';
import { DeskError } from '../desk.errors';
import type { EventForm } from './correction-forms.reader';
import type { EventFormValues } from './event-correction.view';

const TYPES = new Set(['appoint', 'remove', 'auto_remove']);

/** Control characters (a NUL, a stray newline) in a name are a paste gone wrong; PostgreSQL refuses NUL. */
function hasControl(s: string): boolean {
  return [...s].some((c) => c < ' ' || c === '\u007f');
}

function bad(text: string): DeskError {
  return new DeskError('BAD_INPUT', text);
}

/** A reason is required for every correction: the audit log keeps it beside the change. */
export function requireReason(reason: string, words = '更正理由'): string {
  if (reason === '') throw bad(`请填写${words}：没有理由的更正不予记录。`);
  if (reason.length > 500) throw bad(`${words}不能超过 500 个字。`);
  return reason;
}

/**
 * The changes a submitted event form asks for: only the fields that differ from the version shown,
 * each checked first, with a message naming the field that is wrong. Nothing is written when any is.
 */
export function eventCorrection(current: EventForm, v: EventFormValues): { input: EventCorrectionInput; reason: string } {
  const input: EventCorrectionInput = {};
  if (v.person === '' || v.person.length > 50 || hasControl(v.person)) throw bad('人员须填写姓名，不超过 50 个字。');
  if (v.post.length < 3 || v.post.length > 200 || hasControl(v.post)) throw bad('职务须填写机构加职务名称（如“青禾市财政局局长”），3 至 200 个字。');
  if (!TYPES.has(v.type)) throw bad('事项须是任命、免去或职务自然免除。');
  if (v.effectiveOn !== '' && !isIsoDate(v.effectiveOn)) throw bad(`生效日期“${v.effectiveOn}”不是有效日期，请按 年-月-日 填写。`);
  if (v.effectiveOn === '' && current.effectiveOn !== null) throw bad('生效日期不能清空：请填写正确的日期。');
  if (v.probationMonths !== '' && !/^\d{1,3}$/.test(v.probationMonths)) throw bad('试用期须是 1 至 120 之间的月数，无试用期则留空。');
  const probation = v.probationMonths === '' ? null : Number(v.probationMonths);
  if (probation !== null && (probation < 1 || probation > 120)) throw bad('试用期须是 1 至 120 之间的月数，无试用期则留空。');
  const reason = requireReason(v.reason);
  if (v.person !== current.person) input.person = v.person;
  if (v.post !== current.post) input.position = v.post;
  if (v.type !== current.type) input.type = v.type as EventCorrectionInput['type'];
  if (v.effectiveOn !== '' && v.effectiveOn !== current.effectiveOn) input.effectiveOn = v.effectiveOn;
  if (probation !== current.probationMonths) input.probationMonths = probation;
  if (Object.keys(input).length === 0) throw bad('表单与现有记录相同：没有要更正的内容。');
  return { input, reason };
}
