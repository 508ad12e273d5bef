import { Global, Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { OidcController } from './oidc.controller';
import { OidcRepository } from './oidc.repository';
import { OidcService } from './oidc.service';

@Global()
@Module({
  controllers: [AuthController, OidcController],
  providers: [AuthService, AuthGuard, OidcService, OidcRepository],
  exports: [AuthService, AuthGuard],
})
export class AuthModule {}
