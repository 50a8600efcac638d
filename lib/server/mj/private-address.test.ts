import { describe, expect, it } from "vitest";

import { isNonPublicAddress } from "./private-address";

describe("isNonPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.255.254",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.20",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.251",
    "255.255.255.255",
  ])("IPv4 %s is refused", (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "162.159.128.233",
    "172.15.255.255",
    "172.32.0.1",
    "192.169.0.1",
    "100.128.0.1",
  ])("IPv4 %s is public", (address) => {
    expect(isNonPublicAddress(address)).toBe(false);
  });

  it.each([
    "::",
    "::1",
    "[::1]",
    "fc00::1",
    "fd12:3456:789a::1",
    "fe80::1",
    "fe80::1%eth0",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:10.1.2.3",
    "::ffff:a9fe:a9fe", // 169.254.169.254, written in hex
    "0:0:0:0:0:ffff:c0a8:0114", // 192.168.1.20
    "64:ff9b::10.0.0.1",
    "2002:7f00:1::",
  ])("IPv6 %s is refused", (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each([
    "2606:4700::6810:84e5",
    "2001:4860:4860::8888",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
  ])("IPv6 %s is public", (address) => {
    expect(isNonPublicAddress(address)).toBe(false);
  });

  it.each(["", "localhost", "example.com", "1.2.3", "1::2::3", "12345::"])(
    "%j (not an address) is refused",
    (value) => {
      expect(isNonPublicAddress(value)).toBe(true);
    },
  );
});
