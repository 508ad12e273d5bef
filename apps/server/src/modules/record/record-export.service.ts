import { Injectable } from '@nestjs/common';
import { strToU8, zipSync, type Zippable } from 'fflate';
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
    'access-log.json         who saw or changed the record, and when',
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
    'access-log.json         quién vio o cambió el expediente, y cuándo',
  ].join('\n'),
};

const json = (value: unknown): Uint8Array => strToU8(`${JSON.stringify(value, null, 2)}\n`);

/**
 * The family's copy of the whole record (FERPA 99.10, IDEA 300.613): every plan, every version
 * (PDF and data), the comments they can see, every signature and the access log, as one zip.
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
  ) {}

  async archive(ctx: AuthContext, studentId: string, ip: string | null): Promise<ExportedFile> {
    const role = await this.access.requireStudent(ctx.user.id, studentId, 'record.export');
    const student = await this.repo.student(studentId);
    if (!student) throw AppError.notFound('No such student');
    const locale: PdfLocale = ctx.user.locale === 'es' ? 'es' : 'en';
    const files: Zippable = { 'README.txt': strToU8(`${README[locale]}\n`) };
    files['student.json'] = json({
      name: `${student.firstName} ${student.lastName}`,
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
        files[`${dir}versions/v${number}.pdf`] = new Uint8Array(await renderSectionPdf(input));
        const { locale: _unused, letterhead: _letterhead, ...data } = input;
        files[`${dir}versions/v${number}.json`] = json(data);
        versions++;
      }
      files[`${dir}comments.json`] = json(await this.comments.list(ctx, section.id, 'all'));
      // Issued Prior Written Notices only (drafts are not yet the school's word), each as sent.
      const issued = await this.notices.issuedFor([section.id]);
      for (const [i, row] of issued.entries())
        files[`${dir}notices/${i + 1}.pdf`] = new Uint8Array(await this.notices.render(row, localeOf(row.locale)));
      if (issued.length > 0) files[`${dir}notices.json`] = json(issued.map(toView));
      notices += issued.length;
    }
    files['access-log.json'] = json(await this.accessLog.list(ctx, studentId, { limit: ALL_EVENTS }));

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
