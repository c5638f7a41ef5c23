// Bundles the CLI and the library into dist/ with esbuild. One file each keeps the CLI's cold start
// lean: Chevrotain's package entry alone loads hundreds of lodash-es files (perf-anchors §1.4), so the
// parser imports Chevrotain's shipped single-file bundle and esbuild inlines it.
import { build } from "esbuild";
import { rmSync } from "node:fs";

// Chunk names carry content hashes: start clean so stale chunks never pile up in dist/.
rmSync("dist", { recursive: true, force: true });

const external = ["better-sqlite3", "@anthropic-ai/sdk", "elkjs", "playwright-core"];
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  external,
  logLevel: "warning",
  alias: { chevrotain: "./node_modules/chevrotain/lib/chevrotain.min.mjs" },
  banner: { js: "import { createRequire as __wfcRequire } from 'node:module'; const require = __wfcRequire(import.meta.url);" },
};

await build({ ...common, entryPoints: { cli: "src/cli/main.ts", index: "src/index.ts" }, outdir: "dist", outExtension: { ".js": ".mjs" }, splitting: true, chunkNames: "chunks/[name]-[hash]" });
