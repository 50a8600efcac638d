import "server-only";

import type { LookupAddress } from "node:dns";
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { Readable } from "node:stream";

import { env } from "@/env.mjs";

import { isNonPublicAddress } from "./private-address";

// One hop of an image download, refusing to connect to a non-public address (private-address.ts).
//
// Why node:http and not fetch: the check must apply to the address actually connected to. Resolving first and
// fetching afterwards would let a hostile DNS server answer "public" to the check and "127.0.0.1" to the fetch
// (DNS rebinding), and Node's built-in fetch takes no resolver of its own (its undici Agent is not exposed, and
// we add no dependencies). node:http accepts a `lookup` function, which net.connect calls to resolve the host:
// ours resolves every address (all: true), refuses the connection if ANY is non-public, and hands the connection
// exactly the addresses it checked. An IP-literal host is never resolved, so it is checked before connecting.
// No keep-alive agent (agent: false), so no socket checked under other rules is ever reused.

/** The image's host resolves to a loopback, private, link-local or other internal address. */
export class PrivateAddressError extends Error {
  readonly code = "EPRIVATEADDRESS";
  constructor(host: string) {
    super(`the image host ${host} resolves to a private network address`);
    this.name = "PrivateAddressError";
  }
}

const checkedLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { family: options.family, hints: options.hints, all: true }).then(
    (addresses: LookupAddress[]) => {
      if (addresses.length === 0 || addresses.some((a) => isNonPublicAddress(a.address))) {
        callback(new PrivateAddressError(hostname), "", 0);
      } else if (options.all) {
        callback(null, addresses);
      } else {
        const first = addresses[0] as LookupAddress;
        callback(null, first.address, first.family);
      }
    },
    (error: NodeJS.ErrnoException) => callback(error, "", 0),
  );
};

/**
 * Whether a hop may reach a private address: the upstream API's own origin (the built-in simulator runs on
 * 127.0.0.1, and a self-hosted proxy on a LAN address serves images from its own origin), or a host the operator
 * listed in MJ_IMAGE_PRIVATE_HOSTS.
 */
export function mayReachPrivateAddress(target: URL, apiOrigin: string): boolean {
  return target.origin === apiOrigin || env.MJ_IMAGE_PRIVATE_HOSTS.includes(target.hostname);
}

// Statuses whose Response must have no body (the Fetch standard refuses one).
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** GETs `target` without following redirects; the answer as a web Response, like fetch(…, redirect: "manual"). */
export async function requestImageHop(
  target: URL,
  opts: { headers: Record<string, string>; signal: AbortSignal; allowPrivate: boolean },
): Promise<Response> {
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (!opts.allowPrivate && isIP(host) && isNonPublicAddress(host)) throw new PrivateAddressError(host);
  const client = target.protocol === "https:" ? https : http;
  return new Promise<Response>((resolve, reject) => {
    const req = client.request(
      {
        protocol: target.protocol,
        hostname: host,
        port: target.port || undefined,
        path: `${target.pathname}${target.search}`,
        method: "GET",
        headers: opts.headers,
        agent: false,
        signal: opts.signal,
        lookup: opts.allowPrivate ? undefined : checkedLookup,
      },
      (res) => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
          else if (value !== undefined) headers.set(name, value);
        }
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 599 || NULL_BODY_STATUSES.has(status)) {
          res.resume();
          resolve(new Response(null, { status: status >= 200 && status <= 599 ? status : 502, headers }));
          return;
        }
        const body = Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>;
        resolve(new Response(body, { status, headers }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}
