/**
 * bin/wfc.mjs, the `wfc` that `npm install` puts on PATH, is a POSIX sh script and an ES module in one
 * file. Run directly, it starts node from the V8 start-up snapshot (dist/wfc.blob) when that snapshot
 * fits the node on PATH; run with node (`node bin/wfc.mjs`, or when the snapshot does not fit), it
 * loads the plain bundle. Both must be the same wfc: same output, same exit codes, same files; the
 * snapshot must read cwd, env and packages (SQLite, the SDK, elkjs) when it runs, not when it was
 * built.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startMessagesServer, type MessagesServer } from "../support/messages-server.js";

const root = resolve(__dirname, "../..");
const bin = join(root, "bin/wfc.mjs");
const STARTED = "started from the start-up snapshot";

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", TERM: "dumb" };
  delete e["ANTHROPIC_API_KEY"];
  delete e["NODE_OPTIONS"]; // vitest's workers may set it; a user's shell usually does not
  Object.assign(e, extra);
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete e[k];
  return e;
}

interface Options {
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/** Runs `file` as the shell runs it (the launcher), or with `node file` when `withNode`. */
function spawnWfc(file: string, argv: string[], withNode: boolean, options: Options): Result {
  const [cmd, args] = withNode ? [process.execPath, [file, ...argv]] : [file, argv];
  const r = spawnSync(cmd, args, { cwd: options.cwd ?? root, env: env(options.env), encoding: "utf8" });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const direct = (file: string, argv: string[], options: Options = {}) => spawnWfc(file, argv, false, options);
const withNode = (file: string, argv: string[], options: Options = {}) => spawnWfc(file, argv, true, options);

describe("bin/wfc.mjs (start-up snapshot launcher and plain bundle in one file)", () => {
  it("the build made a snapshot for this node", () => {
    expect(existsSync(join(root, "dist/wfc.blob"))).toBe(true);
    // The node binary's size and mtime, then the V8 flags the launcher must start it with.
    const stamp = readFileSync(join(root, "dist/wfc.blob.node"), "utf8");
    expect(stamp).toMatch(/^\d+ \d+\n(--[a-z-]+( --[a-z-]+)*)?\n$/);
  });

  it("is package.json's bin, and checks every example clean both ways: run directly and with node", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(join(root, pkg.bin["wfc"]!)).toBe(bin);
    const a = direct(bin, ["check", "examples"], { env: { WFC_DEBUG: "1" } });
    expect(a.stderr).toContain(STARTED);
    expect(a.status).toBe(0);
    const b = withNode(bin, ["check", "examples"], { env: { WFC_DEBUG: "1" } });
    expect(b.stderr).not.toContain(STARTED);
    expect(b.status).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout).toMatch(/^8 plans checked: no problems\n$/m);
  });

  it("starts from the snapshot, and says so under WFC_DEBUG=1", () => {
    const r = direct(bin, ["--version"], { env: { WFC_DEBUG: "1" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^wfc \d+\.\d+\.\d+\n$/);
    expect(r.stderr).toContain(STARTED);
  });

  it.each([
    [["--version"]],
    [["--help"]],
    [["check", "--help"]],
    [["check", "examples"]],
    [["check", "examples", "--format", "json"]],
    [["check", "examples", "--format", "sarif"]],
    [["plan", "examples/audit-files.wf.js"]],
    [["graph", "examples/triage-issues.wf.js", "--format", "mermaid"]],
    [["explain", "WF1003"]],
    [["check", "--bogus"]],
    [["chek"]],
    [["plan", "no/such.wf.js"]],
    [["check", "--", "--help"]],
  ])("prints what the plain bundle prints: wfc %j", (argv) => {
    const a = direct(bin, argv);
    const b = withNode(bin, argv);
    expect(a).toEqual(b);
  });

  it("reads the working directory, files and exit codes when it runs", () => {
    const dir = mkdtempSync(join(tmpdir(), "wfc-launcher-"));
    writeFileSync(join(dir, "bad.wf.js"), "export const meta = { name: 'b', description: 'd' }\nconst r = await parallel(args.items.map((x) => () => agent(`do ${x}`, { label: 'do', model: 'haiku' })))\nreturn r\n");
    const a = direct(bin, ["check", "bad.wf.js", "--format", "concise"], { cwd: dir, env: { WFC_DEBUG: "1" } });
    expect(a.stderr).toContain(STARTED);
    expect(a.status).toBe(1);
    expect(a.stdout).toMatch(/^bad\.wf\.js:2:26: error\[WF3101\]/m);
    const b = withNode(bin, ["check", "bad.wf.js", "--format", "concise"], { cwd: dir });
    expect(a.stdout).toBe(b.stdout);
  });

  it("runs a plan on the simulator with the journal (native SQLite loaded after the snapshot is restored)", () => {
    const dir = mkdtempSync(join(tmpdir(), "wfc-launcher-run-"));
    const argv = ["run", join(root, "examples/audit-files.wf.js"), "--args", `@${join(root, "examples/args/audit-files.json")}`, "--journal", "j.db", "--report", "r.json", "--quiet"];
    const r = direct(bin, argv, { cwd: dir, env: { WFC_DEBUG: "1" } });
    expect(r.stderr).toContain(STARTED);
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as { status: string; totals: { agents: number } };
    expect(report.status).toBe("completed");
    expect(report.totals.agents).toBeGreaterThan(0);
    const runs = direct(bin, ["runs", "--journal", "j.db", "--format", "json"], { cwd: dir });
    expect(runs.status).toBe(0);
    expect((JSON.parse(runs.stdout) as { status: string }[]).map((x) => x.status)).toEqual(["completed"]);
  });

  describe("with the Anthropic provider (the SDK loaded after the snapshot is restored)", () => {
    let server: MessagesServer;
    beforeAll(async () => {
      server = await startMessagesServer();
    });
    afterAll(async () => server.close());

    it("calls the Messages API over HTTP", async () => {
      const dir = mkdtempSync(join(tmpdir(), "wfc-launcher-api-"));
      const argv = ["run", join(root, "examples/audit-files.wf.js"), "--args", `@${join(root, "examples/args/audit-files.json")}`, "--no-journal", "--quiet", "--report", "r.json"];
      // Async spawn: the server answers from this process's event loop.
      const proc = spawn(bin, argv, { cwd: dir, env: { ...env({ WFC_DEBUG: "1" }), ANTHROPIC_API_KEY: "sk-ant-test-launcher", ANTHROPIC_BASE_URL: server.url }, stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      proc.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
      const code = await new Promise<number | null>((done) => proc.once("close", done));
      expect(stderr).toContain(STARTED);
      expect(server.requests.filter((q) => q.url.startsWith("/v1/messages")).length).toBeGreaterThan(0);
      expect(code).toBe(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).status === "completed" ? 0 : 1);
    });
  });

  it("falls back to the plain bundle when the snapshot does not fit: another node, NODE_OPTIONS, WFC_NO_SNAPSHOT, no blob", () => {
    const copy = mkdtempSync(join(tmpdir(), "wfc-launcher-copy-"));
    cpSync(join(root, "bin"), join(copy, "bin"), { recursive: true });
    cpSync(join(root, "dist"), join(copy, "dist"), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
    writeFileSync(join(copy, "package.json"), readFileSync(join(root, "package.json")));
    const copied = join(copy, "bin/wfc.mjs");
    const ok = (r: Result, fromSnapshot: boolean) => {
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^wfc \d+\.\d+\.\d+\n$/);
      expect(r.stderr.includes(STARTED)).toBe(fromSnapshot);
      expect(r.stderr).not.toMatch(/Failed to load the startup snapshot/);
    };
    ok(direct(copied, ["--version"], { env: { WFC_DEBUG: "1" } }), true);
    ok(direct(copied, ["--version"], { env: { WFC_DEBUG: "1", WFC_NO_SNAPSHOT: "1" } }), false);
    ok(direct(copied, ["--version"], { env: { WFC_DEBUG: "1", NODE_OPTIONS: "--max-old-space-size=4096" } }), false);
    // A snapshot stamped for another node binary is not used (node would refuse it).
    writeFileSync(join(copy, "dist/wfc.blob.node"), "1 1\n");
    ok(direct(copied, ["--version"], { env: { WFC_DEBUG: "1" } }), false);
    cpSync(join(root, "dist/wfc.blob.node"), join(copy, "dist/wfc.blob.node"));
    ok(direct(copied, ["--version"], { env: { WFC_DEBUG: "1" } }), true);
    // Reached through a chain of relative symlinks, as npm links node_modules/.bin/wfc.
    const links = mkdtempSync(join(tmpdir(), "wfc-launcher-links-"));
    symlinkSync(copied, join(links, "a"));
    symlinkSync("a", join(links, "wfc"));
    ok(direct(join(links, "wfc"), ["--version"], { env: { WFC_DEBUG: "1" } }), true);
    ok(direct("./wfc.mjs", ["--version"], { cwd: join(copy, "bin"), env: { WFC_DEBUG: "1" } }), true);
    rmSync(join(copy, "dist/wfc.blob"));
    ok(direct(copied, ["--version"], { env: { WFC_DEBUG: "1" } }), false);
  });
});
