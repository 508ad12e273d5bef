-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('scheduled', 'in_progress', 'ended', 'cancelled');

-- CreateEnum
CREATE TYPE "AttendanceMode" AS ENUM ('video', 'phone', 'in_person');

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'scheduled',
    "scheduledFor" TIMESTAMP(3) NOT NULL,
    "videoUrl" TEXT,
    "invited" JSONB NOT NULL DEFAULT '[]',
    "createdById" UUID NOT NULL,
    "facilitatorId" UUID,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "agendaOrder" JSONB NOT NULL DEFAULT '[]',
    "customItems" JSONB NOT NULL DEFAULT '[]',
    "nowDiscussing" JSONB,
    "itemSeconds" JSONB NOT NULL DEFAULT '{}',
    "startVersion" INTEGER,
    "summary" JSONB,
    "notes" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "mode" "AttendanceMode" NOT NULL,
    "interpreter" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingExcusal" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "areaDiscussed" BOOLEAN NOT NULL,
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "parentConsentBy" UUID,
    "parentConsentName" TEXT,
    "parentConsentAt" TIMESTAMP(3),
    "writtenInput" TEXT,
    "writtenInputAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "MeetingExcusal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Meeting_sectionId_status_idx" ON "Meeting"("sectionId", "status");

-- CreateIndex
CREATE INDEX "MeetingAttendance_meetingId_userId_idx" ON "MeetingAttendance"("meetingId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingExcusal_meetingId_userId_key" ON "MeetingExcusal"("meetingId", "userId");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OtSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingExcusal" ADD CONSTRAINT "MeetingExcusal_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
