-- The service log (issue 22): one row per version of an entry; corrections add versions.
CREATE TABLE "ServiceSession" (
    "id" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "entryVersion" INTEGER NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT true,
    "sectionId" UUID NOT NULL,
    "serviceId" TEXT,
    "date" DATE NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "minutes" INTEGER NOT NULL,
    "grouping" TEXT NOT NULL,
    "groupSize" INTEGER,
    "model" TEXT NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "setting" TEXT NOT NULL,
    "goalIds" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT NOT NULL DEFAULT '',
    "noteStaffOnly" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "missedReason" TEXT,
    "makeUpForId" UUID,
    "correctionReason" TEXT,
    "recordedById" UUID NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "recordedByRole" "Role" NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceSession_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ServiceSession_minutes_check" CHECK ("endMinute" > "startMinute" AND "minutes" = "endMinute" - "startMinute")
);

CREATE UNIQUE INDEX "ServiceSession_entryId_entryVersion_key" ON "ServiceSession"("entryId", "entryVersion");
CREATE INDEX "ServiceSession_sectionId_current_date_idx" ON "ServiceSession"("sectionId", "current", "date");
CREATE INDEX "ServiceSession_makeUpForId_idx" ON "ServiceSession"("makeUpForId");

ALTER TABLE "ServiceSession" ADD CONSTRAINT "ServiceSession_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OtSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
