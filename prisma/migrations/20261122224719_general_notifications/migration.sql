-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "detail" JSONB,
ALTER COLUMN "threadId" DROP NOT NULL,
ALTER COLUMN "commentId" DROP NOT NULL;
