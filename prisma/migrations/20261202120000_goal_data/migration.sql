-- Goal data (issue 22): one row per version of a data point; corrections add versions.
CREATE TABLE "GoalDataPoint" (
    "id" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "entryVersion" INTEGER NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT true,
    "sectionId" UUID NOT NULL,
    "goalId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "correct" INTEGER,
    "total" INTEGER,
    "percentage" DOUBLE PRECISION,
    "level" INTEGER,
    "seconds" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "sessionId" UUID,
    "correctionReason" TEXT,
    "recordedById" UUID NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "recordedByRole" "Role" NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GoalDataPoint_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "GoalDataPoint_trials_check" CHECK ("kind" <> 'trials' OR ("total" > 0 AND "correct" >= 0 AND "correct" <= "total")),
    CONSTRAINT "GoalDataPoint_percentage_check" CHECK ("percentage" IS NULL OR ("percentage" >= 0 AND "percentage" <= 100))
);

CREATE UNIQUE INDEX "GoalDataPoint_entryId_entryVersion_key" ON "GoalDataPoint"("entryId", "entryVersion");
CREATE INDEX "GoalDataPoint_sectionId_current_goalId_date_idx" ON "GoalDataPoint"("sectionId", "current", "goalId", "date");

ALTER TABLE "GoalDataPoint" ADD CONSTRAINT "GoalDataPoint_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OtSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
