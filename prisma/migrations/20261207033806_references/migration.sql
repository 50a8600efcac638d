-- CreateTable
CREATE TABLE "Reference" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT,
    "imagePath" TEXT NOT NULL,
    "imageMime" TEXT NOT NULL,
    "imageBytes" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "sourceTaskId" TEXT,
    "sourceCell" INTEGER,
    "upstreamUrl" TEXT,
    "upstreamUrlKey" TEXT,
    "upstreamUrlAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Reference_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TaskInput" (
    "taskId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "weight" REAL,
    "referenceId" TEXT NOT NULL,

    PRIMARY KEY ("taskId", "position"),
    CONSTRAINT "TaskInput_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TaskInput_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Reference_ownerId_hash_idx" ON "Reference"("ownerId", "hash");

-- CreateIndex
CREATE INDEX "TaskInput_referenceId_idx" ON "TaskInput"("referenceId");

