/** Shapes of the chat API contract (see docs: "The chat API contract"). */

export type Role = 'user' | 'assistant';

export interface Source {
  title: string;
  category?: string;
  source?: string;
}

/** Conversation state as the chat function reports it after each turn. */
export interface ChatState {
  stage?: string;
  customer_type?: string | null;
  collected?: Record<string, unknown>;
  missing?: string[];
  asking?: string | null;
  handoff?: boolean;
  /** How sales will reach the visitor after a handoff; null when no contact was arranged. */
  handoff_channel?: HandoffChannel | null;
  closed?: boolean;
}

export type HandoffChannel = 'email' | 'phone';

/** Response of `POST /messages`. */
export interface ChatReply extends ChatState {
  session_id: string;
  reply: string;
  sources: Source[];
  /** Sent once, on the turn that creates the session: proves ownership on GET/DELETE. */
  session_secret?: string | null;
}

export interface TranscriptMessage {
  role: Role;
  text: string;
  at?: string;
  sources?: Source[];
}

/** Response of `GET /sessions/{id}`. */
export interface SessionSnapshot {
  session_id: string;
  state: ChatState;
  messages: TranscriptMessage[];
}

export interface MessageContext {
  page_url?: string;
  locale?: string;
  timezone?: string;
}

export interface MessageRequest {
  session_id?: string;
  message: string;
  context?: MessageContext;
}
