"""Leads: scoring, classification, follow-up, summary, estimate, enrichment and their storage."""
