-- CreateTable
CREATE TABLE "ComplianceOverride" (
    "id" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "planVersion" INTEGER NOT NULL,
    "checkKey" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplianceOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ComplianceOverride_sectionId_planVersion_checkKey_key" ON "ComplianceOverride"("sectionId", "planVersion", "checkKey");

-- AddForeignKey
ALTER TABLE "ComplianceOverride" ADD CONSTRAINT "ComplianceOverride_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OtSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
