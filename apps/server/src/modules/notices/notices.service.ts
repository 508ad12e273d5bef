import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import {
  blankNoticeFields,
  can,
  ErrorCode,
  missingNoticeFields,
  PROCEDURAL_SAFEGUARDS,
  type Action,
  type NoticeFields,
  type NoticeLocale,
  type NoticeView,
  type UpdateNoticeRequest,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import { APP_CONFIG, type AppConfig } from '../../config';
import { SectionEvents } from '../../realtime/section-events';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService, type SectionAccess } from '../access/team-access.service';
import { AuditService } from '../audit/audit.service';
import { CommandRunner, sectionScope } from '../command/command-runner';
import { asciiSlug, ExportService, type ExportedFile } from '../export/export.service';
import { renderNoticePdf } from '../export/notice-pdf';
import { MailService } from '../mail/mail.service';
import { NoticeDrafts } from './notice-drafts';
import { noticeMail } from './notice-mail';
import { fieldsOf, localeOf, toView } from './notice-view';
import type { Tx } from '../../db/tx';
import { NoticesRepository, type NoticeRecipient, type NoticeRow } from './notices.repository';

const issuedAlready = (): AppError =>
  new AppError(
    HttpStatus.CONFLICT,
    ErrorCode.NoticeIssued,
    'This notice was issued: it is part of the record and never changes',
  );

/**
 * Prior Written Notices: drafts (made by events or by hand) that the OT edits and issues; issued,
 * a notice is sent to the family in their language, kept in the record as it was sent, and
 * acknowledged by the family. Every read and write is audited.
 */
@Injectable()
export class NoticesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: NoticesRepository,
    private readonly access: TeamAccessService,
    private readonly commands: CommandRunner,
    private readonly drafts: NoticeDrafts,
    private readonly events: SectionEvents,
    private readonly audit: AuditService,
    private readonly exports: ExportService,
    private readonly mail: MailService,
  ) {}

  private actor(ctx: AuthContext, section: SectionAccess) {
    return { userId: ctx.user.id, role: section.role };
  }

  private permit(ctx: AuthContext, section: SectionAccess, action: Action): void {
    if (!can(this.actor(ctx, section), action, { status: section.status }))
      throw AppError.forbidden('Your role cannot do this with notices');
  }

  /** A notice the caller may see: 404 alike for missing, off the team, and a draft hidden from them. */
  private async load(ctx: AuthContext, id: string): Promise<{ row: NoticeRow; section: SectionAccess }> {
    const row = await this.repo.find(id);
    if (!row) throw AppError.notFound('No such notice');
    const section = await this.access.requireSection(ctx.user.id, row.sectionId, 'notice.view').catch(() => {
      throw AppError.notFound('No such notice');
    });
    if (row.status === 'draft' && !can(this.actor(ctx, section), 'notice.drafts', { status: section.status }))
      throw AppError.notFound('No such notice');
    return { row, section };
  }

  private async read(ctx: AuthContext, section: SectionAccess, detail: object, ip: string | null): Promise<void> {
    await this.audit.record({
      action: 'notice.read',
      actorId: ctx.user.id,
      actorRole: section.role,
      studentId: section.studentId,
      sectionId: section.sectionId,
      detail: JSON.parse(JSON.stringify(detail)) as object,
      ip,
    });
  }

  private async fresh(id: string): Promise<NoticeView> {
    const row = await this.repo.find(id);
    if (!row) throw AppError.notFound('No such notice');
    return toView(row);
  }

  async list(ctx: AuthContext, sectionId: string, ip: string | null): Promise<NoticeView[]> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'notice.view');
    const drafts = can(this.actor(ctx, section), 'notice.drafts', { status: section.status });
    const rows = await this.repo.forSection(sectionId, drafts);
    await this.read(ctx, section, { notices: rows.map((r) => r.id) }, ip);
    return rows.map(toView);
  }

  async get(ctx: AuthContext, id: string, ip: string | null): Promise<NoticeView> {
    const { row, section } = await this.load(ctx, id);
    await this.read(ctx, section, { noticeId: id }, ip);
    return toView(row);
  }

  /** A draft written by hand (a refusal no event drafted). */
  async create(ctx: AuthContext, sectionId: string, body: Partial<NoticeFields>, ip: string): Promise<NoticeView> {
    const command = await this.commands.onSection(ctx, sectionId, ip, 'notice.edit');
    const id = await this.commands.commit(command.scope, async (fx) => {
      const fields = { ...blankNoticeFields(), ...body };
      if (body.dataUsed === undefined) fields.dataUsed = await this.drafts.dataUsed(fx, sectionId);
      return this.drafts.draftIn(
        fx,
        { sectionId, trigger: 'manual', sourceId: null, createdById: ctx.user.id },
        fields,
      );
    });
    return this.fresh(id);
  }

  async update(ctx: AuthContext, id: string, body: UpdateNoticeRequest, ip: string): Promise<NoticeView> {
    const { row, section } = await this.load(ctx, id);
    this.permit(ctx, section, 'notice.edit');
    if (row.status === 'issued') throw issuedAlready();
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      if (!(await this.repo.editIn(fx.tx, id, body))) throw issuedAlready();
      await fx.audit('notice.updated', { noticeId: id, fields: Object.keys(body) });
      fx.publish(() => this.events.notice({ sectionId: row.sectionId, noticeId: id, change: 'updated' }, true));
    });
    return this.fresh(id);
  }

  /** The parents on the student's team (authority not revoked), first joined first: who is sent the family's papers. */
  family(sectionId: string, tx?: Tx): Promise<NoticeRecipient[]> {
    return this.repo.recipients(sectionId, tx);
  }

  /** The family's language: the first parent account's, else the student's preferred language. */
  async familyLocale(sectionId: string): Promise<NoticeLocale> {
    const [parent] = await this.repo.recipients(sectionId);
    return localeOf(parent?.locale ?? (await this.repo.studentLanguage(sectionId)));
  }

  async issue(ctx: AuthContext, id: string, ip: string): Promise<NoticeView> {
    const { row, section } = await this.load(ctx, id);
    this.permit(ctx, section, 'notice.issue');
    if (row.status === 'issued') throw issuedAlready();
    const missing = missingNoticeFields(fieldsOf(row));
    if (missing.length > 0)
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        ErrorCode.NoticeIncomplete,
        'Fill in every required field before issuing',
        {
          fields: missing.map((field) => ({ field, message: 'Required to issue the notice' })),
        },
      );
    const locale = await this.familyLocale(row.sectionId);
    const issuedAt = new Date();
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      const issued = await this.repo.issueIn(fx.tx, id, {
        locale,
        safeguards: PROCEDURAL_SAFEGUARDS[locale],
        issuedAt,
        issuedById: ctx.user.id,
        issuedByName: ctx.user.name,
        issuedByRole: section.role,
      });
      if (!issued) throw issuedAlready();
      await fx.audit('notice.issued', { noticeId: id, locale });
      fx.publish(() => this.events.notice({ sectionId: row.sectionId, noticeId: id, change: 'issued' }, false));
    });
    await this.send(ctx, row.sectionId, id);
    return this.fresh(id);
  }

  /** Mail to each parent, in their language, with a link to the notice in the app. */
  private async send(ctx: AuthContext, sectionId: string, noticeId: string): Promise<void> {
    const [student, parents] = await Promise.all([this.repo.studentOf(sectionId), this.repo.recipients(sectionId)]);
    if (!student) return;
    const publicUrl = (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/+$/, '');
    const link = `${publicUrl}/sections/${sectionId}#notice-${noticeId}`;
    for (const parent of parents) {
      const mail = noticeMail(localeOf(parent.locale), { student: student.name, issuer: ctx.user.name, link });
      void this.mail.send({ to: parent.email, ...mail, districtId: student.districtId });
    }
  }

  async acknowledge(ctx: AuthContext, id: string, ip: string): Promise<NoticeView> {
    const { row, section } = await this.load(ctx, id);
    this.permit(ctx, section, 'notice.acknowledge');
    if (row.status !== 'issued')
      throw new AppError(HttpStatus.CONFLICT, ErrorCode.NoticeNotIssued, 'This notice has not been issued yet');
    const at = new Date();
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      // A second acknowledgement keeps the first one's time.
      if (!(await this.repo.acknowledgeIn(fx.tx, id, ctx.user.id, ctx.user.name, at))) return;
      await fx.audit('notice.acknowledged', { noticeId: id, acknowledgedAt: at.toISOString() });
      fx.publish(() => this.events.notice({ sectionId: row.sectionId, noticeId: id, change: 'acknowledged' }, false));
    });
    return this.fresh(id);
  }

  /** The notice as a PDF, in the language it was issued in (a draft: the family's, as it would go). */
  async pdf(ctx: AuthContext, id: string, ip: string | null): Promise<ExportedFile> {
    const { row, section } = await this.load(ctx, id);
    const locale = row.status === 'issued' ? localeOf(row.locale) : await this.familyLocale(row.sectionId);
    const buffer = await this.render(row, locale);
    await this.audit.record({
      action: 'notice.exported',
      actorId: ctx.user.id,
      actorRole: section.role,
      studentId: section.studentId,
      sectionId: section.sectionId,
      detail: { noticeId: id, format: 'pdf', locale },
      ip,
    });
    const head = await this.repo.studentOf(row.sectionId);
    return { filename: `prior-written-notice-${asciiSlug(head?.name ?? 'student')}-${id.slice(0, 8)}.pdf`, buffer };
  }

  /** Renders a notice with no access check: callers check first (the PDF route, the family's archive). */
  async render(row: NoticeRow, locale: NoticeLocale): Promise<Buffer> {
    const head = await this.exports.documentHead(row.sectionId);
    if (!head) throw AppError.notFound('No such notice');
    const fields = fieldsOf(row);
    return renderNoticePdf({
      locale,
      ...head,
      notice: {
        ...fields,
        id: row.id,
        issued: row.status === 'issued',
        trigger: row.trigger,
        safeguards: row.safeguards ?? PROCEDURAL_SAFEGUARDS[locale],
        issuedAt: row.issuedAt,
        issuedBy: row.issuedByName && row.issuedByRole ? { name: row.issuedByName, role: row.issuedByRole } : null,
        receipts: row.receipts.map((r) => ({ name: r.name, acknowledgedAt: r.acknowledgedAt })),
      },
    });
  }

  /** The issued notices of some sections, for the family's archive (the caller checked access). */
  issuedFor(sectionIds: string[]): Promise<NoticeRow[]> {
    return this.repo.issuedForSections(sectionIds);
  }
}
