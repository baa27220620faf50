import { today } from '../web/today.util';

/**
 * "Today" for findings that depend on it (a probation overdue): a provider, so that tests set the
 * day instead of waiting for it. RENMIAN_TIME_ZONE decides the day, as for the probation calendar.
 */
export const REVIEW_TODAY = Symbol('REVIEW_TODAY');

export type ReviewToday = () => string;

export const reviewTodayProvider = { provide: REVIEW_TODAY, useValue: (() => today()) as ReviewToday };
