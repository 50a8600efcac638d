// Video bodies per profile (mj-api.md 4.11, 5.2, 8.5, 11.9), kept as TEXT like wire.ts.

export const VIDEO_ACCEPTED = `{"code":1,"description":"Submit success","result":"1730630000700111","properties":{"discordInstanceId":"1118138338562560102"}}`;
/** TRUE with video switched off by its operator. */
export const TRUE_VIDEO_DISABLED = `{"code":4,"description":"视频功能未启用","result":null,"properties":{}}`;
/** new-api relays the upstream's refusal in its own 400 body: "<desc> <result>". */
export const AGG_VIDEO_DISABLED = `{"description":"视频功能未启用 ","type":"upstream_error","code":4}`;
/** TRUE: extending a task it does not know is a 404 with a SubmitResult (2.2). */
export const TRUE_VIDEO_PARENT_404 = `{"code":3,"description":"关联任务不存在或已失效","result":null,"properties":{}}`;

/** TRUE after success: a poster as imageUrl, the main clip, and the batch with thumbnails; 8.5 buttons. */
export const TRUE_VIDEO_SUCCESS = `{"id":"1730630000700111","action":"VIDEO","status":"SUCCESS","prompt":"the fox runs","description":"/video the fox runs","submitTime":1730630000700,"startTime":1730630001000,"finishTime":1730630090000,"progress":"100%","imageUrl":"https://cdn.midjourney.com/video/9b3c/0_0.webp","videoUrl":"https://cdn.midjourney.com/video/9b3c/0.mp4","videoUrls":[{"url":"https://cdn.midjourney.com/video/9b3c/0.mp4","thumbnail":"https://cdn.midjourney.com/video/9b3c/0_0.webp"},{"url":"https://cdn.midjourney.com/video/9b3c/1.mp4","thumbnail":"https://cdn.midjourney.com/video/9b3c/1_0.webp"},{"url":"https://cdn.midjourney.com/video/9b3c/2.mp4","thumbnail":null},{"url":"https://cdn.midjourney.com/video/9b3c/3.mp4"}],"failReason":null,"properties":{"finalPrompt":"the fox runs --motion low --video 1"},"buttons":[{"customId":"MJ::JOB::video_virtual_upscale::1::9b3c","label":"U1","emoji":"","type":2,"style":2},{"customId":"MJ::JOB::animate_high_extend::1::9b3c","label":"Extend (High motion)","emoji":"🎞️","type":2,"style":2}]}`;

/** Newer new-api: `[{url}]` without thumbnails, "" imageUrl. */
export const AGG_VIDEO_SUCCESS = `{"id":"1730630000700222","action":"VIDEO","customId":"","botType":"","prompt":"waves","promptEn":"","description":"提交成功","state":"","submitTime":1730630000700,"startTime":1730630001000,"finishTime":1730630090000,"imageUrl":"","videoUrl":"https://relay.example/mj/video/1730630000700222/0.mp4","videoUrls":[{"url":"https://relay.example/mj/video/1730630000700222/0.mp4"},{"url":"https://relay.example/mj/video/1730630000700222/1.mp4"}],"status":"SUCCESS","progress":"100%","failReason":"","buttons":null,"maskBase64":"","properties":{"finalPrompt":"waves","finalZhPrompt":""}}`;

/** AGG before its first sync and images of other task types: no video at all, in each spelling of "none". */
export const AGG_VIDEO_PENDING = `{"id":"1730630000700222","action":"VIDEO","status":"","progress":"0%","imageUrl":"","videoUrl":"","videoUrls":null,"properties":null}`;
