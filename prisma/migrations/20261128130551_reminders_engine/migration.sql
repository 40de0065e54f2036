-- AlterEnum
ALTER TYPE "NudgeStatus" ADD VALUE 'skipped';

-- AlterTable
ALTER TABLE "ComplianceCase" ADD COLUMN     "lang" TEXT NOT NULL DEFAULT 'zh',
ADD COLUMN     "meta" JSONB;

-- AlterTable
ALTER TABLE "ScheduledNudge" ADD COLUMN     "availableAt" TIMESTAMP(3) NOT NULL;

-- CreateTable
CREATE TABLE "ConversationPace" (
    "key" TEXT NOT NULL,
    "nextAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationPace_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ComplianceCase_status_targetUserId_idx" ON "ComplianceCase"("status", "targetUserId");

-- CreateIndex
CREATE INDEX "ScheduledNudge_status_availableAt_idx" ON "ScheduledNudge"("status", "availableAt");
