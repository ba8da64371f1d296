/** What a messenger entry is: written text, or a link to a video session posted into the chat. */
export const MESSAGE_KINDS = ["text", "video_session"] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Which side of the conversation a person is on: the customer's, or the service company's. */
export const CONVERSATION_SIDES = ["customer", "staff"] as const;
export type ConversationSide = (typeof CONVERSATION_SIDES)[number];

export const MESSAGE_MAX_LENGTH = 5000;
