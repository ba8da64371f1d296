import { describe, expect, it } from "vitest";
import { unsubscribeTokenFor, userOfUnsubscribeToken } from "./unsubscribe-token";

const SECRET = "test-secret-0123456789abcdef";
const USER = "0d275a2d-b594-40c2-8c96-7e180179ff8f";

describe("unsubscribe tokens", () => {
  it("name the user they were made for", () => {
    expect(userOfUnsubscribeToken(unsubscribeTokenFor(USER, SECRET), SECRET)).toBe(USER);
  });

  it("refuse another secret, another user's signature, and malformed tokens", () => {
    const token = unsubscribeTokenFor(USER, SECRET);
    const other = unsubscribeTokenFor("11111111-2222-4333-8444-555555555555", SECRET);
    expect(userOfUnsubscribeToken(token, "another-secret-0123456789")).toBeNull();
    expect(userOfUnsubscribeToken(`${USER}.${other.split(".")[1]}`, SECRET)).toBeNull();
    for (const bad of [
      "",
      USER,
      `${USER}.`,
      `${token}.x`,
      token.slice(0, -1),
      `not-a-uuid.${token.split(".")[1]}`,
    ]) {
      expect(userOfUnsubscribeToken(bad, SECRET)).toBeNull();
    }
  });
});
