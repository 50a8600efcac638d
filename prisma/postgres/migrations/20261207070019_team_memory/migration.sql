-- CreateTable
CREATE TABLE "Preset" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'preset',
    "name" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "botType" TEXT NOT NULL DEFAULT 'MID_JOURNEY',
    "speed" TEXT NOT NULL DEFAULT 'default',
    "createMode" TEXT NOT NULL DEFAULT 'imagine',
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Preset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PresetReference" (
    "presetId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "referenceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "weight" DOUBLE PRECISION,

    CONSTRAINT "PresetReference_pkey" PRIMARY KEY ("presetId","position")
);

-- CreateTable
CREATE TABLE "ProfileCode" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProfileCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Preset_ownerId_idx" ON "Preset"("ownerId");

-- CreateIndex
CREATE INDEX "Preset_shared_idx" ON "Preset"("shared");

-- CreateIndex
CREATE INDEX "PresetReference_referenceId_idx" ON "PresetReference"("referenceId");

-- CreateIndex
CREATE UNIQUE INDEX "ProfileCode_kind_code_key" ON "ProfileCode"("kind", "code");

-- AddForeignKey
ALTER TABLE "Preset" ADD CONSTRAINT "Preset_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresetReference" ADD CONSTRAINT "PresetReference_presetId_fkey" FOREIGN KEY ("presetId") REFERENCES "Preset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

