/**
 * Reads the code examples out of a Markdown page, with the conventions docs/language.md uses so
 * that its examples can be checked (see test/docs/language-examples.test.ts):
 *
 * - A ```js block is a plan or a fragment of one. It must check clean.
 * - A ```js block whose first line is `// ✗ WF3101 unbounded-fan-out …` is a bad example: checking
 *   it must report that code and nothing else.
 * - A ```text block right after a bad example shows what `wfc check` prints for it, shortened to
 *   the `error[WF…]: message` and `help: …` lines. Both must match the compiler word for word.
 * - An HTML comment right before a block, `<!-- doc-test … -->`, is invisible on the rendered page
 *   and carries what the test needs:
 *     `allow: WF5008 …`   codes a valid block may report (each must really be reported);
 *     `dir: examples`     compile as if the plan sat in that folder (for `workflow('name')`);
 *     `bounds: agents=60 outputTokens=36000 …`  worst-case numbers the prose states;
 *     `gap`               a known gap: the stated code is what wfc should report but does not yet;
 *     `context:`          every later line is plan code placed before the block (names it uses).
 */
export interface DocBlock {
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  code: string;
  /** From `// ✗ WFxxxx name` on the first line. */
  expect?: { code: string; name: string };
  /** The ```text block that follows a bad example, if any. */
  output?: { line: number; text: string };
  allow: string[];
  dir?: string;
  bounds?: Record<string, number>;
  gap: boolean;
  context: string;
}

const BAD = /^\/\/ ✗ (WF\d{4}) ([a-z-]+)\b/;

export function docBlocks(markdown: string): DocBlock[] {
  const lines = markdown.split("\n");
  const blocks: DocBlock[] = [];
  let pendingComment: string[] | undefined;
  let lastBad: DocBlock | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.startsWith("<!-- doc-test")) {
      const body: string[] = [l.slice("<!-- doc-test".length)];
      while (!lines[i]!.includes("-->") && i + 1 < lines.length) body.push(lines[++i]!);
      body[body.length - 1] = body[body.length - 1]!.replace(/-->.*$/, "");
      pendingComment = body;
      continue;
    }
    const fence = /^```(\w*)\s*$/.exec(l);
    if (!fence) {
      if (l.trim() !== "") {
        pendingComment = undefined;
        lastBad = undefined;
      }
      continue;
    }
    const start = i + 1;
    const code: string[] = [];
    while (i + 1 < lines.length && !/^```\s*$/.test(lines[++i]!)) code.push(lines[i]!);
    const lang = fence[1] ?? "";
    if (lang === "text" && lastBad) {
      lastBad.output = { line: start, text: code.join("\n") };
      lastBad = undefined;
      continue;
    }
    const block: DocBlock = { line: start, lang, code: code.join("\n"), allow: [], gap: false, context: "" };
    const bad = BAD.exec(code[0] ?? "");
    if (bad) block.expect = { code: bad[1]!, name: bad[2]! };
    if (pendingComment) applyDirectives(block, pendingComment);
    pendingComment = undefined;
    lastBad = bad ? block : undefined;
    blocks.push(block);
  }
  return blocks;
}

function applyDirectives(block: DocBlock, body: string[]): void {
  const ctx = body.findIndex((l) => l.trim() === "context:");
  const head = ctx < 0 ? body : body.slice(0, ctx);
  if (ctx >= 0) block.context = body.slice(ctx + 1).join("\n");
  for (const raw of head) {
    const l = raw.trim();
    if (l === "") continue;
    if (l === "gap") block.gap = true;
    else if (l.startsWith("allow:")) block.allow.push(...l.slice(6).trim().split(/[\s,]+/));
    else if (l.startsWith("dir:")) block.dir = l.slice(4).trim();
    else if (l.startsWith("bounds:")) {
      block.bounds = {};
      for (const kv of l.slice(7).trim().split(/\s+/)) {
        const [k, v] = kv.split("=");
        block.bounds[k!] = Number(v);
      }
    } else throw new Error(`line ${block.line}: unknown doc-test directive \`${l}\``);
  }
}

/** The `error[WF…]: …` / `help: …` pairs of a shortened `wfc check` output block. */
export function shownDiagnostics(text: string): { severity: string; code: string; message: string; help?: string }[] {
  const out: { severity: string; code: string; message: string; help?: string }[] = [];
  for (const l of text.split("\n")) {
    const head = /^(error|warning)\[(WF\d{4})\]: (.*)$/.exec(l);
    if (head) out.push({ severity: head[1]!, code: head[2]!, message: head[3]! });
    else if (l.startsWith("help: ") && out.length) out[out.length - 1]!.help = l.slice(6);
  }
  return out;
}
