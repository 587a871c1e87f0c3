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
