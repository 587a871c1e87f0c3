/** The API's shapes the console reads (see openapi.yaml). */

export const STAGES = ['new', 'contacted', 'meeting', 'proposal', 'won', 'lost'] as const;
export type Stage = (typeof STAGES)[number];

/** Who follows a lead or deal up: account management for an existing customer. */
export type Team = 'new_business' | 'account_management';

export interface StageChange { stage: Stage; at: string; by: string; by_name?: string | null }

export interface Deal {
  id: string;
  lead_id: string;
  session_id: string | null;
  title: string;
  company: string | null;
  stage: Stage;
  /** Absent from an older crm function: not a customer. */
  existing_customer?: boolean;
  team?: Team;
  amount: number;
  probability: number;
  weighted_amount: number;
  owner_id: string | null;
  expected_close: string | null;
  lost_reason: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  stage_history: StageChange[];
}

export interface Note { id: string; text: string; author_id: string; author_name?: string | null; at: string }
export interface DealDetail extends Deal { notes: Note[] }

export interface PipelineColumn { stage: Stage; count: number; amount: number; weighted_amount: number }

export interface LeadItem {
  id: string;
  score: number;
  classification: string;
  priority: string;
  customer_type: string | null;
  /** Absent from an older leads function: not a customer. */
  existing_customer?: boolean;
  team?: Team;
  stage: string;
  status: string;
  owner_id: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  created_at: string;
  updated_at: string;
  summary?: { text: string } | string | null;
  contact_request?: ContactRequest | null;
}

/** A visitor's request for a person (a call, a quote, a proposal): the "Requested contact" queue. */
export interface ContactRequest {
  requested_at: string;
  channel: 'email' | 'phone' | null;
  preferred_time: string | null;
  conditions?: string[];
  items: string[];
  waited_business_minutes: number;
}

export interface LeadPage { items: LeadItem[]; next_cursor: string | null; total?: number }

export interface ScoreItem { category: string; rule: string; points: number; max_points: number; detail: string }
export interface LineItem {
  item: string; quantity: number; unit: string; low: number; high: number; basis: string;
  recurring?: boolean; monthly_low?: number | null; monthly_high?: number | null;
}
export interface Source { title?: string; source?: string; heading?: string; url?: string }

export interface LeadDetail extends Omit<LeadItem, 'summary'> {
  session_id: string;
  breakdown: { total: number; categories: Record<string, number>; items: ScoreItem[] };
  follow_up: { action: string; due_at: string; latest_at: string | null; timezone: string; steps: string[] };
  summary: {
    text: string; who: string; needs: string[]; when: string | null; asked_about: string[]; objections: string[];
    budget?: number | null; currency?: string;
  };
  estimate: {
    currency: string; low: number; high: number; line_items: LineItem[]; assumptions: string[];
    one_off_low?: number; one_off_high?: number; first_year_recurring_low?: number; first_year_recurring_high?: number;
  };
  deal: { id: string; stage: string; amount: number } | null;
  transcript: { role: string; text: string; at: string; sources?: Source[] | null }[];
}

export interface Ticket {
  id: string;
  session_id: string;
  status: 'open' | 'pending' | 'resolved';
  category: string;
  issue: string;
  contact: { name?: string | null; email?: string | null; phone?: string | null } | null;
  emergency_offered: boolean;
  owner_id: string | null;
  created_at: string;
}

export interface TicketDetail extends Ticket { transcript: { role: string; text: string; at: string }[] }

export interface Analytics {
  classification: { classification: string | null; count: number; avg_score: number }[];
  funnel: { stage: string; count: number }[];
  series: { bucket: string; conversations: number; leads: number; qualified: number }[];
  conversion: {
    visitor_to_lead: number; lead_to_qualified: number; qualified_to_won: number;
    visitors?: number; leads?: number; qualified?: number; won?: number;
  };
  fields: { field: string; asked: number; answered: number; volunteered?: number; skipped: number; refused: number }[];
  /** Metric name -> one sentence saying what it counts. */
  definitions?: Record<string, string>;
}
