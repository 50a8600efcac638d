-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'member',
    "dailyLimit" INTEGER,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "dailyLimit" INTEGER,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedById" TEXT,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Favorite" (
    "userId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "taskId"),
    CONSTRAINT "Favorite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Favorite_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Collection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "coverTaskId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CollectionItem" (
    "collectionId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "addedById" TEXT,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("collectionId", "taskId"),
    CONSTRAINT "CollectionItem_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CollectionItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT,
    "detail" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Task" (
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
    "authorId" TEXT,
    "deletedAt" DATETIME,
    "deletedById" TEXT,
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
    "inputHash" TEXT,
    "modalKey" TEXT,
    "modalHash" TEXT,
    "seed" TEXT,
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
    CONSTRAINT "Task_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Task_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Task" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Task" ("action", "bannedWord", "botType", "buttonLabel", "buttons", "createdAt", "customId", "failCode", "failReason", "finalPrompt", "finishedAt", "id", "idempotencyKey", "imageAttempts", "imageBytes", "imageError", "imageHeight", "imageMime", "imagePath", "imageWidth", "inputHash", "lastChangeAt", "lastSyncedAt", "missingSince", "modalHash", "modalKey", "mode", "parentId", "previewPath", "previewProgress", "progress", "prompt", "promptEn", "queuePosition", "rawUpstream", "referenceCount", "seed", "startedAt", "status", "submittedAt", "thumbHeight", "thumbPath", "thumbWidth", "updatedAt", "upstreamCode", "upstreamId", "upstreamImageUrl") SELECT "action", "bannedWord", "botType", "buttonLabel", "buttons", "createdAt", "customId", "failCode", "failReason", "finalPrompt", "finishedAt", "id", "idempotencyKey", "imageAttempts", "imageBytes", "imageError", "imageHeight", "imageMime", "imagePath", "imageWidth", "inputHash", "lastChangeAt", "lastSyncedAt", "missingSince", "modalHash", "modalKey", "mode", "parentId", "previewPath", "previewProgress", "progress", "prompt", "promptEn", "queuePosition", "rawUpstream", "referenceCount", "seed", "startedAt", "status", "submittedAt", "thumbHeight", "thumbPath", "thumbWidth", "updatedAt", "upstreamCode", "upstreamId", "upstreamImageUrl" FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
CREATE UNIQUE INDEX "Task_upstreamId_key" ON "Task"("upstreamId");
CREATE UNIQUE INDEX "Task_idempotencyKey_key" ON "Task"("idempotencyKey");
CREATE UNIQUE INDEX "Task_modalKey_key" ON "Task"("modalKey");
CREATE INDEX "Task_createdAt_idx" ON "Task"("createdAt");
CREATE INDEX "Task_status_idx" ON "Task"("status");
CREATE INDEX "Task_updatedAt_idx" ON "Task"("updatedAt");
CREATE INDEX "Task_parentId_idx" ON "Task"("parentId");
CREATE INDEX "Task_authorId_createdAt_idx" ON "Task"("authorId", "createdAt");
CREATE INDEX "Task_deletedAt_idx" ON "Task"("deletedAt");
CREATE INDEX "Task_action_idx" ON "Task"("action");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_tokenHash_key" ON "Invite"("tokenHash");

-- CreateIndex
CREATE INDEX "Favorite_taskId_idx" ON "Favorite"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "Collection_name_key" ON "Collection"("name");

-- CreateIndex
CREATE INDEX "CollectionItem_taskId_idx" ON "CollectionItem"("taskId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");



-- Full-text search over prompts (hand-written: Prisma has no model for virtual tables).
-- trigram tokenizer: substring matches in any script (Chinese prompts have no spaces to split on) and
-- case-insensitive Latin. It keeps its own copy of the text keyed by task id, so later table rebuilds by
-- Prisma migrations (which do not keep rowids) cannot desynchronise it.
CREATE VIRTUAL TABLE "TaskSearch" USING fts5("taskId" UNINDEXED, "text", tokenize = 'trigram');

INSERT INTO "TaskSearch" ("taskId", "text")
SELECT "id", "prompt" || char(10) || coalesce("finalPrompt", '') || char(10) || coalesce("promptEn", '') FROM "Task";

CREATE TRIGGER "Task_search_insert" AFTER INSERT ON "Task" BEGIN
  INSERT INTO "TaskSearch" ("taskId", "text")
  VALUES (NEW."id", NEW."prompt" || char(10) || coalesce(NEW."finalPrompt", '') || char(10) || coalesce(NEW."promptEn", ''));
END;

-- Prisma writes every field it was given, so "UPDATE OF" fires on unchanged prompts too: compare values, as the
-- lookup by the unindexed taskId scans the search table.
CREATE TRIGGER "Task_search_update" AFTER UPDATE OF "prompt", "finalPrompt", "promptEn" ON "Task"
WHEN OLD."prompt" IS NOT NEW."prompt" OR OLD."finalPrompt" IS NOT NEW."finalPrompt" OR OLD."promptEn" IS NOT NEW."promptEn"
BEGIN
  DELETE FROM "TaskSearch" WHERE "taskId" = OLD."id";
  INSERT INTO "TaskSearch" ("taskId", "text")
  VALUES (NEW."id", NEW."prompt" || char(10) || coalesce(NEW."finalPrompt", '') || char(10) || coalesce(NEW."promptEn", ''));
END;

CREATE TRIGGER "Task_search_delete" AFTER DELETE ON "Task" BEGIN
  DELETE FROM "TaskSearch" WHERE "taskId" = OLD."id";
END;
