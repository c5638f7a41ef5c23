/** The model providers: what the runtime calls to run one agent. See types.ts for the contract. */

export * from "./types.js";
export { createSimProvider, simUsage, sampleLatency, DEFAULT_SIM_LATENCY, DEFAULT_VERDICT_TRUE_PROBABILITY } from "./sim.js";
export type { SimOptions, SimBehaviour, SimLatency, SimFailureClass } from "./sim.js";
export { createAnthropicProvider, DEFAULT_MODEL_ALIASES, DEFAULT_MAX_RETRIES, redact } from "./anthropic.js";
export type { AnthropicProviderOptions } from "./anthropic.js";
export { compileSchema, validateOutput } from "./schema.js";
export type { JsonSchema, ValidationResult } from "./schema.js";
export { backoffDelay, serverRetryDelay, classifyStatus, isRetryable, planRetry, DEFAULT_BACKOFF } from "./retry.js";
export type { BackoffOptions } from "./retry.js";
