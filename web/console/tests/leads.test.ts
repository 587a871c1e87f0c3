import { describe, expect, it } from 'vitest';
import { addPage, countText, exportPath, NO_FILTERS, pagePath } from '../src/leadPaging';
import type { LeadItem } from '../src/types';

function lead(id: string): LeadItem {
  return {
    id, score: 50, classification: 'warm', priority: 'medium', customer_type: null, stage: 'qualified', status: 'new',
    owner_id: null, name: id, email: null, phone: null, created_at: '2026-12-01T10:00:00Z', updated_at: '2026-12-01T10:00:00Z',
  };
}

describe('lead paging', () => {
  it('asks for one page with the filter, the cursor and the day-only dates', () => {
    const path = pagePath({ ...NO_FILTERS, q: ' maya ', created_after: '2026-12-04', created_before: '2026-12-04' }, 'c1');
    const params = new URLSearchParams(path.split('?')[1]);
    expect(params.get('q')).toBe('maya');
    expect(params.get('created_after')).toBe('2026-12-04');
    expect(params.get('created_before')).toBe('2026-12-04');
    expect(params.get('cursor')).toBe('c1');
  });

  it('exports the same filter as CSV, without paging or sort', () => {
    const params = new URLSearchParams(exportPath({ ...NO_FILTERS, classification: 'hot' }).split('?')[1]);
    expect(params.get('format')).toBe('csv');
    expect(params.get('classification')).toBe('hot');
    expect(params.has('limit') || params.has('cursor') || params.has('sort')).toBe(false);
  });

  it('appends a later page without duplicates and keeps the total', () => {
    const first = addPage({ items: [], next: null, total: 0 }, { items: [lead('a'), lead('b')], next_cursor: 'n', total: 3 }, true);
    const second = addPage(first, { items: [lead('b'), lead('c')], next_cursor: null, total: 3 }, false);
    expect(second.items.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(second).toMatchObject({ next: null, total: 3 });
  });

  it('replaces the list when the filter changes (a first page)', () => {
    const old = { items: [lead('a')], next: 'x', total: 9 };
    expect(addPage(old, { items: [lead('z')], next_cursor: null, total: 1 }, true).items.map((l) => l.id)).toEqual(['z']);
  });

  it('says how many of how many are shown, or that more follow when the API gave no count', () => {
    expect(countText({ items: [lead('a')], next: 'n', total: 109 })).toBe('Showing 1 of 109 leads');
    expect(countText({ items: [lead('a')], next: 'n', total: null })).toBe('Showing 1 lead, more below');
  });
});
