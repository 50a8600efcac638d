-- A VIDEO task's clips (mp4 kept as sent) beside its poster in the image columns. Plain ADD COLUMNs (nullable or
-- with a default) instead of Prisma's table rebuild, so the TaskSearch triggers on "Task" stay untouched.
ALTER TABLE "Task" ADD COLUMN "upstreamVideos" TEXT;
ALTER TABLE "Task" ADD COLUMN "videoCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Task" ADD COLUMN "videos" TEXT;
ALTER TABLE "Task" ADD COLUMN "videoMime" TEXT;
ALTER TABLE "Task" ADD COLUMN "videoBytes" INTEGER;
