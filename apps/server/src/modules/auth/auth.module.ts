import { Module } from '@nestjs/common';
import { RateLimitModule } from '../../common/rate-limit/rate-limit.module';
import { ClusterModule } from '../../cluster/cluster-bus';
import { AuditModule } from '../audit/audit.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { OidcController } from './oidc.controller';
import { OidcRepository } from './oidc.repository';
import { OidcService } from './oidc.service';

@Module({
  imports: [AuditModule, ClusterModule, RateLimitModule],
  controllers: [AuthController, OidcController],
  providers: [AuthService, AuthGuard, OidcService, OidcRepository],
  exports: [AuthService, AuthGuard],
})
export class AuthModule {}
