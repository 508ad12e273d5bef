-- AlterTable
ALTER TABLE "GoalProposal" ADD COLUMN "parentWords" JSONB;
