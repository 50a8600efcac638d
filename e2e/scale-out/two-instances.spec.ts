// Issue 11's "done when": two studio instances behind no balancer at all (a spec can pick the instance per
// request), one PostgreSQL database, one S3 bucket (s3rver) and one standalone simulator as the upstream. The
// tests run in order on the same layout; the last one kills instance A.
import { type APIRequestContext, type BrowserContext, expect, test } from "@playwright/test";

import { signInAttempt, signedOutApi, apiAs, createMember, signIn, type Member } from "../helpers/auth";
import { errorOf } from "../helpers/json";
import { liveLog, liveMode, recordLiveUpdates, suppressedIntervals } from "../helpers/live";
import { imagineOn, runsTracker, submitOn, waitAllInFlight, waitAllStored } from "../helpers/scale-out-api";
import { type ScaleOut, simReads, startScaleOut, TRACKER_INTERVAL_MS } from "../helpers/scale-out-cluster";
import { testDatabaseUrl } from "../helpers/scale-out-database";
import { tileFor } from "../helpers/ui";
import { readsBetween } from "../helpers/upstream-relay";

const SERVER_URL = testDatabaseUrl();
const SKIPPED_WITHOUT_DATABASE =
  "TEST_DATABASE_URL is unset: the scale-out e2e needs a PostgreSQL server to create its own database on " +
  "(scripts/test-postgres.sh start DIR PORT, or .ci/run, which sets it)";
// The list reporter does not print skip reasons; say it where whoever runs the suite looks.
if (!SERVER_URL) console.warn(`[scale-out] skipped: ${SKIPPED_WITHOUT_DATABASE}`);

test.describe("two instances, one database, one bucket, one tracker", () => {
  test.skip(!SERVER_URL, SKIPPED_WITHOUT_DATABASE);
  test.describe.configure({ mode: "serial" });

  let cluster: ScaleOut;
  let member: Member;
  /** The member's API session: signed in on B, used on A as well (sessions are shared rows). */
  let memberApi: APIRequestContext;
  /** Every task the suite made, all of which must finish, whatever instance dies. */
  const created: { api: APIRequestContext; id: string }[] = [];
  const disposables: { dispose(): Promise<void> }[] = [];

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    cluster = await startScaleOut(SERVER_URL!);
    member = await createMember(cluster.admin, "Mo Member");
    memberApi = await apiAs(member, cluster.b.baseURL);
    disposables.push(memberApi);
  });

  test.afterAll(async () => {
    for (const d of disposables) await d.dispose().catch(() => undefined);
    await cluster?.teardown();
  });

  test("a task submitted on A is pushed live to a browser on B, which gets its image from the bucket", async ({
    browser,
  }, testInfo) => {
    const { a, b, bucket } = cluster;
    const { viewport, userAgent, deviceScaleFactor, locale } = testInfo.project.use;
    const context: BrowserContext = await browser.newContext({
      viewport,
      userAgent,
      deviceScaleFactor,
      locale,
      baseURL: b.baseURL,
    });
    disposables.push({ dispose: () => context.close() });
    await signIn(context.request, member);
    const page = await context.newPage();
    // Polling is made impossible: whatever B's page learns of A's task came through B's stream.
    await recordLiveUpdates(page, { stopPolling: true });
    await page.goto("/");
    await expect(liveMode(page)).toHaveAttribute("data-live", "push");
    await expect.poll(() => suppressedIntervals(page)).not.toEqual([]);

    const prompt = `submitted on A, watched on B ${Date.now()}`;
    const task = await imagineOn(memberApi, a.baseURL, prompt);
    created.push({ api: memberApi, id: task.id });
    const tile = tileFor(page, prompt);
    await expect(tile).toBeVisible();
    // Progress between 1 and 99 %, seen before the task succeeds.
    await expect(tile.getByRole("progressbar").first()).toHaveAttribute("aria-valuenow", /^[1-9]\d?$/);
    await expect(tile).toHaveAttribute("data-status", "succeeded", { timeout: 45_000 });
    expect((await liveLog(page)).filter((entry) => entry === "message").length).toBeGreaterThan(1);

    await waitAllStored(memberApi, b.baseURL, [task.id]);
    const detail = await page.request.get(`/api/tasks/${task.id}`);
    const { image, thumbnail } = (await detail.json()) as {
      image: { url: string };
      thumbnail: { url: string };
    };
    const objects = await bucket.objects();
    for (const ref of [image, thumbnail]) {
      const served = await page.request.get(ref.url);
      expect(served.status()).toBe(200);
      const bytes = await served.body();
      expect(
        objects.some((o) => o.bytes.equals(bytes)),
        `${ref.url} is served from an object in the bucket (${objects.length} objects)`,
      ).toBe(true);
    }
    await expect(tile.locator("img").first()).toBeVisible();
    // Nothing on local disk: the bucket is the only image store of both instances.
    expect(a.imageFiles()).toEqual([]);
    expect(b.imageFiles()).toEqual([]);
  });

  test("the upstream is read by one tracker (A's), not by both instances", async () => {
    const { a, b, admin, relayA, relayB } = cluster;
    expect(await runsTracker(admin, a.baseURL)).toBe(true);
    expect(await runsTracker(admin, b.baseURL)).toBe(false);

    const beforeA = relayA.counts();
    const beforeB = relayB.counts();
    const startedAt = Date.now();
    const tasks = await Promise.all([
      imagineOn(memberApi, a.baseURL, "counted reads, submitted on A #1"),
      imagineOn(memberApi, a.baseURL, "counted reads, submitted on A #2"),
      imagineOn(memberApi, b.baseURL, "counted reads, submitted on B #1"),
      imagineOn(memberApi, b.baseURL, "counted reads, submitted on B #2"),
    ]);
    for (const t of tasks) created.push({ api: memberApi, id: t.id });
    await waitAllStored(
      memberApi,
      b.baseURL,
      tasks.map((t) => t.id),
    );
    const elapsedMs = Date.now() - startedAt;
    const afterA = relayA.counts();
    const afterB = relayB.counts();

    // Each instance sends the submits it receives…
    expect(afterA.submits - beforeA.submits).toBe(2);
    expect(afterB.submits - beforeB.submits).toBe(2);
    // …but only the leader reads, and everything the upstream was asked came through the two relays.
    const readsA = readsBetween(beforeA, afterA);
    expect(readsA).toBeGreaterThan(0);
    expect(readsBetween(beforeB, afterB)).toBe(0);
    // The simulator's own counters agree with the relays' (polled: a read may still be on its way).
    const zero = { lists: 0, fetches: 0, submits: 0 };
    await expect
      .poll(async () => simReads(await cluster.simStats()))
      .toBe(readsBetween(zero, relayA.counts()) + readsBetween(zero, relayB.counts()));
    // One tracker's pace: at most one batched pass per tracker interval, every task read in that one call.
    const lists = afterA.lists - beforeA.lists;
    expect(lists).toBeGreaterThan(0);
    expect(lists).toBeLessThanOrEqual(Math.ceil(elapsedMs / TRACKER_INTERVAL_MS) + 1);
    test.info().annotations.push({
      type: "upstream reads",
      description: `A ${readsA} (${lists} batched), B 0, over ${elapsedMs} ms for 4 tasks`,
    });
  });

  test("one task left: simultaneous submits through A and B accept exactly one", async () => {
    const { a, b, admin } = cluster;
    // Three members race at once, each with one task left, each sending one submit to A and one to B.
    const racers = await Promise.all(
      ["Ria Racer", "Rex Racer", "Roo Racer"].map(async (name) => {
        const racer = await createMember(admin, name, { dailyLimit: 1 });
        const api = await apiAs(racer, b.baseURL);
        disposables.push(api);
        return api;
      }),
    );
    const answers = await Promise.all(
      racers.map((api, i) =>
        Promise.all([
          submitOn(api, a.baseURL, `race ${i} via A`),
          submitOn(api, b.baseURL, `race ${i} via B`),
        ]),
      ),
    );
    for (const [i, pair] of answers.entries()) {
      const statuses = pair.map((res) => res.status()).sort();
      expect(statuses, `racer ${i}`).toEqual([201, 429]);
      const refused = pair.find((res) => res.status() === 429)!;
      const error = await errorOf(refused);
      expect(error.code).toBe("daily_limit_reached");
      expect(error.details).toMatchObject({ used: 1, limit: 1 });
      const accepted = pair.find((res) => res.status() === 201)!;
      created.push({ api: racers[i]!, id: ((await accepted.json()) as { id: string }).id });
    }
  });

  test("a sign-in lockout earned on A holds on B", async () => {
    const { a, b, admin } = cluster;
    const target = await createMember(admin, "Gus Guessed");
    const bystander = await createMember(admin, "Bo Bystander");
    const onA = await signedOutApi(a.baseURL);
    const onB = await signedOutApi(b.baseURL);
    disposables.push(onA, onB);
    // Wrong passwords on A until A itself makes the account wait.
    let status = 0;
    for (let i = 0; i < 8 && status !== 429; i += 1)
      status = (await signInAttempt(onA, a.baseURL, target, `wrong-${i}`)).status();
    expect(status).toBe(429);

    // B has seen none of those attempts, yet the right password waits there too.
    const waiting = await signInAttempt(onB, b.baseURL, target, target.password);
    expect(waiting.status()).toBe(429);
    expect(Number(waiting.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    expect((await errorOf(waiting)).code).toBe("rate_limited");
    // Only that account: B signs anyone else in as usual.
    expect((await signInAttempt(onB, b.baseURL, bystander, bystander.password)).status()).toBe(200);
  });

  test("upstream settings an admin saves on A are in force on B at once (no restart)", async () => {
    const { a, b, admin } = cluster;
    const modeOn = async (base: string) => {
      const res = await admin.get(`${base}/api/admin/settings`);
      expect(res.status(), await res.text()).toBe(200);
      return ((await res.json()) as { mode: { value: string } }).mode.value;
    };
    expect(await modeOn(b.baseURL)).toBe("none");
    const save = async (mode: string | null) => {
      const res = await admin.patch(`${a.baseURL}/api/admin/settings`, {
        data: { mode },
        headers: { Origin: a.baseURL },
      });
      expect(res.status(), await res.text()).toBe(200);
    };
    await save("relax");
    // B read its settings at start; only the change travelling over the database can tell it.
    await expect.poll(() => modeOn(b.baseURL), { timeout: 5_000, intervals: [100, 250] }).toBe("relax");
    await save(null);
    await expect.poll(() => modeOn(b.baseURL), { timeout: 5_000, intervals: [100, 250] }).toBe("none");
  });

  test("callbacks received by B (not the leader) finish its tasks there, and the leader stops reading them", async () => {
    const { b, relayA, relayB } = cluster;
    // Let everything earlier settle, so the leader's reads below are for this spec's tasks only.
    for (const { api, id } of created) await waitAllStored(api, b.baseURL, [id], 60_000);
    // The first task of B's tells the leader that the upstream calls back (B applies callbacks and says so)…
    const first = await imagineOn(memberApi, b.baseURL, "called back to B, first");
    created.push({ api: memberApi, id: first.id });
    await waitAllStored(memberApi, b.baseURL, [first.id]);
    // …so for the next one the leader leaves it to the callbacks: a job of 8 s, read by nobody, still finishes.
    const beforeA = relayA.counts();
    const beforeB = relayB.counts();
    const second = await imagineOn(memberApi, b.baseURL, "called back to B, second");
    created.push({ api: memberApi, id: second.id });
    await waitAllStored(memberApi, b.baseURL, [second.id]);
    const readsA = readsBetween(beforeA, relayA.counts());
    // Without callbacks the leader reads a job this long 3–5 times (progress-paced); with them at most once.
    expect(readsA).toBeLessThanOrEqual(1);
    expect(readsBetween(beforeB, relayB.counts())).toBe(0);
    test.info().annotations.push({ type: "leader reads of a called-back task", description: String(readsA) });
  });

  test("killing A hands the tracker to B, and every task still finishes", async () => {
    const { a, b, admin, relayB } = cluster;
    const inFlight = await Promise.all([
      imagineOn(memberApi, a.baseURL, "in flight when A dies, submitted on A"),
      imagineOn(memberApi, b.baseURL, "in flight when A dies, submitted on B"),
    ]);
    for (const t of inFlight) created.push({ api: memberApi, id: t.id });
    await waitAllInFlight(
      memberApi,
      b.baseURL,
      inFlight.map((t) => t.id),
    );
    const beforeB = relayB.counts();
    a.kill();
    const killedAt = Date.now();

    // B takes the tracker over within seconds (A's lock went with its database connection).
    await expect.poll(() => runsTracker(admin, b.baseURL), { timeout: 20_000, intervals: [500] }).toBe(true);
    test.info().annotations.push({
      type: "takeover",
      description: `B leads ${Date.now() - killedAt} ms after the kill`,
    });
    // 90 s: a task that finished on A just before the kill, its image not yet stored, waits out the new leader's
    // 60 s grace for the instance that may still be storing it (tracker/missing-images.ts).
    for (const { api, id } of created) await waitAllStored(api, b.baseURL, [id], 90_000);
    expect(readsBetween(beforeB, relayB.counts())).toBeGreaterThan(0);
    expect(b.imageFiles()).toEqual([]);
  });
});
