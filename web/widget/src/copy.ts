import type { ApiError } from './api';

/** Every sentence the widget itself says to visitors (the bot's words come from the server). */

export const COPY = {
  launcherOpen: 'Chat with us',
  launcherHide: 'Hide chat',
  close: 'Close chat',
  startOver: 'Start over',
  confirmStartOver: 'Delete this conversation and start a new one?',
  confirmYes: 'Delete and start over',
  confirmNo: 'Keep chatting',
  automated: 'Automated assistant',
  privacy: 'Privacy notice',
  newMessages: 'New message below',
  startNew: 'Start a new conversation',
  closedPlaceholder: 'This conversation has ended',
  tooLong: 'Your message is over 2,000 characters. Please shorten it to send it.',
  canSendAgain: 'You can send your message again now.',
  send: 'Send',
  retry: 'Try again',
  inputLabel: 'Your message',
  placeholder: 'Type your message…',
  logLabel: 'Conversation',
  typing: 'Assistant is typing…',
  sources: 'Sources',
  you: 'You',
  assistant: 'Assistant',
  handoffBy: { email: 'Our sales team will contact you by email soon.', phone: 'Our sales team will contact you by phone soon.' },
  reachSales: 'To talk to a person on our sales team, ',
  reachSalesAbove: 'To talk to a person on our sales team, see the message above for how to reach them.',
  closed: 'This conversation has ended.',
  startOverFailed: 'We couldn’t clear the conversation just now. Please try again in a moment.',
  restoreFailed: 'We couldn’t load your earlier messages. You can keep chatting.',
} as const;

export function counterText(length: number, limit: number): string {
  const over = length - limit;
  const count = `${length.toLocaleString('en-US')} / ${limit.toLocaleString('en-US')}`;
  return over > 0 ? `${count} · ${over.toLocaleString('en-US')} over the limit, please shorten it` : count;
}

/** A friendly, specific sentence for a failed request. */
export function describeError(error: ApiError, secondsLeft = error.retryAfterSeconds): string {
  switch (error.kind) {
    case 'network':
      return 'We can’t reach our chat service right now. Please check your connection and try again.';
    case 'timeout':
      return 'This is taking longer than usual. Your message is still in the box below, so you can try again.';
    case 'rate_limited':
      return secondsLeft !== undefined
        ? `You’re sending messages a little fast. Please wait ${formatWait(secondsLeft)} and try again.`
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
