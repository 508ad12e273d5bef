import { Injectable } from '@nestjs/common';
import { strToU8, zipSync, type Zippable, type ZipOptions } from 'fflate';
import { AppError } from '../../common/app-error';
import { AuditService } from '../audit/audit.service';
import { AccessLogService } from '../audit/access-log.service';
import type { AuthContext } from '../auth/auth.types';
import { CommentsService } from '../comments/comments.service';
import { asciiSlug, ExportService, type ExportedFile } from '../export/export.service';
import { renderSectionPdf, type PdfLocale } from '../export/section-pdf';
import { TeamAccessService } from '../access/team-access.service';
import { localeOf, toView } from '../notices/notice-view';
import { NoticesService } from '../notices/notices.service';
import { toReportView } from '../progress-reports/progress-report-view';
import { ProgressReportsService } from '../progress-reports/progress-reports.service';
import { mailT } from '../mail/i18n/mail-i18n';
import { timeZoneOr } from '../mail/mail-format';
import { MeetingArchive } from '../meetings/meeting-archive';
import { accessLogHtml, commentsHtml, meetingsHtml, type ArchivePage } from './record-archive-html';
import { RecordRepository } from './record.repository';

/** The whole access log, however long: the family's copy is not a page of it. */
const ALL_EVENTS = 1_000_000;

const README: Record<PdfLocale, string> = {
  en: [
    "This archive is a copy of your child's record in the IEP workspace, as the law lets you inspect it.",
    '',
    'student.json            who the student is, the school, the team and the plans',
    'plans/<n>-<kind>/       one folder per plan (IEP or 504) with an OT section:',
    '  section.json          the section as it stands now (state, versions)',
    '  versions/v<n>.pdf     each saved version, printable, with its signatures and content hash',
    '  versions/v<n>.json    the same version as data (content, team, attendance, signatures)',
    '  comments.json         every comment thread you can see, with its replies',
    '  notices/<n>.pdf       each Prior Written Notice the school issued you, as it was sent',
    '  notices.json          the same notices as data, with when you acknowledged them',
    '  progress-reports/<n>.pdf  each progress report on the goals the school sent you, as it was sent',
    '  progress-reports.json the same reports as data, with when you acknowledged them',
    '  comments.html         the same threads, to read in a browser',
    '  meetings.json         every meeting: when, who attended, what was decided and what is open, its notes',
    '  meetings.html         the same meetings, to read in a browser',
    'access-log.json         who saw or changed the record, and when',
    'access-log.html         the same log, to read in a browser',
  ].join('\n'),
  es: [
    'Este archivo es una copia del expediente de su hijo o hija en el espacio IEP, tal como la ley le permite revisarlo.',
    '',
    'student.json            el estudiante, la escuela, el equipo y los planes',
    'plans/<n>-<tipo>/       una carpeta por plan (IEP o 504) con una sección de TO:',
    '  section.json          la sección como está ahora (estado, versiones)',
    '  versions/v<n>.pdf     cada versión guardada, para imprimir, con sus firmas y su huella',
    '  versions/v<n>.json    la misma versión como datos (contenido, equipo, asistencia, firmas)',
    '  comments.json         cada hilo de comentarios que usted puede ver, con sus respuestas',
    '  notices/<n>.pdf       cada Aviso Previo por Escrito que la escuela le entregó, tal como se envió',
    '  notices.json          los mismos avisos como datos, con cuándo usted confirmó recibirlos',
    '  progress-reports/<n>.pdf  cada informe de progreso sobre las metas que la escuela le envió, tal como se envió',
    '  progress-reports.json los mismos informes como datos, con cuándo usted confirmó recibirlos',
    '  comments.html         los mismos hilos, para leer en un navegador',
    '  meetings.json         cada reunión: cuándo, quiénes asistieron, qué se decidió, qué queda pendiente y sus notas',
    '  meetings.html         las mismas reuniones, para leer en un navegador',
    'access-log.json         quién vio o cambió el expediente, y cuándo',
    'access-log.html         el mismo registro, para leer en un navegador',
  ].join('\n'),
};

const json = (value: unknown): Uint8Array => strToU8(`${JSON.stringify(value, null, 2)}\n`);

/**
 * A PDF goes into the zip as it is: its streams are compressed already, so deflating it again
 * shrinks nothing and took most of the archive's CPU (a record holds a PDF per version).
 */
const pdf = (bytes: Buffer): [Uint8Array, ZipOptions] => [new Uint8Array(bytes), { level: 0 }];

/**
 * The family's copy of the whole record (FERPA 99.10, IDEA 300.613): every plan, every version
 * (PDF and data), the comments they can see, the meetings with their notes and decisions, every
 * signature and the access log, as one zip; the comments, meetings and log also as HTML pages in
 * the reader's language (times in the district's zone).
 * Comments and the access log come through the same services as the screens, so the family's
 * copy shows exactly what they may see there and nothing staff-only.
 */
@Injectable()
export class RecordExportService {
  constructor(
    private readonly access: TeamAccessService,
    private readonly repo: RecordRepository,
    private readonly exports: ExportService,
    private readonly comments: CommentsService,
    private readonly accessLog: AccessLogService,
    private readonly audit: AuditService,
    private readonly notices: NoticesService,
    private readonly meetings: MeetingArchive,
    private readonly progress: ProgressReportsService,
  ) {}

  async archive(ctx: AuthContext, studentId: string, ip: string | null): Promise<ExportedFile> {
    const role = await this.access.requireStudent(ctx.user.id, studentId, 'record.export');
    const student = await this.repo.student(studentId);
    if (!student) throw AppError.notFound('No such student');
    const locale: PdfLocale = ctx.user.locale === 'es' ? 'es' : 'en';
    const files: Zippable = { 'README.txt': strToU8(`${README[locale]}\n`) };
    const studentName = `${student.firstName} ${student.lastName}`;
    const t = mailT(locale);
    const pageOf = (plan?: string): ArchivePage => ({
      locale,
      timeZone: timeZoneOr(student.school.district.timeZone),
      studentName,
      ...(plan === undefined ? {} : { plan }),
    });
    files['student.json'] = json({
      name: studentName,
      dateOfBirth: student.dateOfBirth.toISOString().slice(0, 10),
      grade: student.grade,
      school: student.school.name,
      preferredLanguage: student.preferredLanguage,
      team: student.team.map((m) => ({ name: m.user.name, role: m.role })),
      plans: student.plans.map((p) => ({
        kind: p.kind,
        meetingDate: p.meetingDate?.toISOString().slice(0, 10) ?? null,
        annualReviewDate: p.annualReviewDate?.toISOString().slice(0, 10) ?? null,
        otSectionStatus: p.otSection?.status ?? null,
      })),
    });

    let versions = 0;
    let notices = 0;
    for (const [index, plan] of student.plans.entries()) {
      const section = plan.otSection;
      if (!section) continue;
      const dir = `plans/${index + 1}-${plan.kind}/`;
      files[`${dir}section.json`] = json({ status: section.status, versions: section.versions.map((v) => v.number) });
      for (const { number } of section.versions) {
        const input = await this.exports.versionInput(section.id, number, locale);
        if (!input) continue;
        files[`${dir}versions/v${number}.pdf`] = pdf(await renderSectionPdf(input));
        const { locale: _unused, letterhead: _letterhead, ...data } = input;
        files[`${dir}versions/v${number}.json`] = json(data);
        versions++;
      }
      // Issued Prior Written Notices only (drafts are not yet the school's word), each as sent.
      const issued = await this.notices.issuedFor([section.id]);
      for (const [i, row] of issued.entries())
        files[`${dir}notices/${i + 1}.pdf`] = pdf(await this.notices.render(row, localeOf(row.locale)));
      if (issued.length > 0) files[`${dir}notices.json`] = json(issued.map(toView));
      notices += issued.length;
      // Issued progress reports, each as sent (in the family's language).
      const reports = await this.progress.issuedFor(section.id);
      for (const [i, row] of reports.entries())
        files[`${dir}progress-reports/${i + 1}.pdf`] = pdf(await this.progress.render(row));
      if (reports.length > 0) files[`${dir}progress-reports.json`] = json(reports.map(toReportView));
      const threads = await this.comments.list(ctx, section.id, 'all');
      const planPage = pageOf(t(`archive.plan.${plan.kind}`));
      files[`${dir}comments.json`] = json(threads);
      files[`${dir}comments.html`] = strToU8(commentsHtml(threads, planPage));
      // The meetings as the family sees them (nothing staff-only), with their notes and decisions.
      const meetings = await this.meetings.forSection(ctx, section.id);
      files[`${dir}meetings.json`] = json(
        meetings.map(({ meeting: m, notes }) => ({
          status: m.status,
          scheduledFor: m.scheduledFor,
          startedAt: m.startedAt,
          endedAt: m.endedAt,
          attendance: m.summary?.attendance.map((a) => ({ name: a.name, role: a.role, minutes: a.minutes })) ?? [],
          excused: m.summary?.excused.map((e) => ({ name: e.name, role: e.role })) ?? [],
          decisions: m.summary?.decisions ?? [],
          open: m.summary?.open.map((o) => ({ kind: o.kind, title: o.title, part: o.part })) ?? [],
          notes,
        })),
      );
      files[`${dir}meetings.html`] = strToU8(meetingsHtml(meetings, planPage));
    }
    const log = await this.accessLog.list(ctx, studentId, { limit: ALL_EVENTS });
    files['access-log.json'] = json(log);
    files['access-log.html'] = strToU8(accessLogHtml(log, pageOf()));

    const buffer = Buffer.from(zipSync(files, { level: 6 }));
    await this.audit.record({
      action: 'record.exported',
      actorId: ctx.user.id,
      actorRole: role,
      studentId,
      detail: { plans: student.plans.length, versions, notices, bytes: buffer.length },
      ip,
    });
    return { filename: `record-${asciiSlug(`${student.firstName} ${student.lastName}`)}.zip`, buffer };
  }
}
