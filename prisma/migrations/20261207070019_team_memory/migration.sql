-- CreateTable
CREATE TABLE "Preset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'preset',
    "name" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "botType" TEXT NOT NULL DEFAULT 'MID_JOURNEY',
    "speed" TEXT NOT NULL DEFAULT 'default',
    "createMode" TEXT NOT NULL DEFAULT 'imagine',
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Preset_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PresetReference" (
    "presetId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "referenceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "weight" REAL,

    PRIMARY KEY ("presetId", "position"),
    CONSTRAINT "PresetReference_presetId_fkey" FOREIGN KEY ("presetId") REFERENCES "Preset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProfileCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Preset_ownerId_idx" ON "Preset"("ownerId");

-- CreateIndex
CREATE INDEX "Preset_shared_idx" ON "Preset"("shared");

-- CreateIndex
CREATE INDEX "PresetReference_referenceId_idx" ON "PresetReference"("referenceId");

-- CreateIndex
CREATE UNIQUE INDEX "ProfileCode_kind_code_key" ON "ProfileCode"("kind", "code");

