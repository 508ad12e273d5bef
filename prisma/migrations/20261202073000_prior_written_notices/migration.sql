-- CreateEnum
CREATE TYPE "NoticeStatus" AS ENUM ('draft', 'issued');

-- CreateEnum
CREATE TYPE "NoticeTrigger" AS ENUM ('meeting_ended', 'proposal_rejected', 'consent_refused', 'consent_in_part', 'manual');

-- CreateEnum
CREATE TYPE "NoticeAction" AS ENUM ('proposes', 'refuses');

-- CreateTable
CREATE TABLE "PriorWrittenNotice" (
    "id" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "status" "NoticeStatus" NOT NULL DEFAULT 'draft',
    "trigger" "NoticeTrigger" NOT NULL,
    "sourceId" TEXT,
    "action" "NoticeAction" NOT NULL DEFAULT 'proposes',
    "description" TEXT NOT NULL DEFAULT '',
    "reasons" TEXT NOT NULL DEFAULT '',
    "options" JSONB NOT NULL DEFAULT '[]',
    "dataUsed" TEXT NOT NULL DEFAULT '',
    "otherFactors" TEXT NOT NULL DEFAULT '',
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "locale" TEXT,
    "safeguards" TEXT,
    "issuedAt" TIMESTAMP(3),
    "issuedById" UUID,
    "issuedByName" TEXT,
    "issuedByRole" "Role",

    CONSTRAINT "PriorWrittenNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeReceipt" (
    "id" UUID NOT NULL,
    "noticeId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PriorWrittenNotice_sectionId_createdAt_idx" ON "PriorWrittenNotice"("sectionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeReceipt_noticeId_userId_key" ON "NoticeReceipt"("noticeId", "userId");

-- AddForeignKey
ALTER TABLE "PriorWrittenNotice" ADD CONSTRAINT "PriorWrittenNotice_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OtSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeReceipt" ADD CONSTRAINT "NoticeReceipt_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "PriorWrittenNotice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An issued notice is part of the record: it is never changed or deleted (receipts are rows of
-- their own), and no notice is ever deleted.
CREATE FUNCTION "prior_written_notice_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'prior written notices are never deleted';
  END IF;
  IF OLD."status" = 'issued' THEN
    RAISE EXCEPTION 'an issued prior written notice never changes';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "PriorWrittenNotice_immutable" BEFORE UPDATE OR DELETE ON "PriorWrittenNotice"
  FOR EACH ROW EXECUTE FUNCTION "prior_written_notice_immutable"();
