-- AlterTable
ALTER TABLE "MailOutbox" ADD COLUMN     "districtId" UUID,
ADD COLUMN     "secret" TEXT,
ADD COLUMN     "secretExpiresAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "MailOutbox_districtId_createdAt_idx" ON "MailOutbox"("districtId", "createdAt");

-- CreateIndex
CREATE INDEX "MailOutbox_secretExpiresAt_idx" ON "MailOutbox"("secretExpiresAt");

-- AddForeignKey
ALTER TABLE "MailOutbox" ADD CONSTRAINT "MailOutbox_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Mail written before one-time links were kept apart has them in its text: blank them out (they are
-- one-time and short-lived; a person who still needs one asks again). Such rows have no district,
-- so nobody reads them in the app anyway.
UPDATE "MailOutbox"
SET "text" = regexp_replace("text", '\S*/(reset-password|invite)/[A-Za-z0-9_-]{20,}', '[one-time link hidden]', 'g')
WHERE "text" ~ '/(reset-password|invite)/[A-Za-z0-9_-]{20,}';
