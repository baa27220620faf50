import { Controller, Get, Header, Param, Query, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { addDays, isIsoDate, orderByPrecedence } from '@renmian/tenure-rules';
import { ReadsData } from '../auth/reads-data.decorator';
import { CurrentViewer } from '../identity/current-viewer.decorator';
import { ViewerGuard } from '../identity/viewer.guard';
import type { Viewer } from '../identity/viewer';
import { DirectoryReader } from './readers/directory.reader';
import { HoldersReader } from './readers/holders.reader';
import { NoticeReader } from './readers/notice.reader';
import { PersonReader } from './readers/person.reader';
import { PostReader } from './readers/post.reader';
import { MAX_VACANCIES, VacanciesService } from '../vacancies/vacancies.service';
import { layout } from './views/layout.view';
import { YearSpan, organizationTimeline, vacanciesSection } from './views/organization-extras.view';
import { postView } from './views/post.view';
import { OfficeReader } from './office/office.reader';
import { officeHomeView } from './office/office.view';
import { today } from './today.util';
import { html } from './views/html.util';
import { homeView, notFoundView, searchView } from './views/directory.view';
import { PROBATION_SORTS, PROBATION_WINDOWS, ProbationSort, organizationView, probationsView } from './views/holders.view';
import { noticeView } from './views/notice.view';
import { personView } from './views/person.view';

const HTML = 'text/html; charset=utf-8';
/** No organisation, person or document number is longer; a longer one is a paste gone wrong. */
const MAX_NAME = 200;

function refuse(reply: FastifyReply, why: string, viewer: Viewer | null): string {
  reply.status(400);
  return notFoundView('无法查询', why, '', viewer);
}

/** Why a name from the address cannot be looked up (PostgreSQL text cannot hold NUL), or null. */
function unusableName(name: string): string | null {
  if (name.includes('\u0000')) return '地址中含有无效字符（空字符）。';
  if (name.length > MAX_NAME) return `名称不能超过 ${MAX_NAME} 个字。`;
  return null;
}
/** No organisation's timeline needs more years than this; a wider span is a typing slip. */
const MAX_YEARS = 100;
/** Without a chosen span, the organisation's timeline shows this many years up to the as-of year. */
const DEFAULT_YEARS = 20;

/** The years asked for the organisation's timeline (inclusive), or why they cannot be drawn. */
function yearSpan(from: string | undefined, to: string | undefined, asOfYear: number): YearSpan | string {
  const year = (v: string | undefined, fallback: number): number | null => {
    if (v === undefined || v === '') return fallback;
    return /^\d{4}$/.test(String(v)) ? Number(v) : null;
  };
  const last = year(to, asOfYear);
  const first = last === null ? null : year(from, last - DEFAULT_YEARS + 1);
  if (last === null || first === null) return '年份请填写四位数字，如 2015。';
  if (first > last) return `起始年（${first}）不能晚于截止年（${last}）。`;
  if (last - first >= MAX_YEARS) return `时间图最多显示 ${MAX_YEARS} 年。`;
  if (first < 1900 || last > 2200) return '年份须在 1900 至 2200 之间。';
  return { from: first, to: last };
}

/** A search shorter than this matches too much to be useful; longer is a paste gone wrong. */
const MAX_QUERY = 100;

/**
 * The web page: server-rendered HTML at stable URLs (/org/<name>?asOf=, /person/<name>,
 * /probations, /notice/<document number>), so that a link in an email keeps pointing at the same
 * question. Nothing to build or install for the person reading it. The header says who is signed
 * in at the desk, and an editor's notice and person pages offer corrections.
 */
@Controller()
@ReadsData()
@UseGuards(ViewerGuard)
export class PagesController {
  constructor(
    private readonly directory: DirectoryReader,
    private readonly holders: HoldersReader,
    private readonly people: PersonReader,
    private readonly notices: NoticeReader,
    private readonly posts: PostReader,
    private readonly vacancies: VacanciesService,
    private readonly office: OfficeReader,
  ) {}

  @Get()
  @Header('Content-Type', HTML)
  async home(@CurrentViewer() viewer: Viewer | null): Promise<string> {
    // A signed-in office opens on what needs it today; anyone else on the search and the notices.
    if (viewer) {
      const [day, recent] = await Promise.all([this.office.day(today()), this.directory.recentNotices(10)]);
      return officeHomeView(day, recent, viewer);
    }
    return homeView(await this.directory.recentNotices(), viewer);
  }

  @Get('search')
  @Header('Content-Type', HTML)
  async search(@Query('q') q: string | undefined, @Res({ passthrough: true }) reply: FastifyReply, @CurrentViewer() viewer: Viewer | null): Promise<string> {
    const query = (typeof q === 'string' ? q : '').trim();
    if (query === '') return homeView(await this.directory.recentNotices(), viewer);
    if (query.length > MAX_QUERY || query.includes('\u0000')) {
      reply.status(400);
      const why = query.length > MAX_QUERY ? `搜索内容不能超过 ${MAX_QUERY} 个字。` : '搜索内容中含有无效字符（空字符）。';
      return notFoundView('无法搜索', why, query.slice(0, MAX_QUERY).split('\u0000').join(''), viewer);
    }
    return searchView(query, await this.directory.search(query), viewer);
  }

  @Get('org/:name')
  @Header('Content-Type', HTML)
  async organization(
    @Param('name') name: string,
    @Query('asOf') asOf: string | undefined,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<string> {
    // A repeated parameter (?asOf=a&asOf=b) arrives as an array: it is not a date either.
    const day = asOf === undefined || asOf === '' ? today() : String(asOf);
    const unusable = unusableName(name);
    if (unusable) return refuse(reply, unusable, viewer);
    if (!isIsoDate(day)) {
      reply.status(400);
      return notFoundView('日期有误', `“${day}”不是有效日期，请按 年-月-日（如 2024-03-09）填写。`, name, viewer);
    }
    const org = await this.holders.organization(name);
    if (!org) {
      reply.status(404);
      return notFoundView('未找到机构', `没有名为“${name}”的机构。`, name, viewer);
    }
    const asked = yearSpan(from, to, Number(day.slice(0, 4)));
    if (typeof asked === 'string') {
      reply.status(400);
      return notFoundView('年份有误', asked, name, viewer);
    }
    const [holders, vacancies, tenures] = await Promise.all([
      this.holders.ofOrganization(name, day),
      this.vacancies.on(day, name),
      this.holders.tenuresBetween(name, `${asked.from}-01-01`, `${asked.to + 1}-01-01`),
    ]);
    // Without a chosen start, the picture begins with the first year the records show (at most 20 years back).
    const firstYear = tenures.map((t) => Number((t.start ?? t.startBound ?? `${asked.from}`).slice(0, 4))).reduce((a, b) => Math.min(a, b), asked.to);
    const span = from === undefined || from === '' ? { from: Math.max(asked.from, firstYear), to: asked.to } : asked;
    const more = [vacanciesSection(vacancies, day), organizationTimeline(org, tenures, span, day)];
    return organizationView(org, day, orderByPrecedence(holders), viewer, html`${more}`);
  }

  /** Every vacant single seat on a day (the office home page's full list). */
  @Get('vacancies')
  @Header('Content-Type', HTML)
  async vacancyList(@Query('asOf') asOf: string | undefined, @Res({ passthrough: true }) reply: FastifyReply, @CurrentViewer() viewer: Viewer | null): Promise<string> {
    const day = asOf === undefined || asOf === '' ? today() : String(asOf);
    if (!isIsoDate(day)) {
      reply.status(400);
      return notFoundView('日期有误', `“${day}”不是有效日期，请按 年-月-日（如 2024-03-09）填写。`, '', viewer);
    }
    const found = await this.vacancies.on(day, null);
    const capped = found.length >= MAX_VACANCIES ? html`<p class="muted">只列出前 ${MAX_VACANCIES} 个：请在机构页面查看某一机构的空缺。</p>` : '';
    return layout('空缺职位', html`<h1>空缺职位</h1>${vacanciesSection(found, day, true)}${capped}`, '', viewer);
  }

  @Get('post/:name')
  @Header('Content-Type', HTML)
  async post(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply, @CurrentViewer() viewer: Viewer | null): Promise<string> {
    const unusable = unusableName(name);
    if (unusable) return refuse(reply, unusable, viewer);
    const post = await this.posts.byName(name);
    if (!post) {
      reply.status(404);
      return notFoundView('未找到职务', `没有名为“${name}”的职务。`, name, viewer);
    }
    return postView(post, await this.posts.succession(post.id), today(), viewer);
  }

  @Get('person/:name')
  @Header('Content-Type', HTML)
  async person(
    @Param('name') name: string,
    @Query('corrected') corrected: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<string> {
    const unusable = unusableName(name);
    if (unusable) return refuse(reply, unusable, viewer);
    const people = await this.people.byName(name);
    if (people.length === 0) {
      reply.status(404);
      return notFoundView('未找到人员', `没有名为“${name}”的人员。`, name, viewer);
    }
    const corrections = await this.people.corrections(people.flatMap((p) => p.events.filter((e) => e.type !== 'INFERRED_END').map((e) => e.id)));
    return personView(name, people, viewer, { corrections, saved: corrected !== undefined && viewer !== null, today: today() });
  }

  @Get('probations')
  @Header('Content-Type', HTML)
  async probations(@Query('days') days: string | undefined, @Query('sort') sort: string | undefined, @CurrentViewer() viewer: Viewer | null): Promise<string> {
    const window = PROBATION_WINDOWS.includes(Number(days)) ? Number(days) : 30;
    const order: ProbationSort = PROBATION_SORTS.includes(sort as ProbationSort) ? (sort as ProbationSort) : 'date';
    const from = today();
    return probationsView(from, window, order, await this.holders.probationsEnding(from, addDays(from, window)), viewer);
  }

  @Get('notice/:key')
  @Header('Content-Type', HTML)
  async notice(@Param('key') key: string, @Res({ passthrough: true }) reply: FastifyReply, @CurrentViewer() viewer: Viewer | null): Promise<string> {
    const unusable = unusableName(key);
    if (unusable) return refuse(reply, unusable, viewer);
    const found = await this.notices.byKey(key);
    if (found.length === 0) {
      reply.status(404);
      return notFoundView('未找到通知', `没有文号为“${key}”的任免通知。`, key, viewer);
    }
    return noticeView(key, found, viewer);
  }
}
