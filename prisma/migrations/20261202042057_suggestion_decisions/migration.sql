-- CreateEnum
CREATE TYPE "SuggestionOutcome" AS ENUM ('accepted', 'rejected', 'withdrawn');

-- CreateTable
CREATE TABLE "SuggestionDecision" (
    "id" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "suggestionId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorRole" "Role" NOT NULL,
    "suggestedAt" TEXT NOT NULL,
    "inserted" TEXT NOT NULL,
    "deleted" TEXT NOT NULL,
    "outcome" "SuggestionOutcome" NOT NULL,
    "decidedById" UUID NOT NULL,
    "decidedByRole" "Role" NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SuggestionDecision_sectionId_decidedAt_idx" ON "SuggestionDecision"("sectionId", "decidedAt");

-- AddForeignKey
ALTER TABLE "SuggestionDecision" ADD CONSTRAINT "SuggestionDecision_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OtSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
