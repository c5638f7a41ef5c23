/**
 * The end-to-end crash campaign behind `crash.test.ts` and `bench/crash.bench.mjs`: the real CLI
 * (`node bin/wfc.mjs run`) against a real local Messages-API server, SIGKILLed at seeded random points
 * and resumed with `--resume RUN_ID` until the run finishes, over and over. Everything it checks comes
 * from outside the process under test: the requests the server received, and the journal file.
 *
 * Why a separate module: the benchmark runs the same campaign with many more cycles, so the checks
 * are collected as data (`Violations`) instead of `expect` calls; the test asserts they are empty.
 *
 * How a request is matched to a journal row: every prompt of the fixture plan opens with `[tag role-i]`,
 * and the server copies that tag into the answer's `tag` field, so a recorded result names its request.
 * The answer depends only on the request body (the simulator's generator seeded by the prompt), never
 * on arrival order, so a resumed run must end with exactly the answer of an uninterrupted one.
 */

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

import { openJournal } from "../../runtime/journal/journal.js";
import type { InFlightCall, RecordedResult, RunRecord } from "../../runtime/journal/types.js";
import { createRng, generateValue, hashString } from "../../runtime/providers/sim-value.js";
import { type Behaviour, type MessagesServer, type RecordedRequest, startMessagesServer } from "../support/messages-server.js";

export const PLAN = "test/durability/fixtures/crash-plan.wf.js";
export const ARGS = "test/durability/fixtures/crash-args.json";

// ── the CLI as a child process ──────────────────────────────────────────────────────────────────────

export interface WfcExit {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface WfcChild {
  proc: ChildProcess;
  done: Promise<WfcExit>;
}

/** `node bin/wfc.mjs ...argv` with the Messages server as the API. */
export function spawnWfc(root: string, argv: string[], options: { cwd: string; apiUrl?: string }): WfcChild {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: "dumb", NO_COLOR: "1" };
  if (options.apiUrl) {
    env["ANTHROPIC_API_KEY"] = "sk-ant-test-crash";
    env["ANTHROPIC_BASE_URL"] = options.apiUrl;
  } else delete env["ANTHROPIC_API_KEY"];
  const proc = spawn(process.execPath, [path.join(root, "bin/wfc.mjs"), ...argv], { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  proc.stdout?.on("data", (c: Buffer) => (stdout += c.toString()));
  proc.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<WfcExit>((resolve, reject) => {
    proc.once("error", reject);
    // "close", not "exit": both pipes are drained by then.
    proc.once("close", (code, signal) => resolve({ pid: proc.pid ?? -1, code, signal, stdout, stderr }));
  });
  return { proc, done };
}

/** A short CLI command (`wfc runs`, `wfc check`), run to completion. */
export function wfcSync(root: string, argv: string[], cwd: string): WfcExit {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: "dumb", NO_COLOR: "1" };
  delete env["ANTHROPIC_API_KEY"];
  const r = spawnSync(process.execPath, [path.join(root, "bin/wfc.mjs"), ...argv], { cwd, env, encoding: "utf8" });
  return { pid: r.pid, code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

export function runArgv(root: string, journal: string, resume?: string): string[] {
  return ["run", path.join(root, PLAN), "--args", `@${path.join(root, ARGS)}`, "--journal", journal, ...(resume ? ["--resume", resume] : [])];
}

/** The run id from the CLI's `wfc run: run <id> (journal …)` line. */
export function runIdOf(stderr: string): string | undefined {
  return /^wfc run: run (\S+) \(journal /m.exec(stderr)?.[1];
}

// ── the deterministic server ────────────────────────────────────────────────────────────────────────

export function tagOf(request: RecordedRequest): string | undefined {
  const body = request.body as { messages?: unknown } | undefined;
  return /\[tag ([a-z]+-\d+)\]/.exec(JSON.stringify(body?.messages ?? null))?.[1];
}

/**
 * The answer to a request, a function of its body alone: a schema-conforming value from the simulator's
 * generator seeded by the messages, with `tag` set to the prompt's tag; and a delay of 2–20 ms, also
 * from the body, so runs take a while and calls finish out of order.
 */
export function answerFor(request: RecordedRequest): Behaviour {
  const body = (request.body ?? {}) as { messages?: unknown; output_config?: { format?: { schema?: unknown } } };
  const text = JSON.stringify(body.messages ?? null);
  const delayMs = 2 + (hashString(text, 7) % 19);
  const schema = body.output_config?.format?.schema;
  const tag = tagOf(request);
  if (!tag || schema === null || typeof schema !== "object") return { kind: "ok", delayMs };
  const generated = generateValue(schema as Record<string, unknown>, { label: "crash", rng: createRng("crash-server", text), verdictTrueProbability: 0.8 });
  return { kind: "ok", value: { ...(generated as Record<string, unknown>), tag }, delayMs };
}

export interface CrashServer {
  server: MessagesServer;
  /** Called for every request before it is answered (the campaign's kill switch). */
  onRequest: ((request: RecordedRequest) => void) | undefined;
  /** While set, requests are held this long (the lock test keeps a run busy with it). */
  holdMs: number;
}

export async function startCrashServer(): Promise<CrashServer> {
  const server = await startMessagesServer();
  const state: CrashServer = { server, onRequest: undefined, holdMs: 0 };
  server.setBehaviour((request) => {
    state.onRequest?.(request);
    const answer = answerFor(request);
    return state.holdMs > 0 ? { ...answer, delayMs: state.holdMs } : answer;
  });
  return state;
}

/** Waits until the server has no open request (a killed client's sockets have been closed). */
export async function settle(server: MessagesServer, limitMs = 3000): Promise<void> {
  const until = Date.now() + limitMs;
  while (server.inFlight > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 10));
}

// ── the campaign ────────────────────────────────────────────────────────────────────────────────────

export interface CampaignOptions {
  /** The repository root: `bin/wfc.mjs` and the fixtures are found from here. */
  root: string;
  /** Keep starting runs until at least this many kills happened in all. */
  cycles: number;
  seed: number;
  /** A cycle is killed when the server receives its k-th request, k uniform in 1..maxKillAfter. Default 110. */
  maxKillAfter?: number;
  /** Share of resumes killed at a random time after the spawn instead of at a request. Default 0.15. */
  timedKills?: number;
  /** Where the journal goes (a fresh temporary directory by default; removed afterwards unless given). */
  dir?: string;
  log?: (line: string) => void;
}

/** Each list names what broke the property, in words; an empty list is a pass. */
export interface Violations {
  /** (a) a result recorded before a kill is missing or changed later, or a key is recorded twice. */
  lostOrDuplicated: string[];
  /** (b) the API was asked for a call whose result was already recorded when the call started. */
  paidTwice: string[];
  /** (c) a call re-executed after a crash that was not in flight at the kill, or sent without a marker. */
  beyondInFlight: string[];
  /** (d) the final answer or a recorded value differs from the uninterrupted run's. */
  answerDiffers: string[];
  /** History: `wfc runs` status, resume counts, replay totals, exit codes. */
  history: string[];
}

export interface CycleRecord {
  /** Where the kill was aimed: `request 35`, `request 35 +6ms`, or `+800ms` after the spawn. */
  killAt: string;
  /** The process took the run's lease (printed its run line) before it died or finished. */
  leased: boolean;
  killed: boolean;
  requests: number;
  /** Requests for calls some earlier cycle of the run had already sent. */
  reexecuted: number;
  /** |journal.inFlight()| after this cycle's kill (0 for the finishing cycle). */
  inFlightAtKill: number;
  resultsAfter: number;
}

export interface RunTrace {
  runId: string;
  cycles: CycleRecord[];
}

export interface CampaignReport {
  runs: RunTrace[];
  /** Kills, each followed by a resume. */
  cycles: number;
  requests: number;
  agentsPerRun: number;
  /** Calls sent again after a crash (each one had been in flight at a kill). */
  reexecutions: number;
  /** Σ over resumes of |inFlight()| at the kill before it: the most that could have been re-executed. */
  inFlightBound: number;
  maxInFlightAtKill: number;
  violations: Violations;
  ms: number;
}

interface Snapshot {
  run: RunRecord;
  results: Map<string, RecordedResult>;
  inFlight: InFlightCall[];
  effectiveStatus: string | undefined;
  duplicateKeys: string[];
}

function snapshot(journalPath: string, runId: string): Snapshot {
  const opened = openJournal(journalPath, { readonly: true });
  if (!opened.ok) throw new Error(`the journal cannot be opened after a kill: ${opened.error.message}`);
  const j = opened.journal;
  try {
    const run = j.getRun(runId);
    if (!run.ok) throw new Error(`run ${runId} is missing from the journal: ${run.error.message}`);
    const list = j.resultsFor(runId);
    const results = new Map<string, RecordedResult>();
    const duplicateKeys: string[] = [];
    for (const r of list) {
      if (results.has(r.key)) duplicateKeys.push(r.key);
      results.set(r.key, r);
    }
    const effectiveStatus = j.listRuns().find((s) => s.runId === runId)?.status;
    return { run: run.value, results, inFlight: j.inFlight(runId), effectiveStatus, duplicateKeys };
  } finally {
    j.close();
  }
}

const tagOfValue = (r: RecordedResult): string | undefined => {
  const v = r.value as { tag?: unknown } | null;
  return v && typeof v.tag === "string" ? v.tag : undefined;
};

const same = (a: RecordedResult, b: RecordedResult): boolean =>
  JSON.stringify([a.value, a.usage, a.recordedAt, a.stageId, a.index]) === JSON.stringify([b.value, b.usage, b.recordedAt, b.stageId, b.index]);

function expectedTags(root: string): Set<string> {
  const args = JSON.parse(fs.readFileSync(path.join(root, ARGS), "utf8")) as { items: unknown[]; docs: unknown[] };
  const tags = new Set<string>(["summary-0"]);
  args.items.forEach((_, i) => tags.add(`review-${i}`));
  args.docs.forEach((_, i) => (tags.add(`draft-${i}`), tags.add(`polish-${i}`)));
  return tags;
}

export async function runCrashCampaign(options: CampaignOptions): Promise<CampaignReport> {
  const t0 = Date.now();
  const { root } = options;
  const log = options.log ?? (() => {});
  const maxKillAfter = options.maxKillAfter ?? 110;
  const timedKills = options.timedKills ?? 0.15;
  const rng = createRng("crash-campaign", options.seed);
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "wfc-crash-"));
  const journalPath = path.join(dir, "j.db");
  const crash = await startCrashServer();
  const { server } = crash;
  const v: Violations = { lostOrDuplicated: [], paidTwice: [], beyondInFlight: [], answerDiffers: [], history: [] };
  const tags = expectedTags(root);
  const runs: RunTrace[] = [];
  let kills = 0;

  try {
    // The reference: the same plan, args and server, never interrupted.
    const ref = await spawnWfc(root, runArgv(root, journalPath), { cwd: dir, apiUrl: server.url }).done;
    const refId = runIdOf(ref.stderr);
    if (ref.code !== 0 || !refId) throw new Error(`the uninterrupted reference run failed (exit ${ref.code}):\n${ref.stderr.slice(-2000)}`);
    await settle(server);
    const refSnap = snapshot(journalPath, refId);
    const refAnswer = JSON.stringify(JSON.parse(ref.stdout));
    if (refSnap.results.size !== tags.size) throw new Error(`the reference run recorded ${refSnap.results.size} results, expected ${tags.size}`);
    const refValues = new Map([...refSnap.results].map(([k, r]) => [k, JSON.stringify(r.value)]));

    while (kills < options.cycles) {
      let runId: string | undefined;
      const trace: CycleRecord[] = [];
      const snaps: Snapshot[] = [];
      const requested: string[][] = []; // tags per cycle
      const leased: boolean[] = [];
      for (let cycle = 0; ; cycle++) {
        if (cycle > 300) throw new Error(`run ${runId} made no progress in 300 cycles`);
        // Mostly at the k-th request (now, or up to 15 ms later, while answers are being recorded);
        // on some resumes at a time instead, which can land in startup, WAL recovery or replay.
        const killAfter = 1 + Math.floor(rng() * maxKillAfter);
        const killDelay = rng() < 0.5 ? 0 : Math.floor(rng() * 15);
        const killAtMs = runId !== undefined && rng() < timedKills ? 300 + Math.floor(rng() * 1200) : undefined;
        const before = server.requests.length;
        const child = spawnWfc(root, runArgv(root, journalPath, runId), { cwd: dir, apiUrl: server.url });
        const kill = () => void (child.proc.exitCode === null && child.proc.signalCode === null && child.proc.kill("SIGKILL"));
        let seen = 0;
        const timer = killAtMs === undefined ? undefined : setTimeout(kill, killAtMs);
        crash.onRequest = () => {
          if (killAtMs !== undefined || ++seen !== killAfter) return;
          if (killDelay === 0) kill();
          else setTimeout(kill, killDelay);
        };
        const exit = await child.done;
        clearTimeout(timer);
        crash.onRequest = undefined;
        await settle(server);
        const cycleTags = server.requests.slice(before).map((r) => tagOf(r) ?? `untagged#${r.n}`);
        requested.push(cycleTags);
        leased.push(runIdOf(exit.stderr) !== undefined);
        runId ??= runIdOf(exit.stderr) ?? newestRun(root, dir, journalPath, runs.map((r) => r.runId).concat(refId));
        if (!runId) throw new Error(`no run id: the first cycle printed no run line and \`wfc runs\` lists no new run:\n${exit.stderr.slice(-2000)}`);
        const snap = snapshot(journalPath, runId);
        snaps.push(snap);
        const killed = exit.signal === "SIGKILL";
        if (!killed && exit.code !== 0) throw new Error(`cycle ${cycle} of run ${runId} exited ${exit.code}:\n${exit.stderr.slice(-2000)}`);
        const earlier = new Set(requested.slice(0, -1).flat());
        trace.push({
          leased: leased[leased.length - 1]!,
          killAt: killAtMs === undefined ? `request ${killAfter}${killDelay ? ` +${killDelay}ms` : ""}` : `+${killAtMs}ms`,
          killed,
          requests: cycleTags.length,
          reexecuted: cycleTags.filter((t) => earlier.has(t)).length,
          inFlightAtKill: killed ? snap.inFlight.length : 0,
          resultsAfter: snap.results.size,
        });
        if (killed) {
          kills++;
          // A kill that lands after finishRun leaves a finished run, which is fine; anything else
          // must read `interrupted` in `wfc runs`, never `running`.
          if (snap.effectiveStatus !== "interrupted" && !(snap.run.status !== "running" && snap.effectiveStatus === snap.run.status))
            v.history.push(`run ${runId} after kill ${cycle}: \`wfc runs\` status is ${snap.effectiveStatus}, expected interrupted`);
          continue;
        }
        checkRun({ runId, snaps, requested, leased, exit, refValues, refAnswer, tags, v });
        break;
      }
      runs.push({ runId: runId!, cycles: trace });
      const last = trace.length - 1;
      log(`run ${runId}: ${last} kill(s) at ${trace.slice(0, last).map((c) => c.killAt).join(", ") || "-"}; re-executed ${trace.reduce((s, c) => s + c.reexecuted, 0)}, in flight at kills ${trace.slice(0, last).map((c) => c.inFlightAtKill).join(", ") || "-"}`);
    }
    checkHistory(root, dir, journalPath, runs, v);
  } finally {
    await server.close();
    if (!options.dir) fs.rmSync(dir, { recursive: true, force: true });
  }

  const all = runs.flatMap((r) => r.cycles);
  // The bound for a resume is the in-flight set at the kill before it.
  const inFlightBound = runs.reduce((s, r) => s + r.cycles.slice(0, -1).reduce((t, c) => t + c.inFlightAtKill, 0), 0);
  return {
    runs,
    cycles: kills,
    requests: all.reduce((s, c) => s + c.requests, 0),
    agentsPerRun: tags.size,
    reexecutions: all.reduce((s, c) => s + c.reexecuted, 0),
    inFlightBound,
    maxInFlightAtKill: Math.max(0, ...all.map((c) => c.inFlightAtKill)),
    violations: v,
    ms: Date.now() - t0,
  };
}

function newestRun(root: string, cwd: string, journalPath: string, known: string[]): string | undefined {
  const r = wfcSync(root, ["runs", "--format", "json", "--journal", journalPath], cwd);
  if (r.code !== 0) return undefined;
  const list = JSON.parse(r.stdout) as { runId: string }[];
  return list.find((x) => !known.includes(x.runId))?.runId;
}

/** The four properties, over one run's cycles (every cycle but the last was killed). */
function checkRun(o: {
  runId: string;
  snaps: Snapshot[];
  requested: string[][];
  /** Per cycle: whether it printed its run line, i.e. took the lease before it died. */
  leased: boolean[];
  exit: WfcExit;
  refValues: Map<string, string>;
  refAnswer: string;
  tags: Set<string>;
  v: Violations;
}): void {
  const { runId, snaps, requested, exit, v } = o;
  const final = snaps[snaps.length - 1]!;
  const keyTag = new Map<string, string>();
  for (const [key, r] of final.results) {
    const tag = tagOfValue(r);
    if (tag === undefined) v.answerDiffers.push(`run ${runId}: result ${key} has no tag`);
    else keyTag.set(key, tag);
  }
  const tagsOf = (keys: Iterable<string>) => new Set([...keys].map((k) => keyTag.get(k) ?? `unknown-key:${k.slice(0, 12)}`));

  // (a) nothing recorded before a kill is lost or changed later; no key twice.
  snaps.forEach((s, i) => {
    for (const key of s.duplicateKeys) v.lostOrDuplicated.push(`run ${runId}, cycle ${i}: key ${key.slice(0, 12)} is recorded twice`);
    const next = snaps[i + 1];
    if (!next) return;
    for (const [key, r] of s.results) {
      const later = next.results.get(key);
      if (!later) v.lostOrDuplicated.push(`run ${runId}: result ${keyTag.get(key) ?? key} recorded before kill ${i} is gone after cycle ${i + 1}`);
      else if (!same(r, later)) v.lostOrDuplicated.push(`run ${runId}: result ${keyTag.get(key) ?? key} recorded before kill ${i} changed after cycle ${i + 1}`);
    }
  });
  if (final.results.size !== o.tags.size || keyTag.size !== new Set(keyTag.values()).size)
    v.lostOrDuplicated.push(`run ${runId}: finished with ${final.results.size} results (${new Set(keyTag.values()).size} distinct tags), expected ${o.tags.size}`);
  for (const t of o.tags) if (![...keyTag.values()].includes(t)) v.lostOrDuplicated.push(`run ${runId}: no result for ${t}`);

  // (b) no call whose result was recorded when it started reaches the API: not within a process, not
  // after a resume.
  requested.forEach((cycleTags, i) => {
    const seen = new Set<string>();
    for (const t of cycleTags) {
      if (seen.has(t)) v.paidTwice.push(`run ${runId}, cycle ${i}: ${t} was sent twice by one process`);
      seen.add(t);
    }
    if (i === 0) return;
    const recorded = tagsOf(snaps[i - 1]!.results.keys());
    for (const t of cycleTags) if (recorded.has(t)) v.paidTwice.push(`run ${runId}, cycle ${i}: ${t} was sent although its result was recorded before kill ${i - 1}`);
  });

  // (c) re-executions are within the in-flight set of the kill before; every sent call was marked.
  requested.forEach((cycleTags, i) => {
    const snap = snaps[i]!;
    if (i < snaps.length - 1) {
      const accounted = new Set([...tagsOf(snap.results.keys()), ...tagsOf(snap.inFlight.map((c) => c.key))]);
      for (const t of cycleTags) if (!accounted.has(t)) v.beyondInFlight.push(`run ${runId}, cycle ${i}: ${t} reached the API but the journal has neither its result nor an in-flight marker after the kill`);
    }
    if (i === 0) return;
    const earlier = new Set(requested.slice(0, i).flat());
    const inFlight = tagsOf(snaps[i - 1]!.inFlight.map((c) => c.key));
    for (const t of cycleTags) if (earlier.has(t) && !inFlight.has(t)) v.beyondInFlight.push(`run ${runId}, cycle ${i}: ${t} was re-executed but was not in flight at kill ${i - 1}`);
  });
  const everSent = new Set(requested.flat());
  for (const t of o.tags) if (!everSent.has(t)) v.paidTwice.push(`run ${runId}: ${t} never reached the API (replayed from another run?)`);

  // (d) the same answer and the same recorded values as the uninterrupted run.
  let answer: string | undefined;
  try {
    answer = JSON.stringify(JSON.parse(exit.stdout));
  } catch {
    v.answerDiffers.push(`run ${runId}: the final cycle printed no JSON answer: ${exit.stdout.slice(0, 200)}`);
  }
  if (answer !== undefined && answer !== o.refAnswer) v.answerDiffers.push(`run ${runId}: final answer ${answer.slice(0, 200)} differs from the uninterrupted ${o.refAnswer.slice(0, 200)}`);
  if (JSON.stringify(final.run.result) !== o.refAnswer) v.answerDiffers.push(`run ${runId}: the journal's recorded answer differs from the uninterrupted run's`);
  for (const [key, r] of final.results) {
    const ref = o.refValues.get(key);
    if (ref === undefined) v.answerDiffers.push(`run ${runId}: key of ${keyTag.get(key)} is not a key of the uninterrupted run`);
    else if (ref !== JSON.stringify(r.value)) v.answerDiffers.push(`run ${runId}: ${keyTag.get(key)} recorded a different value than in the uninterrupted run`);
  }

  // History: the final run row.
  const kills = snaps.length - 1;
  const totals = final.run.totals;
  if (final.run.status !== "completed") v.history.push(`run ${runId}: status ${final.run.status}, expected completed`);
  // A resume counts once it holds the lease; a timed kill can land before that. The run line is
  // printed just after the lease is taken, so a kill between the two may count one more.
  const resumes = o.leased.slice(1).filter(Boolean).length;
  if (final.run.resumes < resumes || final.run.resumes > kills) v.history.push(`run ${runId}: resumes ${final.run.resumes}, expected ${resumes} (at most ${kills}, one per kill)`);
  const replayable = kills > 0 ? snaps[kills - 1]!.results.size : 0;
  if (totals?.replayed !== replayable) v.history.push(`run ${runId}: the finishing cycle replayed ${totals?.replayed}, but ${replayable} results were recorded before it`);
}

/** `wfc runs` and `wfc runs show` agree with what happened. */
function checkHistory(root: string, cwd: string, journalPath: string, runs: RunTrace[], v: Violations): void {
  const list = wfcSync(root, ["runs", "--format", "json", "--journal", journalPath, "--limit", "1000"], cwd);
  if (list.code !== 0) {
    v.history.push(`wfc runs exited ${list.code}: ${list.stderr}`);
    return;
  }
  const rows = JSON.parse(list.stdout) as { runId: string; status: string }[];
  for (const r of runs) {
    const row = rows.find((x) => x.runId === r.runId);
    if (row?.status !== "completed") v.history.push(`wfc runs: ${r.runId} is ${row?.status ?? "missing"}, expected completed`);
  }
  const last = runs[runs.length - 1];
  if (!last) return;
  const show = wfcSync(root, ["runs", "show", last.runId, "--format", "json", "--journal", journalPath], cwd);
  const shown = show.code === 0 ? (JSON.parse(show.stdout) as { resumes: number; status: string }) : undefined;
  const resumes = last.cycles.slice(1).filter((c) => c.leased).length;
  if (shown === undefined || shown.resumes < resumes || shown.resumes > last.cycles.length - 1 || shown.status !== "completed")
    v.history.push(`wfc runs show ${last.runId}: ${show.code === 0 ? `resumes ${shown?.resumes}, status ${shown?.status}` : show.stderr}; expected resumes ${resumes}, completed`);
}
