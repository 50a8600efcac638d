-- The final-image download/store is retried with a growing delay; this is when the next try is due.
ALTER TABLE "Task" ADD COLUMN "imageRetryAt" DATETIME;
