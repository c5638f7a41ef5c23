/**
 * The one place that bounds concurrency: a priority semaphore. At most `concurrency` agents are in
 * flight; when more are ready than slots are free, the one with the longest remaining critical path
 * starts first, ties in arrival order.
 *
 * Why not p-limit, the package the design names: p-limit's queue is FIFO only (a yocto-queue linked
 * list), and FIFO is what loses ~30% of makespan when a wide fan-out is listed before a long serial
 * chain (perf-anchors §4: FIFO 1.30×LB, critical-path priority 1.00×LB). p-queue has priorities,
 * but inserts with a binary search plus an O(n) `splice`, which turns quadratic with many queued
 * tasks (43 µs/task at 100k, §3). The ready queue (below) is a FIFO per priority plus a binary heap
 * of the distinct priorities: O(1) per agent within a stage, O(log s) across s waiting stages, and
 * FIFO tie-breaking for free. p-limit stays as the baseline in `benchScheduler()`.
 */
import type { StageGraphJson } from "../compiler/graph/types.js";

interface Entry {
  priority: number;
  seq: number;
  start: (release: () => void) => void;
}

/** A binary heap whose top is the item that goes `before` every other. Sifting moves a hole instead of swapping pairs. */
class BinaryHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly before: (a: T, b: T) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(x: T): void {
    const h = this.items;
    let i = h.length;
    h.push(x);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = h[p]!;
      if (!this.before(x, parent)) break;
      h[i] = parent;
      i = p;
    }
    h[i] = x;
  }
  pop(): T | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    const n = h.length;
    if (n > 0 && last !== undefined) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && this.before(h[r]!, h[l]!) ? r : l;
        if (!this.before(h[c]!, last)) break;
        h[i] = h[c]!;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}

/** A binary max-heap on (priority desc, seq asc): the makespan simulations' event queue. */
export class TaskHeap extends BinaryHeap<Entry> {
  constructor() {
    super((a, b) => a.priority > b.priority || (a.priority === b.priority && a.seq < b.seq));
  }
}

/**
 * The scheduler's ready queue, in the same order as a TaskHeap on (priority desc, arrival asc): one
 * FIFO per distinct priority, and a small max-heap of the priorities that have a non-empty FIFO. The
 * agents of one stage share a priority, so a fan-out of a thousand queues and starts each agent in
 * O(1) instead of sifting a thousand-entry heap; the heap only holds one number per stage waiting.
 */
class ReadyQueue {
  private readonly fifos = new Map<number, { items: Entry["start"][]; head: number }>();
  private readonly priorities = new BinaryHeap<number>((a, b) => a > b);
  size = 0;

  push(priority: number, start: Entry["start"]): void {
    this.size++;
    const fifo = this.fifos.get(priority);
    if (fifo) fifo.items.push(start);
    else {
      this.fifos.set(priority, { items: [start], head: 0 });
      this.priorities.push(priority);
    }
  }

  pop(): Entry["start"] | undefined {
    const top = this.priorities.peek();
    if (top === undefined) return undefined;
    const fifo = this.fifos.get(top)!;
    const start = fifo.items[fifo.head++]!;
    this.size--;
    if (fifo.head === fifo.items.length) {
      this.fifos.delete(top);
      this.priorities.pop();
    } else if (fifo.head >= 1024 && fifo.head * 2 >= fifo.items.length) {
      // A FIFO that never drains (a long stream at one priority) drops what it has handed out.
      fifo.items.splice(0, fifo.head);
      fifo.head = 0;
    }
    return start;
  }
}

export const MAX_CONCURRENCY = 16;

export interface SchedulerCounters {
  inFlight: number;
  maxInFlight: number;
  started: number;
  completed: number;
  queued: number;
}

export class PriorityScheduler {
  readonly concurrency: number;
  private readonly queue = new ReadyQueue();
  private idleWaiters: (() => void)[] = [];
  inFlight = 0;
  maxInFlight = 0;
  started = 0;
  completed = 0;

  constructor(concurrency: number = MAX_CONCURRENCY) {
    this.concurrency = Math.max(1, Math.min(MAX_CONCURRENCY, Math.floor(concurrency) || MAX_CONCURRENCY));
  }

  get counters(): SchedulerCounters {
    return { inFlight: this.inFlight, maxInFlight: this.maxInFlight, started: this.started, completed: this.completed, queued: this.queue.size };
  }

  /**
   * Queues a task; `start` is called (synchronously, from `submit` or from another task's release)
   * once it holds a slot, and must call `release` exactly once. The synchronous form lets a
   * discrete-event simulation drive the very same policy.
   */
  submit(priority: number, start: (release: () => void) => void): void {
    this.queue.push(Number.isFinite(priority) ? priority : 0, start);
    this.dispatch();
  }

  /** Waits for a slot; resolves with the function that gives it back. */
  acquire(priority = 0): Promise<() => void> {
    return new Promise((resolve) => this.submit(priority, resolve));
  }

  /** Runs `task` in a slot. */
  async run<T>(priority: number, task: () => Promise<T>): Promise<T> {
    const release = await this.acquire(priority);
    try {
      return await task();
    } finally {
      release();
    }
  }

  /** Resolves when nothing is queued or in flight. */
  idle(): Promise<void> {
    if (this.inFlight === 0 && this.queue.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private dispatch(): void {
    while (this.inFlight < this.concurrency && this.queue.size > 0) {
      const start = this.queue.pop()!;
      this.inFlight++;
      this.started++;
      if (this.inFlight > this.maxInFlight) this.maxInFlight = this.inFlight;
      let released = false;
      start(() => {
        if (released) return;
        released = true;
        this.inFlight--;
        this.completed++;
        this.dispatch();
        if (this.inFlight === 0 && this.queue.size === 0) {
          const ws = this.idleWaiters;
          this.idleWaiters = [];
          for (const w of ws) w();
        }
      });
    }
  }
}

/**
 * Priorities from a stage graph: an agent stage's priority is its own worst-case latency plus the
 * longest latency that can follow it, i.e. the longest `data`/`order` edge path out of it or out of
 * any stage that encloses it (what remains after its container ends). Unknown stages get 0, so
 * without a graph the scheduler is FIFO.
 */
export function priorityFromGraph(graph: StageGraphJson | undefined): (stageId: string) => number {
  if (!graph) return () => 0;
  const byId = new Map(graph.stages.map((s) => [s.id, s]));
  const out = new Map<string, string[]>();
  for (const e of graph.edges) {
    const list = out.get(e.from) ?? [];
    list.push(e.to);
    out.set(e.from, list);
  }
  const bottom = new Map<string, number>();
  const visiting = new Set<string>();
  // Bottom level: own latency + the longest path after it. Memoised DFS; a cycle (which a valid
  // graph never has) contributes 0 rather than looping.
  const bl = (id: string): number => {
    const known = bottom.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const own = byId.get(id)?.bounds.latencyMs ?? 0;
    const v = own + tail(id);
    visiting.delete(id);
    bottom.set(id, v);
    return v;
  };
  const tail = (id: string): number => Math.max(0, ...(out.get(id) ?? []).map(bl));
  const cache = new Map<string, number>();
  return (stageId) => {
    const hit = cache.get(stageId);
    if (hit !== undefined) return hit;
    const stage = byId.get(stageId);
    if (!stage) return 0;
    let after = tail(stageId);
    for (let p = stage.parent; p; p = byId.get(p)?.parent ?? null) after = Math.max(after, tail(p));
    const v = stage.bounds.latencyMs + after;
    cache.set(stageId, v);
    return v;
  };
}
