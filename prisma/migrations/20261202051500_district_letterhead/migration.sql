-- AlterTable
ALTER TABLE "District" ADD COLUMN     "address" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "logo" BYTEA,
ADD COLUMN     "logoType" TEXT,
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'America/New_York';
