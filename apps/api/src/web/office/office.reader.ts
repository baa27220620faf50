import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays } from '@renmian/tenure-rules';
import { ReviewService } from '../../review/review.service';
import { ReviewItemModel, ReviewKind } from '../../review/review-item.model';
import { HolderRow, HoldersReader } from '../readers/holders.reader';
import { VacanciesService, VacancyFound } from '../../vacancies/vacancies.service';

/** One confirmed load at the desk, as its audit entry records it. */
export interface RecentLoad {
  at: Date;
  actor: string;
  filename: string | null;
  notices: { key: string; docNumber: string | null }[];
  events: number;
}

/** What an office looks at first in the morning: each list's first rows and its full count. */
export interface OfficeDay {
  today: string;
  probationsEnding: HolderRow[];
  /** The whole review queue, most severe first (the page counts it and shows its head). */
  review: ReviewItemModel[];
  unconfirmed: ReviewItemModel[];
  loads: RecentLoad[];
  loadCount: number;
  /** Single seats with no holder today (as /vacancies lists them). */
  vacancies: VacancyFound[];
}

/** The window of the home page's probation list: the /probations page's default. */
export const PROBATION_DAYS = 30;
const LOADS_SHOWN = 8;

/**
 * The office home page's data, read through the same services the full lists use (the probation
 * page's reader, the review queue, the audit log), so that each count equals what its link shows.
 */
@Injectable()
export class OfficeReader {
  constructor(
    private readonly ds: DataSource,
    private readonly holders: HoldersReader,
    private readonly reviews: ReviewService,
    private readonly vacancyReader: VacanciesService,
  ) {}

  async day(today: string): Promise<OfficeDay> {
    const [probationsEnding, review, loads, count, vacancies] = await Promise.all([
      this.holders.probationsEnding(today, addDays(today, PROBATION_DAYS)),
      this.reviews.all(),
      this.ds.query(
        `SELECT at, actor, after->>'filename' AS filename, coalesce(after->'notices', '[]'::jsonb) AS notices,
                coalesce((after->>'events')::int, 0) AS events
           FROM audit_log WHERE action = 'loadNotices' ORDER BY at DESC, id DESC LIMIT ${LOADS_SHOWN}`,
      ) as Promise<RecentLoad[]>,
      this.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'loadNotices'`) as Promise<{ n: number }[]>,
      this.vacancyReader.on(today, null),
    ]);
    const unconfirmed = review.filter((i) => i.kind === ReviewKind.PROBATION_ENDED_UNCONFIRMED);
    return { today, probationsEnding, review, unconfirmed, loads, loadCount: count[0].n, vacancies };
  }
}
