/** Per-action tallies and latency percentiles, and the table printed at the end of a run. */

export type Outcome = "ok" | "refused" | "error" | "outage";

/** A failed request: `at` when it started, `end` when its answer (or its failure) came. */
export type Failure = { at: number; end: number; action: string; detail: string };

type Tally = { ok: number; refused: Map<string, number>; error: number; outage: number; ms: number[] };

export class Stats {
  private byAction = new Map<string, Tally>();
  readonly errors: Failure[] = [];
  readonly outageErrors: Failure[] = [];
  /** Every answer in order, for the time until requests succeed again after a fault. */
  readonly timeline: { at: number; ok: boolean }[] = [];

  /** `ms` is the request's duration: a request is placed in time by when it started. */
  record(action: string, outcome: Exclude<Outcome, "outage">, ms: number, detail = ""): void {
    let t = this.byAction.get(action);
    if (!t) {
      t = { ok: 0, refused: new Map(), error: 0, outage: 0, ms: [] };
      this.byAction.set(action, t);
    }
    const end = Date.now();
    const at = end - ms;
    this.timeline.push({ at, ok: outcome !== "error" });
    if (outcome === "refused") t.refused.set(detail, (t.refused.get(detail) ?? 0) + 1);
    else t[outcome]++;
    if (outcome === "error") this.errors.push({ at, end, action, detail });
    else t.ms.push(ms);
  }

  /** Errors of requests in flight at some time within [from, to) count as "during outage" instead. */
  setOutage(from: number, to: number): void {
    const inWindow = this.errors.filter((e) => e.end >= from && e.at < to);
    for (const e of inWindow) {
      const t = this.byAction.get(e.action)!;
      t.error--;
      t.outage++;
    }
    this.outageErrors.push(...inWindow);
    this.errors.splice(0, this.errors.length, ...this.errors.filter((e) => !inWindow.includes(e)));
  }

  total(key: "ok" | "error" | "outage"): number {
    return [...this.byAction.values()].reduce((n, t) => n + t[key], 0);
  }

  table(seconds: number): string {
    const pct = (sorted: number[], p: number) =>
      sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
    const head = ["action", "requests", "ok", "refused", "errors", "outage", "req/s", "p50", "p95", "p99"];
    const rows = [...this.byAction].map(([name, t]) => {
      const sorted = [...t.ms].sort((a, b) => a - b);
      const refused = [...t.refused.values()].reduce((a, b) => a + b, 0);
      const requests = t.ok + refused + t.error + t.outage;
      const reasons = [...t.refused].map(([code, n]) => `${code} ${n}`).join(", ");
      return [
        name,
        String(requests),
        String(t.ok),
        refused ? `${refused} (${reasons})` : "0",
        String(t.error),
        String(t.outage),
        (requests / seconds).toFixed(1),
        ...[50, 95, 99].map((p) => pct(sorted, p).toFixed(0)),
      ];
    });
    const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
    const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ")} |`;
    return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
  }
}
