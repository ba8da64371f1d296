import auth from "./de/auth.json";
import common from "./de/common.json";
import engine from "./de/engine.json";
import errors from "./de/errors.json";
import messaging from "./de/messaging.json";
import nav from "./de/nav.json";
import notifications from "./de/notifications.json";
import portal from "./de/portal.json";
import profile from "./de/profile.json";
import sessions from "./de/sessions.json";
import settings from "./de/settings.json";
import shortcuts from "./de/shortcuts.json";
import tasks from "./de/tasks.json";
import tickets from "./de/tickets.json";
import workflow from "./de/workflow.json";

/** The German catalog, one file per namespace. */
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
