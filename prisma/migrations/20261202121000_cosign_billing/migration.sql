-- Issue 22: co-signature of OTA entries, and the family's consent to bill public benefits (300.154(d)).
-- AlterTable
ALTER TABLE "ServiceSession" ADD COLUMN     "cosignedAt" TIMESTAMP(3),
ADD COLUMN     "cosignedById" UUID,
ADD COLUMN     "cosignedByName" TEXT,
ADD COLUMN     "needsCosign" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "BenefitsConsent" (
    "id" UUID NOT NULL,
    "studentId" UUID NOT NULL,
    "consentedOn" DATE NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "annualNoticeSentOn" DATE,
    "revokedOn" DATE,
    "revokedRecordedById" UUID,
    "revokedRecordedByName" TEXT,
    "revokedRecordedAt" TIMESTAMP(3),

    CONSTRAINT "BenefitsConsent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BenefitsConsent_studentId_idx" ON "BenefitsConsent"("studentId");

-- AddForeignKey
ALTER TABLE "BenefitsConsent" ADD CONSTRAINT "BenefitsConsent_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
