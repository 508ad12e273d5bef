import { DynamicModule, Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { devLogStream, requestLogLevel } from './common/dev-log';
import { APP_CONFIG, type AppConfig } from './config';
import { ClusterModule } from './cluster/cluster-bus';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { DbModule } from './db/db.module';
import { MetricsModule } from './ops/metrics/metrics.module';
import { BackupModule } from './ops/backup/backup.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { AccountModule } from './modules/account/account.module';
import { ExportModule } from './modules/export/export.module';
import { HealthModule } from './modules/health/health.module';
import { OtSectionModule } from './modules/ot-section/ot-section.module';
import { StudentsModule } from './modules/students/students.module';
import { AccessModule } from './modules/access/access.module';
import { AccessLogModule } from './modules/audit/access-log.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { DocumentModule } from './modules/document/document.module';
import { RoomsModule } from './modules/rooms/rooms.module';
import { VersionsModule } from './modules/versions/versions.module';
import { GoalBankModule } from './modules/goal-bank/goal-bank.module';
import { RealtimeModule } from './realtime/realtime.module';
import { SignoffModule } from './modules/signoff/signoff.module';
import { WorkflowModule } from './modules/workflow/workflow.module';
import { MeetingsModule } from './modules/meetings/meetings.module';
import { NoticesModule } from './modules/notices/notices.module';
import { ServiceLogModule } from './modules/service-log/service-log.module';
import { GoalDataModule } from './modules/goal-data/goal-data.module';
import { BillingModule } from './modules/billing/billing.module';
import { ProgressReportsModule } from './modules/progress-reports/progress-reports.module';
import { ProposalsModule } from './modules/proposals/proposals.module';
import { SuggestionsModule } from './modules/suggestions/suggestions.module';
import { CommentsModule } from './modules/comments/comments.module';
import { MailModule } from './modules/mail/mail.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { TeamModule } from './modules/team/team.module';
import { RecordModule } from './modules/record/record.module';
import { DistrictModule } from './modules/district/district.module';
import { InvitationsModule } from './modules/invitations/invitations.module';

/** Nest's start-up lines (every route mapped, every module loaded) drown the useful ones. */
const BOOTSTRAP_CONTEXTS = new Set([
  'RoutesResolver',
  'RouterExplorer',
  'InstanceLoader',
  'NestFactory',
  'WebSocketsController',
  'NestApplication',
]);

function dropBootstrapChatter(this: unknown, args: unknown[], method: (...a: unknown[]) => void, level: number): void {
  const first = args[0];
  const context = typeof first === 'object' && first !== null ? (first as { context?: unknown }).context : undefined;
  if (level <= 30 && typeof context === 'string' && BOOTSTRAP_CONTEXTS.has(context)) return;
  method.apply(this, args);
}

/** Production logs JSON lines (for a collector); development, short readable lines (see dev-log.ts). */
function withDevStream(config: AppConfig, options: Options): Options | [Options, DestinationStream] {
  return config.production ? options : [options, devLogStream()];
}

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: withDevStream(config, {
            level: config.logLevel,
            hooks: { logMethod: dropBootstrapChatter },
            genReqId: (req) =>
              typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : randomUUID(),
            // Never log credentials: session cookies, bearer tokens, collab tokens in URLs.
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url.split('?')[0],
              }),
            },
            // Probes and scrapes come every few seconds: not logged.
            autoLogging: { ignore: (req) => /^\/(api\/health|metrics)(\/|\?|$)/.test(req.url ?? '') },
            customLogLevel: (_req, res, err) => requestLogLevel(config.production, res.statusCode, err),
          }),
        }),
        DbModule,
        ClusterModule,
        MetricsModule,
        RateLimitModule,
        AuditModule,
        AuthModule,
        AccountModule,
        ExportModule,
        StudentsModule,
        AccessModule,
        AccessLogModule,
        DocumentModule,
        OtSectionModule,
        VersionsModule,
        GoalBankModule,
        WorkflowModule,
        SignoffModule,
        MeetingsModule,
        NoticesModule,
        ServiceLogModule,
        GoalDataModule,
        BillingModule,
        ProgressReportsModule,
        ProposalsModule,
        SuggestionsModule,
        RealtimeModule,
        RoomsModule,
        DashboardModule,
        CommentsModule,
        NotificationsModule,
        TeamModule,
        RecordModule,
        MailModule,
        DistrictModule,
        InvitationsModule,
        HealthModule,
        BackupModule,
      ],
    };
  }
}
