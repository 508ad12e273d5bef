import { Module } from '@nestjs/common';
import { GoalBankController } from './goal-bank.controller';

@Module({ controllers: [GoalBankController] })
export class GoalBankModule {}
