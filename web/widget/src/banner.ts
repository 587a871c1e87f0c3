import { COPY } from './copy';
import { h } from './dom';
import type { ChatState } from './types';
import type { NoticeContent } from './view';

export interface SalesContact {
  salesEmail: string | null;
  salesPhone: string | null;
}

/**
 * The handoff notice says only what the chat API reports was arranged: a promise of contact
 * when a channel was agreed, otherwise how the visitor can reach sales themselves.
 */
export function handoffNotice(state: ChatState, sales: SalesContact): NoticeContent {
  if (state.handoff_channel) return [COPY.handoffBy[state.handoff_channel]];
  const ways: Node[] = [];
  if (sales.salesEmail) ways.push(h('a', { href: `mailto:${sales.salesEmail}` }, [sales.salesEmail]));
  if (sales.salesPhone) ways.push(h('a', { href: `tel:${sales.salesPhone.replace(/[^\d+]/g, '')}` }, [sales.salesPhone]));
  if (!ways.length) return [COPY.reachSalesAbove];
  const [first, second] = ways;
  return second ? [COPY.reachSales, 'email ', first, ' or call ', second, '.'] : [COPY.reachSales, sales.salesEmail ? 'email ' : 'call ', first, '.'];
}
