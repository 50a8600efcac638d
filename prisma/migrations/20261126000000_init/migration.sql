-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "upstreamId" TEXT,
    "action" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "progress" INTEGER,
    "prompt" TEXT NOT NULL,
    "promptEn" TEXT,
    "finalPrompt" TEXT,
    "botType" TEXT NOT NULL DEFAULT 'MID_JOURNEY',
    "mode" TEXT,
    "parentId" TEXT,
    "customId" TEXT,
    "buttonLabel" TEXT,
    "buttons" TEXT NOT NULL DEFAULT '[]',
    "referenceCount" INTEGER NOT NULL DEFAULT 0,
    "queuePosition" INTEGER,
    "failCode" TEXT,
    "failReason" TEXT,
    "upstreamCode" INTEGER,
    "bannedWord" TEXT,
    "idempotencyKey" TEXT,
    "rawUpstream" TEXT,
    "upstreamImageUrl" TEXT,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "lastSyncedAt" DATETIME,
    "lastChangeAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "missingSince" DATETIME,
    "imagePath" TEXT,
    "imageMime" TEXT,
    "imageBytes" INTEGER,
    "imageWidth" INTEGER,
    "imageHeight" INTEGER,
    "thumbPath" TEXT,
    "thumbWidth" INTEGER,
    "thumbHeight" INTEGER,
    "previewPath" TEXT,
    "previewProgress" INTEGER,
    "imageError" TEXT,
    "imageAttempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Task_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Task" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Task_upstreamId_key" ON "Task"("upstreamId");

-- CreateIndex
CREATE UNIQUE INDEX "Task_idempotencyKey_key" ON "Task"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Task_createdAt_idx" ON "Task"("createdAt");

-- CreateIndex
CREATE INDEX "Task_status_idx" ON "Task"("status");

-- CreateIndex
CREATE INDEX "Task_updatedAt_idx" ON "Task"("updatedAt");

-- CreateIndex
CREATE INDEX "Task_parentId_idx" ON "Task"("parentId");

