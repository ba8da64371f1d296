import auth from "./en/auth.json";
import common from "./en/common.json";
import engine from "./en/engine.json";
import errors from "./en/errors.json";
import messaging from "./en/messaging.json";
import nav from "./en/nav.json";
import notifications from "./en/notifications.json";
import portal from "./en/portal.json";
import profile from "./en/profile.json";
import sessions from "./en/sessions.json";
import settings from "./en/settings.json";
import shortcuts from "./en/shortcuts.json";
import tasks from "./en/tasks.json";
import tickets from "./en/tickets.json";
import workflow from "./en/workflow.json";

/** The English catalog, one file per namespace. */
const messages = {
  common,
  nav,
  auth,
  errors,
  engine,
  workflow,
  tickets,
  tasks,
  sessions,
  portal,
  notifications,
  settings,
  messaging,
  profile,
  shortcuts,
};
export default messages;
