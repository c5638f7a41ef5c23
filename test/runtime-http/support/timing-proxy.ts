/**
 * A recording reverse proxy in front of the local Messages server. The server records when a request's
 * body had arrived, but not when its response was finished; the edge tests need both ends, measured
 * on the server side of the socket, to prove that a dependent agent's request started only after its
 * producer's response had been fully sent. Everything is forwarded unchanged over real HTTP.
 */

import { createServer, request as httpRequest, Agent, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Exchange {
  /** 0-based order of arrival at the proxy. */
  n: number;
  /** Date.now() when the request's headers reached the proxy (the earliest server-side moment). */
  startAt: number;
  /** Date.now() when the whole response had been written back to the client; undefined if it never was. */
  endAt?: number;
  /** The request body as text (complete once `arrived`). */
  body: string;
  arrived?: boolean;
  /** The status forwarded, once known. */
  status?: number;
}

export interface TimingProxy {
  url: string;
  exchanges: Exchange[];
  /**
   * Holds a request back before it is forwarded, until the returned promise settles. Tests use it
   * to make an order happen by construction (answer A only once B has been answered) instead of by
   * guessing delays: if the runtime could not produce B first, A would wait until its deadline.
   */
  setHold(hold: ((exchange: Exchange) => Promise<void> | undefined) | undefined): void;
  /** Resolves with the first exchange matching `match` whose request body has arrived. */
  arrived(match: (exchange: Exchange) => boolean): Promise<Exchange>;
  /** Resolves with the first exchange matching `match` whose response has been completely sent. */
  answered(match: (exchange: Exchange) => boolean): Promise<Exchange>;
  close(): Promise<void>;
}

export async function startTimingProxy(target: string): Promise<TimingProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const exchanges: Exchange[] = [];
  let hold: ((exchange: Exchange) => Promise<void> | undefined) | undefined;
  type Waiter = { match: (x: Exchange) => boolean; resolve: (x: Exchange) => void };
  const onArrival = new Set<Waiter>();
  const onAnswer = new Set<Waiter>();
  const notify = (waiters: Set<Waiter>, x: Exchange) => {
    for (const w of waiters)
      if (w.match(x)) {
        waiters.delete(w);
        w.resolve(x);
      }
  };
  const wait = (waiters: Set<Waiter>, done: Exchange | undefined, match: (x: Exchange) => boolean): Promise<Exchange> =>
    done ? Promise.resolve(done) : new Promise((resolve) => waiters.add({ match, resolve }));

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const exchange: Exchange = { n: exchanges.length, startAt: Date.now(), body: "" };
    exchanges.push(exchange);
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const body = Buffer.concat(chunks);
      exchange.body = body.toString("utf8");
      exchange.arrived = true;
      notify(onArrival, exchange);
      await hold?.(exchange);
      if (res.destroyed) return;
      const headers = { ...req.headers, host: upstream.host, "content-length": String(body.length) };
      const forward = httpRequest(
        { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers, agent },
        (up) => {
          exchange.status = up.statusCode;
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
          // A destroyed upstream socket (the "truncated" fault) is passed on as a destroyed socket.
          up.on("aborted", () => res.destroy());
          up.on("error", () => res.destroy());
        },
      );
      forward.on("error", () => res.destroy());
      // The client gave up (its deadline): stop waiting for the upstream too.
      res.on("close", () => {
        if (!res.writableFinished) forward.destroy();
      });
      forward.end(body);
    });
    res.on("finish", () => {
      exchange.endAt = Date.now();
      notify(onAnswer, exchange);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    setHold(fn) {
      hold = fn;
    },
    arrived: (match) => wait(onArrival, exchanges.find((x) => x.arrived && match(x)), match),
    answered: (match) => wait(onAnswer, exchanges.find((x) => x.endAt !== undefined && match(x)), match),
    close() {
      agent.destroy();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
