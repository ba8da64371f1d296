import { describe, expect, it } from "vitest";
import { msg } from "../i18n/msg";
import { NEW, type TransitionTable } from "./transition-table";
import {
  checkMove,
  type EngineActor,
  finalStatus,
  type StatusRef,
  type WorkflowDefinition,
} from "./work-item-engine";

/** A made-up kind, a parcel: packed → shipped → delivered, only its courier ships it. */
type Cat = "packed" | "shipped" | "delivered";
type Party = "courier" | "clerk";
type Via = "create" | "scan";
type Parcel = { courierId: string };
const TABLE: TransitionTable<Cat, Party, Via> = [
  { from: [NEW], to: ["packed"], who: ["clerk"], via: ["create"], note: "" },
  { from: ["packed"], to: ["shipped"], who: ["courier"], via: ["scan"], note: "" },
  { from: ["shipped"], to: ["delivered"], who: ["courier"], via: ["scan"], note: "" },
];
const PARCEL: WorkflowDefinition<Cat, Party, Via, Parcel> = {
  kind: "parcel",
  table: TABLE,
  partiesOf: (actor, parcel) => {
    if (actor.role === "sys") return [];
    if (parcel === null) return actor.role === "member" ? ["clerk"] : [];
    return parcel.courierId === actor.id ? ["courier"] : [];
  },
  categoryMsg: () => msg("workflow.categories.open"),
  cannotMoveKey: "engine.taskCannotMove",
  strangerKey: () => "engine.taskNotYours",
};
const courier: EngineActor = { id: "c1", role: "member" };
const other: EngineActor = { id: "c2", role: "member" };

describe("the shared workflow core, on a made-up kind", () => {
  it("allows exactly its table's rows, for their parties", () => {
    expect(checkMove(PARCEL, courier, { courierId: "c1" }, "packed", "shipped", "scan")).toBeNull();
    expect(checkMove(PARCEL, courier, { courierId: "c1" }, "shipped", "delivered", "scan")).toBeNull();
    expect(checkMove(PARCEL, courier, { courierId: "c1" }, "packed", "delivered", "scan")?.code).toBe(
      "not_allowed",
    );
    expect(checkMove(PARCEL, other, { courierId: "c1" }, "packed", "shipped", "scan")?.message).toMatch(
      /assignee/,
    );
    expect(checkMove(PARCEL, courier, { courierId: "c1" }, "packed", "shipped", "create")?.ok).toBe(false);
  });

  it("decides creation from the (new) rows", () => {
    expect(checkMove(PARCEL, other, null, NEW, "packed", "create")).toBeNull();
    expect(checkMove(PARCEL, { id: "u", role: "code_user" }, null, NEW, "packed", "create")?.ok).toBe(false);
    expect(checkMove(PARCEL, other, null, NEW, "shipped", "create")?.ok).toBe(false);
  });

  it("follows status events to the final status", () => {
    const s = (category: Cat): StatusRef<Cat> => ({
      id: category,
      category,
      name: category,
      systemKey: category,
      archived: false,
      actionTypes: [],
    });
    const events = [
      { type: "status_changed", from: s("packed"), to: s("shipped") },
      { type: "note" },
      { type: "status_changed", from: s("shipped"), to: s("delivered") },
    ];
    expect(finalStatus(s("packed"), events).id).toBe("delivered");
  });
});
