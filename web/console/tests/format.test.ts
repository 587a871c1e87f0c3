import { describe, expect, it } from 'vitest';
import { inZone, money, neighbourStage, percent } from '../src/format';

describe('format', () => {
  it('shows a UTC due time in the visitor time zone', () => {
    expect(inZone('2026-03-02T17:00:00Z', 'America/Los_Angeles')).toContain('09:00 AM PST');
    expect(inZone('2026-03-02T17:00:00Z', 'Europe/Berlin')).toContain('06:00 PM');
  });

  it('falls back to UTC for an unknown zone', () => {
    expect(inZone('2026-03-02T17:00:00Z', 'Not/AZone')).toContain('05:00 PM UTC');
  });

  it('moves by keyboard to the neighbouring stage only', () => {
    expect(neighbourStage('new', 'ArrowRight')).toBe('contacted');
    expect(neighbourStage('contacted', 'ArrowLeft')).toBe('new');
    expect(neighbourStage('new', 'ArrowLeft')).toBeNull();
    expect(neighbourStage('lost', 'ArrowRight')).toBeNull();
    expect(neighbourStage('new', 'x')).toBeNull();
  });

  it('formats money and ratios', () => {
    expect(money(12345.6)).toBe('$12,346');
    expect(percent(0.6667)).toBe('66.7%');
  });
});
