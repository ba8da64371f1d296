/** The ticket engine: its model, its commands and the menu projected from them. */
export * from "./ticket-commands";
export * from "./ticket-menu";
export * from "./ticket-model";
export { finalStatus, systemStatus } from "./work-item-engine";
