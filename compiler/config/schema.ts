import { z } from "zod";

/**
 * The shape of `wfc.config.json`. The zod schema is the single source: `loadConfig` validates with
 * it and `docs/wfc.config.schema.json` (for editors' completion via `"$schema"`) is generated from
 * it; a test keeps the committed file equal to the generated one.
 *
 * Objects are strict: a misspelt key is an error with a suggestion, not a silently ignored setting
 * (a typo in `budget.maxUsd` must not lift the CI budget).
 */
export const severitySetting = z.enum(["off", "warning", "error"]);

const perMTok = (what: string) => z.number().nonnegative().describe(`USD per million ${what}`);

export const modelPricing = z
  .strictObject({
    inputPerMTok: perMTok("input tokens"),
    outputPerMTok: perMTok("output tokens"),
    cacheReadPerMTok: perMTok("tokens read from the prompt cache").optional(),
    cacheWritePerMTok: perMTok("tokens written to the prompt cache").optional(),
    source: z.string().describe("where the prices come from (a URL or a note)").optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
      .describe("when the prices were read, YYYY-MM-DD")
      .optional(),
  })
  .describe("prices of one model, overriding wfc's built-in table");

export const configSchema = z
  .strictObject({
    $schema: z.string().describe("the JSON schema of this file, for editors").optional(),
    rules: z
      .record(
        z.string().regex(/^(WF\d{4}|[a-z][a-z0-9-]*)$/, "expected a code like WF5001 or a rule name like unused-result"),
        severitySetting,
      )
      .describe("severity per diagnostic code (WF5001) or rule name (unused-result)")
      .optional(),
    pricing: z.record(z.string().min(1), modelPricing).describe("per-model prices, keyed by model id").optional(),
    models: z
      .strictObject({
        aliases: z
          .object({
            opus: z.string().min(1).optional(),
            sonnet: z.string().min(1).optional(),
            haiku: z.string().min(1).optional(),
          })
          .catchall(z.string().min(1))
          .describe("the model id each alias used in plans (`model: \"sonnet\"`) stands for")
          .optional(),
      })
      .optional(),
    budget: z
      .strictObject({
        maxUsd: z.number().positive().describe("fail `wfc check` when a plan's worst case costs more").optional(),
        maxAgents: z.int().positive().describe("fail when a plan may start more agents").optional(),
        maxTokens: z.int().positive().describe("fail when a plan may use more tokens").optional(),
      })
      .describe("CI policy: limits every checked plan must stay within")
      .optional(),
    maxWarnings: z.int().nonnegative().describe("fail `wfc check` when there are more warnings").optional(),
    journal: z.string().min(1).describe("path of the run journal, relative to this file").optional(),
    provider: z
      .strictObject({
        sim: z.record(z.string(), z.unknown()).describe("options of the simulated provider").optional(),
      })
      .optional(),
  })
  .describe("wfc configuration (wfc.config.json)");

export type WfcConfig = z.infer<typeof configSchema>;
export type SeveritySetting = z.infer<typeof severitySetting>;

/** The JSON Schema of `wfc.config.json`, as committed in `docs/wfc.config.schema.json`. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { target: "draft-2020-12", io: "input" }),
    title: "wfc.config.json",
  };
}
