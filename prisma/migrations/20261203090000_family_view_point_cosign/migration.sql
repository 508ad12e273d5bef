-- Issue 22: session notes are shared with the family by the OT's choice (default not shared; a note
-- that was not staff-only stays shared), make-ups get a scheduled date, and an OTA's goal data
-- points wait for the supervising OT's co-signature as their sessions do.
-- AlterTable
ALTER TABLE "ServiceSession" ADD COLUMN     "noteShared" BOOLEAN NOT NULL DEFAULT false;
UPDATE "ServiceSession" SET "noteShared" = NOT "noteStaffOnly";
ALTER TABLE "ServiceSession" DROP COLUMN "noteStaffOnly";

-- AlterTable
ALTER TABLE "GoalDataPoint" ADD COLUMN     "cosignedAt" TIMESTAMP(3),
ADD COLUMN     "cosignedById" UUID,
ADD COLUMN     "cosignedByName" TEXT,
ADD COLUMN     "needsCosign" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MakeUpSchedule" (
    "entryId" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "scheduledById" UUID NOT NULL,
    "scheduledByName" TEXT NOT NULL,
    "scheduledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MakeUpSchedule_pkey" PRIMARY KEY ("entryId")
);

-- CreateIndex
CREATE INDEX "MakeUpSchedule_sectionId_idx" ON "MakeUpSchedule"("sectionId");

-- AddForeignKey
ALTER TABLE "MakeUpSchedule" ADD CONSTRAINT "MakeUpSchedule_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OtSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
