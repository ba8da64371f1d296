import { CredentialsSignin } from "@auth/core/errors";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authLogger } from "./auth-logger";

describe("authLogger", () => {
  afterEach(() => vi.restoreAllMocks());

  it("stays quiet about a wrong password, and logs every other auth error", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    authLogger.error(new CredentialsSignin());
    expect(log).not.toHaveBeenCalled();
    const broken = new Error("JWT secret missing");
    authLogger.error(broken);
    expect(log).toHaveBeenCalledWith("[auth]", broken);
  });
});
