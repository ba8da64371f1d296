import { afterEach, describe, expect, it } from "vitest";
import { appUrl, seedsDemoOnStart } from "./env";

describe("seedsDemoOnStart", () => {
  it("seeds the embedded default unless SEED_DEMO=0, and never a PostgreSQL deployment", () => {
    expect(seedsDemoOnStart({ SEED_DEMO: undefined, DATABASE_URL: undefined })).toBe(true);
    expect(seedsDemoOnStart({ SEED_DEMO: "1", DATABASE_URL: undefined })).toBe(true);
    expect(seedsDemoOnStart({ SEED_DEMO: "0", DATABASE_URL: undefined })).toBe(false);
    expect(seedsDemoOnStart({ SEED_DEMO: "1", DATABASE_URL: "postgres://db/helpdesk" })).toBe(false);
    expect(seedsDemoOnStart({ SEED_DEMO: undefined, DATABASE_URL: "postgres://db/helpdesk" })).toBe(false);
  });
});

describe("appUrl", () => {
  const port = process.env.PORT;
  afterEach(() => {
    if (port === undefined) delete process.env.PORT;
    else process.env.PORT = port;
  });

  it("defaults to this server on localhost, on the port it runs on (next start -p sets PORT)", () => {
    process.env.PORT = "3100";
    expect(appUrl()).toBe("http://localhost:3100");
    process.env.PORT = "4321";
    expect(appUrl()).toBe("http://localhost:4321");
  });

  it("falls back to port 3000 when PORT is unset or not a port", () => {
    delete process.env.PORT;
    expect(appUrl()).toBe("http://localhost:3000");
    process.env.PORT = "not-a-port";
    expect(appUrl()).toBe("http://localhost:3000");
  });
});
