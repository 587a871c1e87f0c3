/** Pure formatting and pipeline helpers (unit-tested). */

import { STAGES, type Stage } from './types';

export function money(value: number, currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}

export function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** A UTC instant shown in the visitor's own time zone, with the zone's short name. */
export function inZone(iso: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = {
    timeZone, weekday: 'short', year: 'numeric', month: 'short', day: 'numeric',
    hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  };
  try {
    return new Intl.DateTimeFormat('en-US', options).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).format(new Date(iso));
  }
}

/** The stage a keyboard move goes to: ArrowRight is the next stage, ArrowLeft the previous. */
export function neighbourStage(stage: Stage, key: string): Stage | null {
  const index = STAGES.indexOf(stage);
  if (key === 'ArrowRight' && index < STAGES.length - 1) return STAGES[index + 1];
  if (key === 'ArrowLeft' && index > 0) return STAGES[index - 1];
  return null;
}

export function label(value: string): string {
  return value.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

/** How long a visitor has waited, in sales hours: "45 min", "3 h 05 min", "2 d 1 h" (8-hour days). */
export function waited(businessMinutes: number): string {
  const minutes = Math.max(0, Math.round(businessMinutes));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 8)} d ${hours % 8} h`;
}

/** A ticket's or lead's contact on one line, or an em dash when none was given. */
export function contactLine(contact: { name?: string | null; email?: string | null; phone?: string | null } | null | undefined): string {
  if (!contact) return '—';
  return [contact.name, contact.email, contact.phone].filter(Boolean).join(' · ') || '—';
}

/** Who did something: their name when the API gave one, "you", never a raw user id. */
export function byWhom(name: string | null | undefined, id: string, me?: string): string {
  if (name) return name;
  if (me && id === me) return 'you';
  return id === 'system' ? 'the system' : 'a teammate';
}

/** The file name of a CSV export: `leads-2026-12-04.csv`. */
export function exportName(now: Date): string {
  return `leads-${now.toISOString().slice(0, 10)}.csv`;
}
