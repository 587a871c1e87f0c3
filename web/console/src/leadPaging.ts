/** Pure helpers of the leads list: which query a filter makes, and how pages add up. */
import { query } from './api';
import type { LeadItem, LeadPage } from './types';

export interface LeadFilters {
  classification: string;
  status: string;
  created_after: string;
  created_before: string;
  q: string;
  /** '' any visitor, 'true' existing customers only, 'false' prospects only. */
  existing_customer: string;
  sort: string;
}

export const NO_FILTERS: LeadFilters = { classification: '', status: '', created_after: '', created_before: '', q: '', existing_customer: '', sort: '-created_at' };
export const PAGE_SIZE = 50;

/** The list request for one page (dates are sent as days; the API makes both ends inclusive). */
export function pagePath(filters: LeadFilters, cursor: string | null): string {
  return `/leads/${query({ ...filters, q: filters.q.trim(), limit: PAGE_SIZE, cursor })}`;
}

/** The export of everything the filter matches (no paging, no sort). */
export function exportPath(filters: LeadFilters): string {
  const { sort: _sort, ...rest } = filters;
  return `/leads/export${query({ format: 'csv', ...rest, q: rest.q.trim() })}`;
}

/** `total` is null when the API did not count (an older leads function). */
export interface LeadList { items: LeadItem[]; next: string | null; total: number | null }

export const EMPTY_LIST: LeadList = { items: [], next: null, total: 0 };

/** The list after one more page: a first page replaces, a later one appends (no duplicates). */
export function addPage(list: LeadList, page: LeadPage, first: boolean): LeadList {
  const seen = new Set(first ? [] : list.items.map((l) => l.id));
  const items = [...(first ? [] : list.items), ...page.items.filter((l) => !seen.has(l.id))];
  return { items, next: page.next_cursor, total: page.total ?? null };
}

/** "Showing 50 of 109 leads"; without a count, "Showing 50 leads" (and "more below"). */
export function countText(list: LeadList): string {
  if (list.total !== null) return `Showing ${list.items.length} of ${list.total} leads`;
  const noun = list.items.length === 1 ? 'lead' : 'leads';
  return `Showing ${list.items.length} ${noun}${list.next ? ', more below' : ''}`;
}
