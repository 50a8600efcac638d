import "server-only";

import { isIPv4, isIPv6 } from "node:net";

// Which resolved addresses an image download must not connect to: anything that is not a public unicast
// address, since an image URL comes from the upstream (reads and callback bodies) and could otherwise make the
// studio fetch from its own machine, its LAN or a cloud metadata service (169.254.169.254). Pure, so tested.

/** [first address as a 32-bit number, prefix length] */
const NON_PUBLIC_V4: ReadonlyArray<readonly [string, number]> = [
  ["0.0.0.0", 8], // "this network", 0.0.0.0 reaches the local host
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT, shared address space
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and 255.255.255.255 broadcast
];

function v4Number(address: string): number {
  return address.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function isNonPublicV4(value: number): boolean {
  return NON_PUBLIC_V4.some(([first, bits]) => {
    const size = 2 ** (32 - bits);
    return Math.floor(value / size) === Math.floor(v4Number(first) / size);
  });
}

/** The 8 groups of an IPv6 address (a trailing dotted IPv4 part becomes two groups); null when malformed. */
function v6Groups(address: string): number[] | null {
  let text = address.replace(/%.*$/, ""); // zone id ("fe80::1%eth0")
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const n = v4Number(dotted[1]);
    text = `${text.slice(0, -dotted[1].length)}${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...left, ...Array<number>(missing).fill(0), ...right];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function isNonPublicV6(groups: number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const embeddedV4 = g6 * 65536 + g7;
  const upperZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (IPv4-compatible, which also covers :: and ::1) are IPv4.
  if (upperZero && (g5 === 0xffff || g5 === 0)) return isNonPublicV4(embeddedV4);
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address a gateway would connect to.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return isNonPublicV4(embeddedV4);
  if (g0 === 0x2002) return isNonPublicV4(g1 * 65536 + g2);
  if ((g0 & 0xfe00) === 0xfc00) return true; // unique-local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xffc0) === 0xfec0) return true; // link-local, old site-local
  if ((g0 & 0xff00) === 0xff00) return true; // multicast
  return false;
}

/**
 * Whether an IP address is loopback, private, link-local, unique-local, unspecified, multicast or otherwise not
 * a public unicast address (IPv4-mapped and other IPv4-embedding IPv6 forms are judged by their IPv4 part).
 * Anything that is not an IP address counts as non-public: refusing is the safe answer.
 */
export function isNonPublicAddress(address: string): boolean {
  const plain = address.replace(/^\[|\]$/g, "");
  if (isIPv4(plain)) return isNonPublicV4(v4Number(plain));
  if (!isIPv6(plain)) return true;
  const groups = v6Groups(plain);
  return groups === null || isNonPublicV6(groups);
}
