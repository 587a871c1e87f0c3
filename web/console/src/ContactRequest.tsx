import { waited } from './format';
import type { ContactRequest } from './types';

/** What a visitor asked sales for: channel, preferred time, conditions, items, and the wait so
 * far. */
export function ContactRequestLine({ request }: { request: ContactRequest }) {
  return (
    <span className="contact-request">
      <strong>Requested contact</strong>
      {request.channel ? ` by ${request.channel}` : ' (no channel given)'}
      {request.conditions && request.conditions.length > 0
        ? `, ${request.conditions.join('; ')}`
        : request.preferred_time
          ? `, ${request.preferred_time}`
          : ''}
      {request.items.length > 0 ? ` · about ${request.items.join(', ')}` : ''}
      {` · waiting ${waited(request.waited_business_minutes)} of sales hours`}
    </span>
  );
}
