import type { ApiError } from './api';

/** Every sentence the widget itself says to visitors (the bot's words come from the server). */

export const COPY = {
  launcherOpen: 'Chat with us',
  close: 'Close chat',
  startOver: 'Start over',
  send: 'Send',
  retry: 'Try again',
  inputLabel: 'Your message',
  placeholder: 'Type your message…',
  logLabel: 'Conversation',
  typing: 'Assistant is typing…',
  sources: 'Sources',
  you: 'You',
  assistant: 'Assistant',
  handoff: 'A member of our sales team will be in touch soon.',
  closed: 'This conversation has ended. Choose “Start over” to begin a new one.',
  startOverFailed: 'We couldn’t clear the conversation just now. Please try again in a moment.',
  restoreFailed: 'We couldn’t load your earlier messages. You can keep chatting.',
} as const;

/** A friendly, specific sentence for a failed request. */
export function describeError(error: ApiError): string {
  switch (error.kind) {
    case 'network':
      return 'We can’t reach our chat service right now. Please check your connection and try again.';
    case 'timeout':
      return 'This is taking longer than usual. Your message is still in the box below, so you can try again.';
    case 'rate_limited':
      return error.retryAfterSeconds !== undefined
        ? `You’re sending messages a little fast. Please wait ${formatWait(error.retryAfterSeconds)} and try again.`
        : 'You’re sending messages a little fast. Please wait a moment and try again.';
    case 'client':
      return error.status === 413 || error.code === 'too_long'
        ? 'That message is too long. Please shorten it and try again.'
        : 'We couldn’t send that message. Please rephrase it and try again.';
    case 'not_found':
    case 'server':
    case 'malformed':
      return 'Something went wrong on our side. Please try again in a moment.';
  }
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
