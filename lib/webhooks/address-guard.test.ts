import { describe, expect, it } from "vitest";
import { assertAllowedHost, isPublicAddress } from "./address-guard";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "255.255.255.255",
    "224.0.0.1",
    "::1",
    "::",
    "fc00::1",
    "fe80::1",
    "::ffff:127.0.0.1",
    "::127.0.0.1",
    "::a00:1",
    "not an address",
  ])("refuses %s", (address) => expect(isPublicAddress(address)).toBe(false));

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])("accepts %s", (address) =>
    expect(isPublicAddress(address)).toBe(true),
  );

  it("checks literal IPs in a URL's host, brackets and all", () => {
    expect(() => assertAllowedHost("[::1]", false)).toThrow(/Refused/);
    expect(() => assertAllowedHost("127.0.0.1", false)).toThrow(/Refused/);
    expect(() => assertAllowedHost("127.0.0.1", true)).not.toThrow();
    expect(() => assertAllowedHost("example.com", false)).not.toThrow();
  });
});
