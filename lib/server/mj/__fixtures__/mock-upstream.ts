// A tiny HTTP server on 127.0.0.1:<random> that replays raw upstream answers byte for byte, so
// the tests exercise the real fetch/parse path (empty bodies, 204, HTML, unsafe integers…).
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status?: number;
  /** A string or Buffer is sent verbatim; anything else is JSON.stringify-ed. undefined = empty body. */
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Close the connection after reading the request, without answering: the answer to a submit is lost. */
  hangUp?: boolean;
}

/** May answer later (a promise): a test can change the world while the upstream is still "working". */
export type Handler = (req: RecordedRequest) => Reply | Promise<Reply>;

export interface MockUpstream {
  url: string;
  requests: RecordedRequest[];
  setHandler(handler: Handler): void;
  close(): Promise<void>;
}

export async function startMockUpstream(): Promise<MockUpstream> {
  const requests: RecordedRequest[] = [];
  let handler: Handler = () => ({ status: 404 });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    const answer = async () => {
      const rec: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(rec);
      const reply = await handler(rec);
      if (reply.hangUp) {
        req.socket.destroy();
        return;
      }
      const send = () => {
        if (res.destroyed) return;
        const raw = typeof reply.body === "string" || Buffer.isBuffer(reply.body);
        const isJson = reply.body !== undefined && !raw;
        const text =
          reply.body === undefined
            ? ""
            : isJson
              ? JSON.stringify(reply.body)
              : (reply.body as string | Buffer);
        const headers = { ...(isJson ? { "content-type": "application/json" } : {}), ...reply.headers };
        res.writeHead(reply.status ?? 200, headers);
        res.end(text);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    };
    req.on("end", () => void answer());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setHandler(h) {
      handler = h;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
