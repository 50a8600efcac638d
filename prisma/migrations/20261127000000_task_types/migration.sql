-- AlterTable
ALTER TABLE "Task" ADD COLUMN "inputHash" TEXT;
ALTER TABLE "Task" ADD COLUMN "modalHash" TEXT;
ALTER TABLE "Task" ADD COLUMN "modalKey" TEXT;
ALTER TABLE "Task" ADD COLUMN "seed" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Task_modalKey_key" ON "Task"("modalKey");

