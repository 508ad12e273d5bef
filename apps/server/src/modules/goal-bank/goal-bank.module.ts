import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { GoalBankController } from './goal-bank.controller';

@Module({ imports: [AuthModule], controllers: [GoalBankController] })
export class GoalBankModule {}
