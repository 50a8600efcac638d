import "server-only";

import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

import { simClip } from "./mp4/clip";
import type { AspectRatio, SimVideo, TaskImages } from "./types";
import { clipName, clipPosterName, clipSpec } from "./video-clips";

// Writes a VIDEO task's files into `<dir>/<taskId>/`: each clip's mp4 (the simulator's own fixture, simulator/mp4)
// and its poster (the clip's first frame as PNG), then the task's poster (`images.final`, clip 1's first frame)
// and progress preview. The final picture is written last: its presence is what says "all files are there".

async function writeAtomic(file: string, data: Buffer | Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, file);
}

export async function renderVideoFiles(
  dir: string,
  taskId: string,
  video: SimVideo,
  aspect: AspectRatio,
  images: TaskImages,
): Promise<void> {
  const taskDir = path.join(dir, taskId);
  await fs.mkdir(taskDir, { recursive: true });
  let firstPoster: Buffer | null = null;
  for (let i = 0; i < video.clips; i++) {
    const clip = simClip(clipSpec(video, aspect, i));
    const { width, height, rgb } = clip.firstFrame;
    const poster = await sharp(Buffer.from(rgb), { raw: { width, height, channels: 3 } })
      .png()
      .toBuffer();
    firstPoster ??= poster;
    await Promise.all([
      writeAtomic(path.join(taskDir, clipName(images, i)), clip.mp4),
      writeAtomic(path.join(taskDir, clipPosterName(images, i)), poster),
    ]);
  }
  if (!firstPoster) throw new Error("a video task needs at least one clip");
  // Like image previews: blurred and darkened, so a running job never shows its result early.
  const preview = await sharp(firstPoster)
    .blur(2)
    .modulate({ brightness: 0.6 })
    .webp({ quality: 50 })
    .toBuffer();
  await writeAtomic(path.join(taskDir, images.preview.name), preview);
  await writeAtomic(path.join(taskDir, images.final.name), firstPoster);
}
