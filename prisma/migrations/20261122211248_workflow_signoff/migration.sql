-- CreateEnum
CREATE TYPE "SignatureDecision" AS ENUM ('approve', 'consent', 'consent_in_part', 'no_consent');

-- AlterTable
ALTER TABLE "OtSection" ADD COLUMN     "amendmentOf" INTEGER,
ADD COLUMN     "familyDeliveredAt" TIMESTAMP(3),
ADD COLUMN     "familyFirstOpenedAt" TIMESTAMP(3),
ADD COLUMN     "familyRespondBy" DATE,
ADD COLUMN     "familyRespondedAt" TIMESTAMP(3),
ADD COLUMN     "familyResponseNote" TEXT,
ADD COLUMN     "signoffVersion" INTEGER;

-- CreateTable
CREATE TABLE "Signature" (
    "id" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "typedName" TEXT NOT NULL,
    "decision" "SignatureDecision" NOT NULL,
    "excludedItems" JSONB NOT NULL DEFAULT '[]',
    "reason" TEXT,
    "contentHash" TEXT NOT NULL,
    "ip" TEXT,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,

    CONSTRAINT "Signature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRevocation" (
    "id" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "signatureId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentRevocation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Signature_sectionId_versionNumber_idx" ON "Signature"("sectionId", "versionNumber");

-- CreateIndex
CREATE INDEX "ConsentRevocation_sectionId_idx" ON "ConsentRevocation"("sectionId");

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OtSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRevocation" ADD CONSTRAINT "ConsentRevocation_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OtSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRevocation" ADD CONSTRAINT "ConsentRevocation_signatureId_fkey" FOREIGN KEY ("signatureId") REFERENCES "Signature"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRevocation" ADD CONSTRAINT "ConsentRevocation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit log is append-only: no route may change it, and neither may anything else.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
