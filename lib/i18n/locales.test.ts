import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it.each([
    [null, "en"],
    ["", "en"],
    ["de", "de"],
    ["de-CH,de;q=0.9,en;q=0.8", "de"],
    ["fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7", "de"],
    ["en-US,en;q=0.9,de;q=0.8", "en"],
    ["fr-FR,fr;q=0.9", "en"],
    ["de;q=0.5,en;q=0.9", "en"],
    ["de;q=0, en", "en"],
    ["*", "en"],
    ["DE-de", "de"],
  ])("%s → %s", (header, want) => {
    expect(negotiateLocale(header)).toBe(want);
  });
});
