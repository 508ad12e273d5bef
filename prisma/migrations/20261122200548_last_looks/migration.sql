-- CreateTable
CREATE TABLE "SectionLastLook" (
    "userId" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "json" JSONB NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SectionLastLook_pkey" PRIMARY KEY ("userId","sectionId")
);

-- AddForeignKey
ALTER TABLE "SectionLastLook" ADD CONSTRAINT "SectionLastLook_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "OtSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
