-- CreateEnum
CREATE TYPE "ProposalKind" AS ENUM ('new_goal', 'change_goal');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('open', 'accepted', 'rejected', 'withdrawn', 'superseded');

-- CreateEnum
CREATE TYPE "EndorsementStance" AS ENUM ('support', 'concern');

-- CreateTable
CREATE TABLE "GoalProposal" (
    "id" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "kind" "ProposalKind" NOT NULL,
    "targetGoalId" TEXT,
    "fields" JSONB NOT NULL,
    "baseFields" JSONB,
    "rationale" TEXT NOT NULL DEFAULT '',
    "status" "ProposalStatus" NOT NULL DEFAULT 'open',
    "proposedById" UUID NOT NULL,
    "proposedByRole" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "decidedById" UUID,
    "decidedByRole" "Role",
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "appliedGoalId" TEXT,
    "versionNumber" INTEGER,
    "supersededById" UUID,

    CONSTRAINT "GoalProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalEndorsement" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "stance" "EndorsementStance" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProposalEndorsement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalComment" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "authorRole" "Role" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GoalProposal_sectionId_status_idx" ON "GoalProposal"("sectionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalEndorsement_proposalId_userId_key" ON "ProposalEndorsement"("proposalId", "userId");

-- CreateIndex
CREATE INDEX "ProposalComment_proposalId_createdAt_idx" ON "ProposalComment"("proposalId", "createdAt");

-- AddForeignKey
ALTER TABLE "GoalProposal" ADD CONSTRAINT "GoalProposal_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OtSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEndorsement" ADD CONSTRAINT "ProposalEndorsement_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "GoalProposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "GoalProposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
