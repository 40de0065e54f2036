-- CreateEnum
CREATE TYPE "ChatPlatform" AS ENUM ('console', 'slack', 'dingtalk');

-- CreateEnum
CREATE TYPE "CaseKind" AS ENUM ('rectification', 'violation_fix', 'offsite_strike', 'growth_tasks', 'live_recruiting');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('open', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "NudgeStatus" AS ENUM ('pending', 'sending', 'sent', 'cancelled', 'dead');

-- CreateEnum
CREATE TYPE "DraftVerdict" AS ENUM ('block', 'warn', 'pass');

-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL,
    "platform" "ChatPlatform" NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "quietStart" TEXT NOT NULL DEFAULT '22:00',
    "quietEnd" TEXT NOT NULL DEFAULT '08:00',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatUser" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT,
    "lang" TEXT NOT NULL DEFAULT 'zh',
    "timeZone" TEXT,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "isDirect" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThreadTopic" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "threadKey" TEXT NOT NULL,
    "sectionIds" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ThreadTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftCheck" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT,
    "userKey" TEXT,
    "platform" "ChatPlatform" NOT NULL,
    "textHash" TEXT NOT NULL,
    "textLength" INTEGER NOT NULL,
    "verdict" "DraftVerdict" NOT NULL,
    "categories" TEXT[],
    "ruleIds" TEXT[],
    "stage" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyQuestion" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT,
    "platform" "ChatPlatform" NOT NULL,
    "question" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "citedSections" TEXT[],
    "declined" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplianceCase" (
    "id" TEXT NOT NULL,
    "shortId" SERIAL NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "kind" "CaseKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "anchorDate" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "status" "CaseStatus" NOT NULL DEFAULT 'open',
    "ownerUserId" TEXT,
    "targetConversationId" TEXT NOT NULL,
    "targetUserId" TEXT,
    "progress" JSONB,
    "note" TEXT,
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ComplianceCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deadline" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "policyId" TEXT NOT NULL,
    "consequence" TEXT,

    CONSTRAINT "Deadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduledNudge" (
    "id" TEXT NOT NULL,
    "caseId" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "platform" "ChatPlatform" NOT NULL,
    "workspaceExternalId" TEXT NOT NULL,
    "targetConversationId" TEXT NOT NULL,
    "targetUserId" TEXT,
    "lang" TEXT NOT NULL DEFAULT 'zh',
    "status" "NudgeStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "leaseOwner" TEXT,
    "leaseExpiresAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "platformMessageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduledNudge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessedEvent" (
    "platform" "ChatPlatform" NOT NULL,
    "eventId" TEXT NOT NULL,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedEvent_pkey" PRIMARY KEY ("platform","eventId")
);

-- CreateTable
CREATE TABLE "ConsoleMessage" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsoleMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_platform_externalId_key" ON "Workspace"("platform", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatUser_workspaceId_externalId_key" ON "ChatUser"("workspaceId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_workspaceId_externalId_key" ON "Conversation"("workspaceId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "ThreadTopic_conversationId_threadKey_key" ON "ThreadTopic"("conversationId", "threadKey");

-- CreateIndex
CREATE INDEX "DraftCheck_createdAt_idx" ON "DraftCheck"("createdAt");

-- CreateIndex
CREATE INDEX "PolicyQuestion_declined_createdAt_idx" ON "PolicyQuestion"("declined", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ComplianceCase_shortId_key" ON "ComplianceCase"("shortId");

-- CreateIndex
CREATE INDEX "ComplianceCase_workspaceId_status_idx" ON "ComplianceCase"("workspaceId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Deadline_caseId_key" ON "Deadline"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "ScheduledNudge_idempotencyKey_key" ON "ScheduledNudge"("idempotencyKey");

-- CreateIndex
CREATE INDEX "ScheduledNudge_status_dueAt_idx" ON "ScheduledNudge"("status", "dueAt");

-- CreateIndex
CREATE INDEX "ScheduledNudge_caseId_idx" ON "ScheduledNudge"("caseId");

-- CreateIndex
CREATE INDEX "ConsoleMessage_conversationId_createdAt_idx" ON "ConsoleMessage"("conversationId", "createdAt");

-- AddForeignKey
ALTER TABLE "ChatUser" ADD CONSTRAINT "ChatUser_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThreadTopic" ADD CONSTRAINT "ThreadTopic_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceCase" ADD CONSTRAINT "ComplianceCase_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ComplianceCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduledNudge" ADD CONSTRAINT "ScheduledNudge_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ComplianceCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;
