-- CreateTable
CREATE TABLE "ListingCheck" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT,
    "userKey" TEXT,
    "platform" "ChatPlatform" NOT NULL,
    "textHash" TEXT NOT NULL,
    "textLength" INTEGER NOT NULL,
    "verdict" TEXT NOT NULL,
    "kinds" TEXT[],
    "lang" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ListingCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ListingCheck_createdAt_idx" ON "ListingCheck"("createdAt");
