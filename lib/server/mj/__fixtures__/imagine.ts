// The mock upstream behind a keyed config, and an imagine of "a red fox" to send to it: the setup the client
// and submit tests share. The test file still mocks "@/env.mjs" with ./env.
import { submitImagine } from "../index";
import { mockUpstreamSuite } from "./suite";

export const KEY = "sk-SuperSecretKey123";

export function imagineSuite() {
  const mock = mockUpstreamSuite((url) => ({ MJ_API_BASE: url, MJ_API_KEY: KEY }));
  const imagine = (opts?: Parameters<typeof submitImagine>[1]) =>
    submitImagine({ prompt: "a red fox", botType: "MID_JOURNEY", base64Array: [] }, opts);
  return { mock, reply: mock.reply, imagine };
}
