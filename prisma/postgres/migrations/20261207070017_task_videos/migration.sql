-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "upstreamVideos" TEXT,
ADD COLUMN     "videoBytes" INTEGER,
ADD COLUMN     "videoCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "videoMime" TEXT,
ADD COLUMN     "videos" TEXT;

