import { readActing } from './acting.reader';
import { readAppointment } from './appointment.reader';
import { readAutoRemoval } from './auto-removal.reader';
import { readCountedRoster } from './counted-roster.reader';
import { readDescribedAppointees } from './described-appointees.reader';
import { readNewlyNamed } from './newly-named.reader';
import { readNoLongerHolds } from './no-longer-holds.reader';
import { readPostFirst } from './post-first.reader';
import { readRespectively } from './respectively.reader';
import { readTransfer } from './transfer.reader';
import type { FragmentReader } from './reader.types';
import { readRemoval } from './removal.reader';
import { readResignation } from './resignation.reader';

/**
 * The clause forms, most specific first: an automatic removal also contains 免, a resignation
 * also contains 职务, an acting appointment has no 为.
 */
export const CLAUSE_READERS: readonly FragmentReader[] = [
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
];

/** Each form's name, as `parse --explain` shows it. */
export const READER_NAMES = new Map<FragmentReader, string>([
  [readAutoRemoval, 'auto-removal'],
  [readResignation, 'resignation'],
  [readNoLongerHolds, 'no-longer-holds'],
  [readTransfer, 'transfer'],
  [readRemoval, 'removal'],
  [readRespectively, 'respectively'],
  [readPostFirst, 'post-first'],
  [readActing, 'acting'],
  [readAppointment, 'appointment'],
  [readNewlyNamed, 'newly-named'],
  [readCountedRoster, 'counted-roster'],
  [readDescribedAppointees, 'described-appointees'],
]);
