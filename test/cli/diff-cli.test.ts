/**
 * `wfc diff` as a user drives it, in-process through `main(["diff", …], io)`: exit codes under
 * `--fail-on` and `--max-usd-increase`, the JSON form's stable field names, `--git REV` against a
 * real temporary repository, and usage errors (exit 2, one clear line, no stack trace).
 * The plans are the compiled pairs of the diff corpus in test/golden/diff.
 */

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

const root = resolve(__dirname, "../..");
const corpus = "test/golden/diff";
const pair = (name: string) => [`${corpus}/${name}.before.wf.js`, `${corpus}/${name}.after.wf.js`];

function io(cwd = root): Io & { out: string; err: string } {
  const o = {
    out: "",
    err: "",
    cwd,
    env: { NO_COLOR: "1" } as Record<string, string | undefined>,
    isTTY: false,
    stdout: (t: string) => void (o.out += t),
    stderr: (t: string) => void (o.err += t),
  };
  return o;
}

async function run(argv: string[], cwd = root): Promise<{ code: number; out: string; err: string }> {
  const o = io(cwd);
  const code = await main(["diff", ...argv], o);
  return { code, out: o.out, err: o.err };
}

const noStack = /\n\s+at /;

describe("wfc diff: exit codes", () => {
  it("exits 0 and says so when nothing changed", async () => {
    const r = await run(pair("empty-reformatted"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("no changes");
    expect(r.err).toBe("");
  });

  it("exits 0 on risks unless --fail-on names them", async () => {
    const plain = await run(pair("model-upgraded"));
    expect(plain.code).toBe(0);
    expect(plain.out).toContain("! model-upgraded:");

    const other = await run([...pair("model-upgraded"), "--fail-on", "gate-removed,fan-out-widened"]);
    expect(other.code).toBe(0);
    expect(other.err).toBe("");

    const named = await run([...pair("model-upgraded"), "--fail-on", "gate-removed, model-upgraded"]);
    expect(named.code).toBe(1);
    expect(named.err).toContain("wfc diff: risk `model-upgraded` in `parallel:reviews/agent:review`");
    // The diff is still printed: the reviewer needs it most when the check fails.
    expect(named.out).toContain("model: `haiku` -> `opus`");

    expect((await run([...pair("gate-weakened"), "--fail-on", "all"])).code).toBe(1);
    expect((await run([...pair("empty-comments-added"), "--fail-on", "all"])).code).toBe(0);
  });

  it("fails on every named class present, one line each", async () => {
    const r = await run([...pair("verification-removed"), "--fail-on", "gate-removed,verification-removed"]);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split("\n");
    expect(lines).toHaveLength(2);
    // Only the summary newly skips a gate: the reviewers already reached the answer ungated, through
    // `reviewed: done.length` in the returned object.
    expect(lines[0]).toMatch(/^wfc diff: risk `verification-removed` in `agent:summarise`: /);
    expect(lines[1]).toMatch(/^wfc diff: risk `gate-removed` in `gate:report-complete`: /);
  });

  it("--max-usd-increase compares the rise of the worst-case cost in dollars", async () => {
    // model-upgraded: $0.65 -> $2.54 worst case.
    expect((await run([...pair("model-upgraded"), "--max-usd-increase", "5"])).code).toBe(0);
    const over = await run([...pair("model-upgraded"), "--max-usd-increase", "1"]);
    expect(over.code).toBe(1);
    expect(over.err).toMatch(/wfc diff: worst-case cost rises by \$1\.\d\d \(\$0\.65 -> \$2\.54\), above the allowed \$1\.00/);
    // A cheaper plan passes any limit, even zero.
    expect((await run([...pair("model-downgraded-summary"), "--max-usd-increase", "0"])).code).toBe(0);
    // Both checks together: either one failing fails the run, and both reasons are given.
    const both = await run([...pair("schema-maxitems-raised"), "--max-usd-increase", "0.1", "--fail-on", "fan-out-widened"]);
    expect(both.code).toBe(1);
    expect(both.err.trim().split("\n").map((l) => l.slice(0, 30))).toEqual(["wfc diff: risk `fan-out-widene", "wfc diff: worst-case cost rise"]);
  });
});

describe("wfc diff --format", () => {
  it("json: stable top-level and nested field names", async () => {
    const r = await run([...pair("schema-maxitems-raised"), "--format", "json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, any>;
    expect(Object.keys(j)).toEqual(["version", "empty", "before", "after", "plan", "bounds", "stages", "edges", "risks", "region"]);
    expect(j.version).toBe(1);
    expect(j.empty).toBe(false);
    expect(Object.keys(j.before).sort()).toEqual(["hash", "name", "path"]);
    expect(j.before.path).toBe(`${corpus}/schema-maxitems-raised.before.wf.js`);
    expect(j.bounds.map((b: any) => b.quantity)).toEqual(["agents", "inputTokens", "outputTokens", "usd", "latencyMs", "peakConcurrency"]);
    for (const b of j.bounds) expect(Object.keys(b).sort()).toEqual(["after", "before", "delta", "percent", "quantity"]);
    expect(Object.keys(j.stages).sort()).toEqual(["added", "changed", "removed"]);
    const plan = j.stages.changed.find((s: any) => s.id === "agent:plan");
    expect(Object.keys(plan).sort()).toEqual(["fields", "id", "kind", "label", "prompt", "schema", "total"]);
    expect(plan.schema).toEqual([{ path: "questions", change: "keyword", keyword: "maxItems", before: 5, after: 12, loosens: true }]);
    expect(Object.keys(plan.prompt).sort()).toEqual(["after", "before", "parts"]);
    expect(j.risks.map((x: any) => x.class)).toEqual(["schema-loosened", "fan-out-widened"]);
    for (const risk of j.risks) expect(Object.keys(risk)).toEqual(["class", "explanation", "stages", "details"]);
    expect(j.risks[1].stages).toEqual(["parallel:answers"]);
    expect(Object.keys(j.region).sort()).toEqual(["edges", "nodes", "omitted"]);
  });

  it("json: an empty diff says `empty: true` and lists nothing", async () => {
    const j = JSON.parse((await run([...pair("empty-helper-moved"), "-f", "json"])).out) as Record<string, any>;
    expect(j.empty).toBe(true);
    expect(j.stages).toEqual({ added: [], removed: [], changed: [] });
    expect(j.risks).toEqual([]);
    expect(j.bounds.every((b: any) => b.delta === 0)).toBe(true);
  });

  it("markdown: a pull-request comment with the verdict first", async () => {
    const r = await run([...pair("gate-removed"), "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe(`### wfc diff: \`review-pr\` (\`${corpus}/gate-removed.before.wf.js\` → \`${corpus}/gate-removed.after.wf.js\`)`);
    expect(r.out).toContain("**1 risk:** `gate-removed`.");
    expect(r.out).toContain("```mermaid");
  });
});

describe("wfc diff FILE --git REV", () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync("git", ["-c", "user.name=wfc test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", ...args], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });

  function repoWithPlan(): string {
    const dir = mkdtempSync(join(tmpdir(), "wfc-diff-git-"));
    git(dir, "init", "-q");
    execFileSync("mkdir", ["-p", join(dir, "plans")]);
    writeFileSync(join(dir, "plans", "review.wf.js"), readFileSync(join(root, corpus, "model-upgraded.before.wf.js"), "utf8"));
    git(dir, "add", "plans/review.wf.js");
    git(dir, "commit", "-q", "-m", "plan");
    return dir;
  }

  it("compares the working file with its committed version", async () => {
    const dir = repoWithPlan();
    const same = await run(["plans/review.wf.js", "--git", "HEAD"], dir);
    expect(same.code).toBe(0);
    expect(same.out).toContain("no changes");

    writeFileSync(join(dir, "plans", "review.wf.js"), readFileSync(join(root, corpus, "model-upgraded.after.wf.js"), "utf8"));
    const changed = await run(["plans/review.wf.js", "--git", "HEAD", "--fail-on", "model-upgraded"], dir);
    expect(changed.code).toBe(1);
    expect(changed.out.split("\n")[0]).toBe("plan `review-pr` (plans/review.wf.js@HEAD -> plans/review.wf.js)");
    expect(changed.out).toContain("model: `haiku` -> `opus`");
    expect(changed.err).toContain("risk `model-upgraded`");

    // From a subdirectory too: the path is resolved against the repository's top level.
    const sub = await run(["review.wf.js", "--git", "HEAD", "--format", "json"], join(dir, "plans"));
    expect(sub.code).toBe(0);
    expect(JSON.parse(sub.out).risks.map((r: { class: string }) => r.class)).toEqual(["model-upgraded"]);
  });

  it("exits 2 with git's reason when the revision or the file is unknown", async () => {
    const dir = repoWithPlan();
    const badRev = await run(["plans/review.wf.js", "--git", "no-such-rev"], dir);
    expect(badRev.code).toBe(2);
    expect(badRev.err).toMatch(/^wfc diff: cannot read `plans\/review.wf.js` at `no-such-rev`: .+/);
    expect(badRev.err).not.toMatch(noStack);

    writeFileSync(join(dir, "plans", "new.wf.js"), readFileSync(join(root, corpus, "model-upgraded.before.wf.js"), "utf8"));
    const untracked = await run(["plans/new.wf.js", "--git", "HEAD"], dir);
    expect(untracked.code).toBe(2);
    expect(untracked.err).toContain("cannot read `plans/new.wf.js` at `HEAD`");

    const outside = mkdtempSync(join(tmpdir(), "wfc-diff-nogit-"));
    writeFileSync(join(outside, "p.wf.js"), readFileSync(join(root, corpus, "model-upgraded.before.wf.js"), "utf8"));
    const noRepo = await run(["p.wf.js", "--git", "HEAD"], outside);
    expect(noRepo.code).toBe(2);
    expect(noRepo.err).toContain("cannot read `p.wf.js` at `HEAD`");
    expect(noRepo.err).not.toMatch(noStack);
  });
});

describe("wfc diff: usage errors exit 2 with one clear message", () => {
  const cases: [string, string[], RegExp][] = [
    ["no files", [], /give two plan files: `wfc diff OLD NEW`, or one with `--git REV`/],
    ["one file without --git", [pair("gate-removed")[0]!], /give two plan files/],
    ["three files", [...pair("gate-removed"), pair("gate-weakened")[0]!], /give two plan files/],
    ["two files with --git", [...pair("gate-removed"), "--git", "HEAD"], /with `--git REV`, give exactly one plan file/],
    ["a missing file", [`${corpus}/nope.wf.js`, pair("gate-removed")[1]!], /no such file: `test\/golden\/diff\/nope\.wf\.js`/],
    ["an unknown format", [...pair("gate-removed"), "--format", "html"], /`--format` must be one of text, markdown, json \(got `html`\)/],
    ["a misspelt risk class", [...pair("gate-removed"), "--fail-on", "gate-remvoed"], /unknown risk class `gate-remvoed`; did you mean `gate-removed`\?/],
    ["a negative cost limit", [...pair("gate-removed"), "--max-usd-increase=-1"], /`--max-usd-increase` must be a number ≥ 0 \(got `-1`\)/],
    ["a cost limit that is not a number", [...pair("gate-removed"), "--max-usd-increase", "ten"], /`--max-usd-increase` must be a number/],
    // Only the start: src/cli/args.ts currently keeps the tail of node's message after the name.
    ["an unknown option", [...pair("gate-removed"), "--fail-if", "all"], /unknown option `--fail-if/],
    ["a flag without its value", [...pair("gate-removed"), "--git"], /option `--git.*` needs a value/],
  ];
  for (const [what, argv, message] of cases)
    it(what, async () => {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).toContain("run `wfc diff --help` for usage");
      expect(r.err).not.toMatch(noStack);
    });

  it("a plan with errors is reported with its position and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wfc-diff-bad-"));
    writeFileSync(join(dir, "old.wf.js"), readFileSync(join(root, corpus, "gate-removed.before.wf.js"), "utf8"));
    writeFileSync(join(dir, "new.wf.js"), "export const meta = { name: 'x', description: 'd' }\nconst r = await agent(`hi`, { label: 'a' }\nreturn r\n");
    const r = await run(["old.wf.js", "new.wf.js"], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/new\.wf\.js:\d+:\d+/);
    expect(r.err).toContain("`new.wf.js` has errors; `wfc diff` compares plans that check clean");
    expect(r.err).not.toMatch(noStack);
  });
});
