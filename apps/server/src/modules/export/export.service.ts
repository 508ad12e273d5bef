import { Injectable } from '@nestjs/common';
import { attendanceLines, type PdfQuery, type SectionSnapshotJson, type SectionStructure } from '@iep/shared';
import { AppError } from '../../common/app-error';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService } from '../access/team-access.service';
import { ExportRepository } from './export.repository';
import {
  renderSectionPdf,
  type PdfAttendance,
  type PdfLetterhead,
  type PdfLocale,
  type PdfSignature,
  type SectionPdfInput,
} from './section-pdf';

export interface ExportedFile {
  filename: string;
  buffer: Buffer;
}

/** "Mateo Reyes" -> "mateo-reyes": a file name every browser and file system accepts. */
export function asciiSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 60) || 'student';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The stored snapshot with any list it lacks filled in, so an older version still prints. */
function snapshotOf(json: unknown): SectionSnapshotJson {
  const root = isRecord(json) ? json : {};
  const content = isRecord(root.content) ? root.content : {};
  const structure = isRecord(root.structure) ? root.structure : {};
  const list = (key: keyof SectionStructure): unknown[] =>
    Array.isArray(structure[key]) ? (structure[key] as unknown[]) : [];
  return {
    content: content as unknown as SectionSnapshotJson['content'],
    structure: {
      areasOfNeed: list('areasOfNeed'),
      goals: list('goals'),
      services: list('services'),
      accommodations: list('accommodations'),
      transitionGoals: list('transitionGoals'),
    } as SectionStructure,
  };
}

function excludedItemsOf(json: unknown): PdfSignature['excludedItems'] {
  if (!Array.isArray(json)) return [];
  return json
    .filter(isRecord)
    .map((item) => ({ ref: String(item.ref ?? ''), label: String(item.label ?? item.ref ?? '') }));
}

/** The meeting's joined stretches as the attendance page: one line per person. */
function attendanceOf(
  met: NonNullable<Awaited<ReturnType<ExportRepository['meetingBefore']>>>,
  locale: PdfLocale,
): PdfAttendance[] {
  const roles = new Map(met.meeting.attendance.map((a) => [a.userId, a.role]));
  const lines = attendanceLines(
    met.meeting.attendance.map((a) => ({
      userId: a.userId,
      joinedAt: a.joinedAt.toISOString(),
      endedAt: a.endedAt ? a.endedAt.toISOString() : null,
      endReason: a.endReason === 'left' || a.endReason === 'dropped' || a.endReason === 'ended' ? a.endReason : null,
      mode: a.mode,
      interpreter: a.interpreter,
    })),
    (met.meeting.endedAt ?? new Date()).toISOString(),
  );
  return lines.map((line) => ({
    name: met.names.get(line.userId) ?? '',
    role: roles.get(line.userId) ?? '',
    how: line.modes.join(', '),
    joinedAt: new Date(line.firstJoinedAt),
    leftAt: line.lastLeftAt ? new Date(line.lastLeftAt) : null,
    interpreter: line.interpreter ? (locale === 'es' ? 'Sí' : 'Yes') : null,
  }));
}

@Injectable()
export class ExportService {
  constructor(
    private readonly repo: ExportRepository,
    private readonly access: TeamAccessService,
    private readonly audit: AuditService,
  ) {}

  /**
   * One version as a PDF. Only the version the team approved prints as final; every other one
   * (drafts, the one under sign-off, earlier versions) carries the draft watermark.
   */
  async versionPdf(
    ctx: AuthContext,
    sectionId: string,
    n: number,
    ip: string | null = null,
    query: PdfQuery = {},
  ): Promise<ExportedFile> {
    const access = await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    const own: PdfLocale = ctx.user.locale === 'es' ? 'es' : 'en';
    // `bilingual`: English first, each heading and fixed label followed by its Spanish.
    const { lang } = query;
    const asked: PdfLocale | undefined =
      lang === 'family' ? await this.familyLocale(sectionId) : lang === 'bilingual' ? 'en' : lang;
    const input = await this.versionInput(sectionId, n, asked ?? own);
    if (!input) throw AppError.notFound('No such version');
    input.bilingual = query.lang === 'bilingual' || query.bilingual === '1' || query.bilingual === 'true';
    const buffer = await renderSectionPdf(input);

    await this.audit.record({
      action: 'section.exported',
      actorId: ctx.user.id,
      actorRole: access.role,
      studentId: access.studentId,
      sectionId,
      detail: {
        number: n,
        format: 'pdf',
        contentHash: input.version.contentHash,
        locale: input.locale,
        bilingual: input.bilingual,
      },
      ip,
    });
    return { filename: `ot-section-${asciiSlug(input.student.name)}-v${n}.pdf`, buffer };
  }

  /** The language the student's family reads (the student's preferred language). */
  async familyLocale(sectionId: string): Promise<PdfLocale> {
    const section = await this.repo.section(sectionId);
    return section?.plan.student.preferredLanguage === 'es' ? 'es' : 'en';
  }

  /** The letterhead and the student, as every printout of the section heads them (a notice too). */
  async documentHead(
    sectionId: string,
  ): Promise<(Pick<SectionPdfInput, 'letterhead' | 'student'> & { letterhead: PdfLetterhead }) | null> {
    const section = await this.repo.section(sectionId);
    if (!section) return null;
    const student = section.plan.student;
    const district = student.school.district;
    return {
      letterhead: {
        name: district.name,
        address: district.address,
        timeZone: district.timeZone,
        logo: district.logo ? Buffer.from(district.logo) : null,
      },
      student: {
        name: `${student.firstName} ${student.lastName}`,
        dateOfBirth: student.dateOfBirth,
        grade: student.grade,
        school: student.school.name,
      },
    };
  }

  /**
   * Everything one version's printout holds (content, team, attendance, signatures, revocations),
   * with no access check: callers check first (the PDF route, the family's record export).
   */
  async versionInput(sectionId: string, n: number, locale: PdfLocale): Promise<SectionPdfInput | null> {
    const [version, section] = await Promise.all([this.repo.version(sectionId, n), this.repo.section(sectionId)]);
    if (!version || !section) return null;
    const [signatures, revocations, met] = await Promise.all([
      this.repo.signatures(sectionId, n),
      this.repo.revocations(sectionId, n),
      this.repo.meetingBefore(sectionId, version.createdAt),
    ]);
    const student = section.plan.student;
    const district = student.school.district;
    return {
      locale,
      letterhead: {
        name: district.name,
        address: district.address,
        timeZone: district.timeZone,
        logo: district.logo ? Buffer.from(district.logo) : null,
      },
      final: section.status === 'approved' && section.signoffVersion === n,
      student: {
        name: `${student.firstName} ${student.lastName}`,
        dateOfBirth: student.dateOfBirth,
        grade: student.grade,
        school: student.school.name,
      },
      plan: {
        kind: section.plan.kind,
        meetingDate: section.plan.meetingDate,
        annualReviewDate: section.plan.annualReviewDate,
      },
      version: {
        number: version.number,
        name: version.name,
        reason: version.reason,
        createdAt: version.createdAt,
        contentHash: version.contentHash,
        snapshot: snapshotOf(version.json),
      },
      team: student.team.map((m) => ({ name: m.user.name, role: m.role })),
      attendance: met ? attendanceOf(met, locale) : [],
      signatures: signatures.map((s) => ({
        role: s.role,
        signerName: s.user.name,
        typedName: s.typedName,
        decision: s.decision,
        excludedItems: excludedItemsOf(s.excludedItems),
        reason: s.reason,
        signedAt: s.signedAt,
        contentHash: s.contentHash,
        voidedAt: s.voidedAt,
        voidReason: s.voidReason,
      })),
      revocations: revocations.map((r) => ({ name: r.user.name, reason: r.reason, revokedAt: r.revokedAt })),
    };
  }
}
