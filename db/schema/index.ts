export * from "./assets";
export * from "./messages";
export * from "./money";
export * from "./notifications";
export * from "./statuses";
export * from "./system";
export * from "./tickets";
export * from "./users";
