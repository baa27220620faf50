import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CorrectionsService } from '../../corrections/corrections.service';
import { linkTo } from '../../web/views/html.util';
import { DeskError } from '../desk.errors';
import { DeskErrorFilter } from '../desk-error.filter';
import { formFields, trimmed } from '../form.util';
import { throughService } from '../service-error.util';
import { CurrentViewer } from '../../identity/current-viewer.decorator';
import { DeskGuard } from '../session/desk.guard';
import type { Viewer } from '../../identity/viewer';
import { CorrectionFormsReader, PersonChoice } from './correction-forms.reader';
import { requireReason } from './event-correction.input';
import { mergeOrganizationsView, mergePeopleView, splitPersonView } from './merge.view';

const HTML = 'text/html; charset=utf-8';

/** Names typed into one box: separated by spaces, commas or 、. */
function namesIn(raw: unknown): string[] {
  const all = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string').join(' ');
  return [...new Set(all.split(/[\s,，、]+/u).filter((n) => n !== '' && n.length <= 50))].slice(0, 10);
}

/** Ids from a query (`ids=1,2&ids=3`) or ticked boxes; anything that is not an id is dropped. */
function idsIn(raw: unknown): string[] {
  const all = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
  return [...new Set(all.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => /^\d{1,18}$/.test(v)))];
}

function atLeastTwo(ids: string[], what: string): string[] {
  if (ids.length < 2) throw new DeskError('BAD_INPUT', `请至少勾选两个${what}。`);
  return ids;
}

/** The survivor of a merge: the service keeps the earliest record, the lowest id. */
function earliest(ids: string[]): string {
  return [...ids].sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
}

/**
 * Merging people, splitting a person, merging organisations — through the corrections service, each
 * with a reason; a refusal (someone merged one of them meanwhile) is shown above the form.
 */
@Controller('correct')
@UseGuards(DeskGuard)
@UseFilters(DeskErrorFilter)
export class MergeController {
  constructor(
    private readonly forms: CorrectionFormsReader,
    private readonly corrections: CorrectionsService,
  ) {}

  @Get('people')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async peopleForm(@Query('name') name: unknown, @CurrentViewer() viewer: Viewer): Promise<string> {
    const names = namesIn(name);
    const people = names.length ? await this.forms.peopleNamed(names) : [];
    return mergePeopleView(names, people, people.length === 2 ? people.map((p) => p.id) : [], '', viewer, null);
  }

  @Post('people')
  @HttpCode(303)
  @Header('Content-Type', HTML)
  async mergePeople(@Body() body: unknown, @CurrentViewer() viewer: Viewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const ids = idsIn(formFields(body, 'ids'));
    const reason = trimmed(body, 'reason');
    try {
      await throughService(() => this.corrections.mergePeople(viewer, atLeastTwo(ids, '人员'), requireReason(reason, '合并理由')));
    } catch (e) {
      if (!(e instanceof DeskError)) throw e;
      reply.status(e.status);
      const names = namesIn(trimmed(body, 'names'));
      return mergePeopleView(names, names.length ? await this.forms.peopleNamed(names) : [], ids, reason, viewer, { kind: 'error', text: e.message });
    }
    const survivor = earliest(ids);
    reply.header('Location', `${linkTo('person', (await this.forms.personName(survivor)) ?? '')}#p${survivor}`);
    return '';
  }

  @Get('split/:id')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async splitForm(@Param('id') id: string, @CurrentViewer() viewer: Viewer): Promise<string> {
    const person = await this.person(id);
    return splitPersonView(person, await this.forms.personEvents(id), [], '', viewer, null);
  }

  @Post('split/:id')
  @HttpCode(303)
  @Header('Content-Type', HTML)
  async split(@Param('id') id: string, @Body() body: unknown, @CurrentViewer() viewer: Viewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const person = await this.person(id);
    const eventIds = idsIn(formFields(body, 'eventIds'));
    const reason = trimmed(body, 'reason');
    let newPersonId: string;
    try {
      if (eventIds.length === 0) throw new DeskError('BAD_INPUT', '请勾选要移到新人员下的任免事项。');
      ({ newPersonId } = await throughService(() => this.corrections.splitPerson(viewer, id, eventIds, requireReason(reason, '拆分理由'))));
    } catch (e) {
      if (!(e instanceof DeskError)) throw e;
      reply.status(e.status);
      return splitPersonView(person, await this.forms.personEvents(id), eventIds, reason, viewer, { kind: 'error', text: e.message });
    }
    reply.header('Location', `${linkTo('person', person.name)}#p${newPersonId}`);
    return '';
  }

  @Get('organizations')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async organizationsForm(@Query('ids') ids: unknown, @Query('name') name: unknown, @CurrentViewer() viewer: Viewer): Promise<string> {
    const chosen = idsIn(ids);
    const search = typeof name === 'string' ? name.trim().slice(0, 100) : '';
    const organizations = await this.forms.organizations(chosen, search || null);
    return mergeOrganizationsView(search, organizations, chosen, '', viewer, null);
  }

  @Post('organizations')
  @HttpCode(303)
  @Header('Content-Type', HTML)
  async mergeOrganizations(@Body() body: unknown, @CurrentViewer() viewer: Viewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const ids = idsIn(formFields(body, 'ids'));
    const reason = trimmed(body, 'reason');
    try {
      await throughService(() => this.corrections.mergeOrganizations(viewer, atLeastTwo(ids, '机构'), requireReason(reason, '合并理由')));
    } catch (e) {
      if (!(e instanceof DeskError)) throw e;
      reply.status(e.status);
      const search = trimmed(body, 'name');
      return mergeOrganizationsView(search, await this.forms.organizations(ids, search || null), ids, reason, viewer, { kind: 'error', text: e.message });
    }
    reply.header('Location', linkTo('org', (await this.forms.organizationName(earliest(ids))) ?? ''));
    return '';
  }

  private async person(id: string): Promise<PersonChoice> {
    const person = /^\d{1,18}$/.test(id) ? await this.forms.person(id) : null;
    if (!person) throw new DeskError('NOT_FOUND', `没有编号为 ${id} 的人员（可能已并入他人）。`);
    return person;
  }
}
