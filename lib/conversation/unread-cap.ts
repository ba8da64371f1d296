/** A list shows "99+" from here on: counting further would read a long-unread ticket's every message. */
export const UNREAD_CAP = 100;
