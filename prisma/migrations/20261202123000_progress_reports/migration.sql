-- Progress reports (issue 22): a report per section and period, its receipts, and the reporting schedule.
CREATE TABLE "ProgressReport" (
    "id" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "locale" TEXT NOT NULL,
    "goals" JSONB NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "issuedAt" TIMESTAMP(3),
    "issuedById" UUID,
    "issuedByName" TEXT,
    "issuedByRole" "Role",

    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ProgressReport_status_check" CHECK ("status" IN ('draft', 'issued')),
    CONSTRAINT "ProgressReport_period_check" CHECK ("periodEnd" >= "periodStart")
);

CREATE TABLE "ProgressReportReceipt" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressReportReceipt_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ProgressSchedule" (
    "sectionId" UUID NOT NULL,
    "firstDue" DATE NOT NULL,
    "everyWeeks" INTEGER NOT NULL,
    "setById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgressSchedule_pkey" PRIMARY KEY ("sectionId"),
    CONSTRAINT "ProgressSchedule_everyWeeks_check" CHECK ("everyWeeks" BETWEEN 1 AND 52)
);

CREATE INDEX "ProgressReport_sectionId_createdAt_idx" ON "ProgressReport"("sectionId", "createdAt");
CREATE UNIQUE INDEX "ProgressReportReceipt_reportId_userId_key" ON "ProgressReportReceipt"("reportId", "userId");

ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OtSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ProgressReportReceipt" ADD CONSTRAINT "ProgressReportReceipt_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ProgressSchedule" ADD CONSTRAINT "ProgressSchedule_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OtSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
