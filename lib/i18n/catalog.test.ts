import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { FORMATS } from "./formats";
import { LOCALES } from "./locales";
import { MESSAGES } from "./translate";

type Tree = { [key: string]: string | Tree };

/** Every leaf of a catalog as "dotted.key" → message. */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Tags a message uses (<hint>…</hint>): rich text that pages fill with markup. */
function tagsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.tag) {
      into.add(el.value);
      tagsOf(el.children, into);
    } else if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) tagsOf(option.value, into);
    }
  }
  return into;
}

/** The arguments a message uses ({name}, {count, plural, …}, …), nested ones included. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (
      el.type === TYPE.argument ||
      el.type === TYPE.number ||
      el.type === TYPE.date ||
      el.type === TYPE.time
    ) {
      into.add(el.value);
    } else if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    } else if (el.type === TYPE.tag) {
      argumentsOf(el.children, into);
    }
  }
  return into;
}

const english = leaves(MESSAGES.en as unknown as Tree);

describe("the catalogs", () => {
  it.each(LOCALES.filter((l) => l !== "en"))("%s has exactly the keys of English", (locale) => {
    const other = leaves(MESSAGES[locale] as unknown as Tree);
    expect(
      [...other.keys()].filter((k) => !english.has(k)),
      "keys English lacks",
    ).toEqual([]);
    expect(
      [...english.keys()].filter((k) => !other.has(k)),
      "keys missing",
    ).toEqual([]);
  });

  it.each(LOCALES)("%s: every message is valid ICU with the arguments of its English original", (locale) => {
    const catalog = leaves(MESSAGES[locale] as unknown as Tree);
    const mismatches: string[] = [];
    for (const [key, text] of catalog) {
      expect(text.trim(), `${locale}:${key} is empty`).not.toBe("");
      const mine = parse(text);
      const theirs = parse(english.get(key) ?? "");
      const args = [...argumentsOf(mine), ...[...tagsOf(mine)].map((t) => `<${t}>`)].sort();
      const want = [...argumentsOf(theirs), ...[...tagsOf(theirs)].map((t) => `<${t}>`)].sort();
      if (args.join() !== want.join()) mismatches.push(`${key}: ${args.join()} vs ${want.join()}`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(LOCALES)("%s: every message renders with its arguments filled in", (locale) => {
    const t = createTranslator({ locale, messages: MESSAGES[locale], formats: FORMATS, timeZone: "UTC" });
    for (const [key, text] of leaves(MESSAGES[locale] as unknown as Tree)) {
      const elements = parse(text);
      const values: Record<string, number | ((chunks: string) => string)> = Object.fromEntries(
        [...argumentsOf(elements)].map((name) => [name, 2]),
      );
      for (const tag of tagsOf(elements)) values[tag] = (chunks) => `[${chunks}]`;
      const rendered = (t.markup as (key: string, values: object) => string)(key, values);
      // Status-action templates keep our own {{placeholders}}, literally.
      expect(rendered.replace(/\{\{\w+\}\}/g, ""), key).not.toContain("{");
      expect(rendered, key).not.toBe(key);
    }
  });

  it("German is German: no message is left in English unless it reads the same in both", () => {
    const german = leaves(MESSAGES.de as unknown as Tree);
    // Words and codes that are the same in both languages.
    const same =
      /^(Helpdesk|Webhooks?|API|URL|Tickets?|Status|Details|Name|Admin|Moderator|System|Filter|SMS|Text|R-\{number\}|—|\{[a-z]+\}.*|T-\{number\}.*|.{0,2})$/;
    const untranslated = [...english].filter(([key, text]) => german.get(key) === text && !same.test(text));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
