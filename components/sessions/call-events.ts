/** The window event that carries a call signal from the live stream to the call on the page. */
export const CALL_SIGNAL_EVENT = "helpdesk:call-signal";
