/**
 * Whether a sentence of running text states a decision taken, or only speaks of one: a proposal
 * (`提请`, `拟任`), a draft or bill only heard (`草案`, `议案`), a review or publicity step (`审查`,
 * `公示`, `考察`), a recommendation awaiting consent, a question (`是否免去…`), or background
 * (`曾任`, `曾当选`). Used where no
 * notice frames the text (news items, crops), so that only decisions taken yield events.
 * Patterns are in simplified script: the readers see text folded to it (script-fold.util).
 */

/** Words that put a sentence's appointments in a proposal, draft, review or the past. */
const NOT_TAKEN =
  /(?<!同)时任|提请|拟任|拟提名|拟免|草案|议案|公示|审查|考察|征求|暂缓|任前|曾任|曾先后|曾[^，。；]{0,12}当选|[\d〇一二三四五六七八九十]年[^，。；]{0,8}当选|候选人|供职报告|表态|建议任命|建议免去|建议免除|推荐任命|提名|是否|(?:要求|提出|请求|申请)辞去|提出的[^，。；]{0,30}请求|《[^》]{1,40}(?:条例|规定|办法)》[^，。；]{0,4}(?:明确|规定)/;

/** `根据区法院的提请，免去…`, `经董事长提名，会议确认…`: a decision taken on a proposal is still a decision. */
const ON_PROPOSAL = /(?:根据|依据|按照|经)[^，。；]{0,24}(?:提请|提名)(?=[，。；]|$)/g;

/** `接受A请求辞去…`: a request the body accepted is a decision taken, not a request pending. */
const ACCEPTED_REQUEST = /(接受|同意)([^，。；]{0,24}?)(?:请求|要求|申请|提出)辞去/g;

/** `代表资格审查委员会委员`, `提名委员会主席`: the word names a body, not a step of the decision. */
const IN_BODY_NAME = /(?:审查|考察|提名|公示|草案)(?=[^，。；、]{0,4}?(?:工作)?(?:委员会|小组|办公室|室))/g;

export function speaksOfDecisionNotTaken(sentence: string): boolean {
  let text = sentence.includes('提') ? sentence.replace(ON_PROPOSAL, '') : sentence;
  if (text.includes('辞去')) text = text.replace(ACCEPTED_REQUEST, '$1$2辞去');
  if (text.includes('委员会') || text.includes('小组') || text.includes('室')) text = text.replace(IN_BODY_NAME, '');
  return NOT_TAKEN.test(text);
}

/**
 * A proposal, bill or draft (`提请任命…`, `…议案的说明`, `拟任…`), which no frame makes a decision:
 * checked in notices too, where `考察`, `提名` or `审查` may well precede a decision taken.
 */
const PROPOSAL = /提请|议案|草案|拟任|拟免|拟提名|建议任命|建议免去|建议免除|推荐任命/;

export function speaksOfProposal(fragment: string): boolean {
  let text = fragment.includes('提') ? fragment.replace(ON_PROPOSAL, '') : fragment;
  if (text.includes('委员会') || text.includes('小组') || text.includes('室')) text = text.replace(IN_BODY_NAME, '');
  return PROPOSAL.test(text);
}

/**
 * `…将会就有关的推荐任命征求立法会同意`: the text's appointments still need another body's consent,
 * so none of them is made yet.
 */
const AWAITS_CONSENT = /(?:征求|尚需|有待|须经|仍需)[^。；]{0,20}(?:同意|批准|通过|确认)/;

export function awaitsConsent(text: string): boolean {
  return AWAITS_CONSENT.test(text);
}

/**
 * A sentence that introduces decisions which follow it (`经省委决定：`, `会议表决通过：`,
 * `宣布干部任免决定：`, `经党中央批准，`, `政府今日宣布，`): the clauses after it may omit their verb.
 */
/**
 * A fragment that states its own decision (`决定任命…`, `免去…`): after a proposal in the same
 * sentence, only such a fragment is read; `B为Q` with no word of its own continues the proposal.
 */
export const OWN_DECISION = /决定|任命|免去|免除|聘任|聘请|委任|选举|当选|撤销|辞去|不再担任/;

export const DECISION_INTRO = /决定|决议|批准|表决通过|表决结果|选举结果|任命结果|任免|任命|免去|聘任|聘请|委任|宣布/;
