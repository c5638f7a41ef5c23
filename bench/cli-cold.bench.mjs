// Cold CLI: `wfc check` on a 100-stage plan (~28 KB) as a fresh process, against ESLint 10 linting the
// same file as a fresh process (target ≤ 0.8× ESLint), and `wfc --version` against `node -e 0` (the
// cost of starting wfc at all). A "cold floor" row adds to that start a cold parse of the plan at
// acorn's speed: what any cold check pays before it checks anything. perf-anchors §2 / §9.1: ESLint on one small file measured 380 ms here;
// §9.1 sets `wfc check` on a 100-stage plan at ≤ 400 ms wall.
//
// ESLint cannot parse a plan as is: a plan is a module (`export const meta`, top-level await) that ends
// in a top-level `return`, which espree only allows in scripts (`globalReturn`), where `export` is an
// error. So there are two ESLint baselines:
//  - "eslint (parse error)": `eslint --no-config-lookup plan.wf.js`, the brief's command. ESLint reads
//    and parses the whole file, fails at the final `return` and reports one parse error; no rule runs.
//  - "eslint (64 rules)": the same plan with its last line `return report` → `export default report`,
//    linted with every rule in ESLint's recommended set (passed as --rule flags, since
//    --no-config-lookup loads no config) and the plan globals declared. This is ESLint doing the full
//    job, the fairer comparator; the target is judged against it.
import { existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { genPlan } from "./gen-plan.mjs";

const GLOBALS = "agent,parallel,pipeline,phase,log,args,budget,workflow,gate,retry";

export default async function cliCold(ctx) {
  const req = createRequire(join(ctx.root, "package.json"));
  let eslintBin;
  try {
    eslintBin = join(req.resolve("eslint/package.json"), "..", "bin/eslint.js");
  } catch {
    throw new Error("eslint is not installed (it is a devDependency: run `npm install`)");
  }
  const { builtinRules } = req("eslint/use-at-your-own-risk");
  const recommended = [...builtinRules].filter(([, r]) => r.meta?.docs?.recommended).map(([name]) => `--rule=${name}:error`);
  const eslintVersion = req("eslint/package.json").version;

  const text = genPlan(100);
  const plan = join(ctx.tmp, "plan-100.wf.js");
  const asModule = join(ctx.tmp, "plan-100.js");
  writeFileSync(plan, text);
  if (!/\nreturn report\n$/.test(text)) throw new Error("genPlan(100) no longer ends in `return report`; update cli-cold.bench.mjs");
  writeFileSync(asModule, text.replace(/\nreturn report\n$/, "\nexport default report\n"));

  const node = process.execPath;
  // `wfc` as npm installs it: bin/wfc.mjs run directly, whose sh part starts node from the V8
  // start-up snapshot (dist/wfc.blob); `node bin/wfc.mjs` loads the plain bundle, measured too.
  const launcher = join(ctx.root, "bin/wfc.mjs");
  const plain = join(ctx.root, "bin/wfc.mjs");
  const snapshot = existsSync(join(ctx.root, "dist/wfc.blob"));
  const ok = { okStatus: [0, 1] }; // findings exit 1; a crash (2+, or a signal) throws
  const reps = { reps: ctx.spawnReps, warmup: 1 };
  const check = () => ctx.timeSpawn(launcher, ["check", plan], ok);
  const checkPlain = () => ctx.timeSpawn(node, [plain, "check", plan], ok);
  const eslintParseError = () => ctx.timeSpawn(node, [eslintBin, "--no-config-lookup", plan], ok);
  const eslintRules = () => ctx.timeSpawn(node, [eslintBin, "--no-config-lookup", "--global", GLOBALS, ...recommended, asModule], ok);

  const vsRules = await ctx.alternate(check, eslintRules, reps);
  const vsParse = await ctx.alternate(check, eslintParseError, reps);
  const plainVsRules = await ctx.alternate(checkPlain, eslintRules, reps);
  const nodeEmpty = () => ctx.timeSpawn(node, ["-e", "0"]);
  const version = await ctx.alternate(() => ctx.timeSpawn(launcher, ["--version"]), nodeEmpty, reps);
  // The floor under any cold check: starting wfc at all (`--version`, from the snapshot), plus one
  // parse of the plan at acorn's speed in a fresh process, where the parser's code is still cold
  // (a process that imports acorn and parses, against one that only imports it; espree, ESLint's
  // parser, is acorn).
  const acornUrl = pathToFileURL(req.resolve("acorn")).href;
  const acornScript = `import { parse } from ${JSON.stringify(acornUrl)}; import { readFileSync } from "node:fs"; parse(readFileSync(${JSON.stringify(plan)}, "utf8"), { ecmaVersion: "latest", sourceType: "module", allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true, locations: true });`;
  // The parts are timed in one loop, in turn, with the check and ESLint: a floor pieced together from
  // separate alternations would mix the machine's quieter and busier minutes.
  const floor = interleave(
    {
      check,
      eslint: eslintRules,
      version: () => ctx.timeSpawn(launcher, ["--version"]),
      acornParse: () => ctx.timeSpawn(node, ["--input-type=module", "-e", acornScript]),
      acornImport: () => ctx.timeSpawn(node, ["--input-type=module", "-e", `import { parse } from ${JSON.stringify(acornUrl)};`]),
    },
    ctx.spawnReps,
  );
  const coldParseMs = floor.acornParse - floor.acornImport;
  const floorMs = floor.version + coldParseMs;
  const versionPlain = await ctx.alternate(() => ctx.timeSpawn(node, [plain, "--version"]), nodeEmpty, reps);
  const how = snapshot ? "bin/wfc.mjs run directly, from the start-up snapshot" : "bin/wfc.mjs run directly (NO snapshot was built: plain bundle)";
  return [
    {
      metric: "wfc check plan-100, cold",
      subjectValue: vsRules.subjectMs,
      baseline: `eslint ${eslintVersion}, ${recommended.length} rules`,
      baselineValue: vsRules.baselineMs,
      unit: "ms",
      ratio: vsRules.ratio,
      target: "≤ 0.8×",
      met: vsRules.ratio <= 0.8,
      note: `${how}. §9.1 also sets ≤ 400 ms wall: ${ctx.round(vsRules.subjectMs, 0)} ms here. ESLint lints the plan with \`return report\` → \`export default report\` (espree rejects a top-level return in a module)`,
    },
    {
      metric: "wfc check plan-100, cold",
      subjectValue: vsParse.subjectMs,
      baseline: "eslint --no-config-lookup (parse error)",
      baselineValue: vsParse.baselineMs,
      unit: "ms",
      ratio: vsParse.ratio,
      target: "≤ 0.8×",
      met: vsParse.ratio <= 0.8,
      note: `${how}. ESLint on the plan as is: it parses the whole file, stops at the final top-level \`return\` with one parse error, and runs no rules (it has no config), so this baseline does less work than wfc`,
    },
    {
      metric: "wfc check plan-100, cold, plain bundle",
      subjectValue: plainVsRules.subjectMs,
      baseline: `eslint ${eslintVersion}, ${recommended.length} rules`,
      baselineValue: plainVsRules.baselineMs,
      unit: "ms",
      ratio: plainVsRules.ratio,
      target: null,
      met: null,
      note: `\`node bin/wfc.mjs\` (no snapshot: what runs where none could be built): the start-up the snapshot saves is ${ctx.round(plainVsRules.subjectMs - vsRules.subjectMs, 0)} ms (across two alternations)`,
    },
    {
      metric: "cold floor: wfc --version + a cold acorn parse of plan-100",
      subjectValue: floorMs,
      baseline: `eslint ${eslintVersion}, ${recommended.length} rules`,
      baselineValue: floor.eslint,
      unit: "ms",
      ratio: floorMs / floor.eslint,
      target: null,
      met: null,
      note: `what a cold check costs before it checks anything: starting wfc (${ctx.round(floor.version, 0)} ms) plus acorn parsing the plan in a fresh process (${ctx.round(coldParseMs, 0)} ms above importing acorn and not parsing), medians of one loop timing these, wfc check and ESLint in turn. At ≤ 0.8× ESLint, everything a check does beyond one parse must fit in ${ctx.round(0.8 * floor.eslint - floorMs, 0)} ms; wfc check took ${ctx.round(floor.check - floorMs, 0)} ms more than this floor (${ctx.round(floor.check, 0)} ms in that loop)`,
    },
    {
      metric: "wfc --version, cold",
      subjectValue: version.subjectMs,
      baseline: "node -e 0",
      baselineValue: version.baselineMs,
      unit: "ms",
      ratio: version.ratio,
      target: "≤ +100 ms",
      met: version.subjectMs - version.baselineMs <= 100,
      note: `${how}: start-up above node -e 0: ${ctx.round(version.subjectMs - version.baselineMs, 0)} ms (§9.4 budgets +100 ms for importing the parser stack); the plain bundle: +${ctx.round(versionPlain.subjectMs - versionPlain.baselineMs, 0)} ms`,
    },
  ];
}

/** Runs each of `fns` once per round, in turn, for `reps` rounds after one untimed round; their median ms. */
function interleave(fns, reps) {
  const times = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let i = 0; i <= reps; i++) for (const [k, f] of Object.entries(fns)) {
    const ms = f();
    if (i > 0) times[k].push(ms);
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.sort((a, b) => a - b)[v.length >> 1]]));
}
