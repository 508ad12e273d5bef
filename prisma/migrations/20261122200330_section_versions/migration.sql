-- CreateTable
CREATE TABLE "SectionVersion" (
    "id" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT 'manual',
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "state" BYTEA NOT NULL,
    "json" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,

    CONSTRAINT "SectionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SectionVersion_sectionId_number_key" ON "SectionVersion"("sectionId", "number");

-- AddForeignKey
ALTER TABLE "SectionVersion" ADD CONSTRAINT "SectionVersion_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OtSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
