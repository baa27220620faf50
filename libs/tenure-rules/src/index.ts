export * from './tenure.types';
export { compareEvents, derivePostTenures, deriveTenures, heldOn } from './derive-tenures.rule';
export { probationEnd } from './probation.rule';
export { seatKind } from './seat-kind.rule';
export { RankedHolder, orderByPrecedence } from './precedence.rule';
export { addDays, addMonths, isIsoDate, parseIsoDate } from './iso-date.util';
export { PostName, splitPostName } from './post-name.rule';
export { NamedThing, editDistanceAtMost, similarPairs } from './similar-names.rule';
