export * from './score.types';
export { InvalidGoldError, asGoldDocument } from './gold-document';
export { multiset, commonSize, difference, Multiset } from './multiset.util';
export { normaliseField, pythonStr } from './normalise.util';
export { SCORED_ATTRIBUTES, eventKey, isPerfect, noticeKey, ratios, scoreAttributes, scoreFile, scoreParserFailure, sumScores } from './score';
export { fixed3, formatRatios, formatTotals } from './summary.format';
