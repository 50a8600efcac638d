// Raw bodies from docs/mj-api.md section 12 (plus the quirks it lists), kept as TEXT so numeric
// ids reach the client exactly as an upstream would send them.

export const E1_ACCEPTED = `{"code":1,"description":"Submit success","result":"1730621826053455","properties":{"discordChannelId":"1118138338562560102","discordInstanceId":"1118138338562560102"}}`;
export const E2_QUEUED = `{"code":22,"description":"排队中，前面还有2个任务","result":"1730621830112087","properties":{"numberOfQueues":2,"discordInstanceId":"1118138338562560102"}}`;
export const E3_BANNED = `{"code":24,"description":"可能包含敏感词","result":null,"properties":{"promptEn":"nude body","bannedWord":"nude"}}`;
export const E4_VALIDATION = `{"code":4,"description":"prompt不能为空","result":null,"properties":{}}`;
export const E5_QUEUE_23 = `{"code":23,"description":"队列已满，请稍后尝试","result":null,"properties":{"discordInstanceId":"1118138338562560102"}}`;
export const E5_QUEUE_9 = `{"code":9,"description":"提交失败，队列已满，请稍后重试","result":null,"properties":{"discordInstanceId":"1118138338562560102"}}`;
export const CODE_9_GENERIC = `{"code":9,"description":"提交失败，系统异常","result":null,"properties":{}}`;
export const CODE_3_PARENT = `{"code":3,"description":"关联任务不存在或已失效","result":null,"properties":{}}`;
export const E10_MODAL = `{"code":21,"description":"Waiting for window confirm","result":"1730622000331774","properties":{"finalPrompt":"a red fox in snow --ar 3:2 --v 6.1","remix":true}}`;
export const LEGACY_21_EXISTS = `{"code":21,"description":"任务已存在","result":"1730621901448213","properties":{"status":"SUCCESS","imageUrl":"https://cdn.example/x.png"}}`;
export const E18_NUMERIC_RESULT = `{"code":1,"description":"提交成功","properties":{},"result":1320098173412546}`;
export const UNSAFE_NUMERIC_RESULT = `{"code":1,"description":"提交成功","properties":{},"result":9007199254740993}`;
export const ACCEPTED_NO_ID = `{"code":1,"description":"提交成功","result":null,"properties":{}}`;
export const E20_AGG_REWRITTEN_22 = `{"code":1,"description":"排队中，前面还有1个任务","result":"1730627000500222","properties":{"numberOfQueues":1,"discordInstanceId":"1118138338562560102"}}`;
export const AGG_TASK_NO_FOUND = `{"description":"task_no_found ","type":"upstream_error","code":4}`;
export const AGG_UNKNOWN_ACTION = `{"description":"unknown_action:MJ::Job::PicReader::1 ","type":"upstream_error","code":4}`;
export const AGG_UPSTREAM_DOWN = `{"description":"do_request_failed Post \\"http://up/mj/submit/imagine\\": dial tcp","type":"upstream_error","code":5}`;
export const AGG_429 = `{"description":"当前分组负载已饱和，请稍后再试","type":"upstream_error","code":30}`;
export const TRUE_BINDING_ERROR = `{"success":false,"code":-1,"message":"The prompt field is required.","timestamp":"2025-01-01T00:00:00Z"}`;
export const HTML_502 = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>${"<p>nginx</p>".repeat(200)}</body></html>`;

export const E6_IN_PROGRESS = `{"id":"1730621826053455","action":"IMAGINE","status":"IN_PROGRESS","prompt":"a red fox in snow --ar 3:2 --v 6.1","promptEn":"a red fox in snow --ar 3:2 --v 6.1","description":"/imagine a red fox in snow --ar 3:2 --v 6.1","state":null,"submitTime":1730621826053,"startTime":1730621828024,"finishTime":null,"imageUrl":"https://cdn.discordapp.com/attachments/1/2/fox.webp?ex=6728831f&is=6727319f&hm=0f1e2d&","progress":"46%","failReason":null,"properties":{"notifyHook":null,"finalPrompt":"a red fox in snow --ar 3:2 --v 6.1","messageHash":"3785da15-4f70-4034-9128-f3ff1ac634fa"}}`;

export const E7_SUCCESS_WITH_BUTTONS = `{"id":"1730621826053455","action":"IMAGINE","status":"SUCCESS","prompt":"a red fox","submitTime":1730621826053,"startTime":1730621828024,"finishTime":1730621855817,"progress":"100%","imageUrl":"https://cdn.discordapp.com/attachments/1/2/fox.png?ex=1&is=2&hm=3&","imageWidth":2912,"imageHeight":1632,"failReason":null,"properties":{"finalPrompt":"a red fox --v 6.1"},"buttons":[{"customId":"MJ::JOB::upsample::1::h","emoji":"","label":"U1","type":2,"style":2},{"customId":"MJ::JOB::reroll::0::h::SOLO","emoji":"🔄","label":"","type":2,"style":2},{"customId":"","emoji":"🌐","label":"Web","type":2,"style":5},{"label":"Link without id","type":2,"style":5}]}`;

export const E20_AGG_BEFORE_SYNC = `{"id":"1730627000500222","action":"IMAGINE","customId":"","botType":"","prompt":"a red fox in snow","promptEn":"","description":"排队中，前面还有1个任务","state":"","submitTime":1730627000498,"startTime":0,"finishTime":0,"imageUrl":"","status":"","progress":"0%","failReason":"","buttons":null,"maskBase64":"","properties":null}`;

export const E19_FAILURE = `{"id":"1730621830112087","action":"IMAGINE","status":"FAILURE","state":"order-42","submitTime":1730621830112,"startTime":1730621861004,"finishTime":1730622161480,"imageUrl":"https://cdn.discordapp.com/attachments/x/preview.webp","progress":"","failReason":"任务超时","properties":{"discordInstanceId":"1118138338562560102"}}`;

export const OSS_PAUSED = `{"id":"1730621826053999","action":"IMAGINE","status":"IN_PROGRESS","progress":"paused","properties":{}}`;
export const NUMERIC_ID_TASK = `{"id":1730621826053455,"action":"UPSCALE","status":"NOT_START","progress":null}`;

// Task types beyond imagine (mj-api.md E13–E18 and section 3).
export const E14_BLEND_ONE_IMAGE = `{"code":4,"description":"base64List参数错误","result":null,"properties":{}}`;
export const E16_SWAP_ACCEPTED = `{"code":1,"description":"提交成功","result":"1730626000400111","properties":{}}`;
export const AGG_SWAP_MISSING = `{"description":"sour_base64_and_target_base64_is_required ","type":"upstream_error","code":4}`;
export const E18_SEED = `{"code":1,"description":"成功","result":"636646138"}`;
export const SEED_NUMERIC = `{"code":1,"description":"成功","result":636646138,"properties":{}}`;
export const SEED_NO_HASH = `{"code":4,"description":"关联任务状态错误","result":null,"properties":{}}`;
export const SEED_NOT_FOUND_TRUE = `{"code":3,"description":"未找到 seed","result":null,"properties":{}}`;
export const CANCEL_OK_PLUS = `{"code":1,"description":"成功","result":"1730622000331774","properties":{}}`;
export const SPRING_404 = `{"timestamp":"2025-01-01T00:00:00.000+00:00","status":404,"error":"Not Found","path":"/mj/task/1/cancel"}`;
