import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { goalBankQuerySchema, instantiateTemplate, searchGoalBank } from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard } from '../auth/auth.guard';

const resultSchema = z.object({
  templates: z.array(
    z.object({ id: z.string(), area: z.string(), title: z.string(), goal: z.record(z.string(), z.unknown()) }),
  ),
});

/** The goal bank: templates the team inserts as goals, with blanks marked as [[name]]. */
@ApiTags('goal-bank')
@Controller('goal-bank')
@UseGuards(AuthGuard)
export class GoalBankController {
  @Get()
  @ApiRoute({
    query: goalBankQuerySchema,
    summary: 'Search the OT goal bank by keyword and area, in English or Spanish',
    response: resultSchema,
    errors: [400, 401],
  })
  search(@Query() query: Record<string, string>): z.infer<typeof resultSchema> {
    const { q, area, locale } = parseInput(goalBankQuerySchema, query);
    const templates = searchGoalBank({ text: q, area, locale });
    return {
      templates: templates.map((t) => ({
        id: t.id,
        area: t.area,
        title: t[locale].title,
        goal: { ...instantiateTemplate(t, locale) },
      })),
    };
  }
}
