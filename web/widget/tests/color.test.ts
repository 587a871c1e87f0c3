import { describe, expect, it } from 'vitest';
import { accentAsText, contrastRatio, DEFAULT_ACCENT, parseAccent, textColorOn } from '../src/color';

describe('parseAccent', () => {
  it('accepts #rgb and #rrggbb and normalises them', () => {
    expect(parseAccent('#AbC')).toBe('#aabbcc');
    expect(parseAccent(' #8A4B22 ')).toBe('#8a4b22');
  });

  it('rejects anything that is not a plain hex colour', () => {
    for (const bad of ['red', '#12', '#12345', '#1234567', 'url(x)', '#fff;background:url(x)', '', null, undefined]) {
      expect(parseAccent(bad)).toBeNull();
    }
  });
});

describe('contrast', () => {
  it('gives white text on the default accent at least WCAG AA (4.5:1)', () => {
    expect(textColorOn(DEFAULT_ACCENT)).toBe('#ffffff');
    expect(contrastRatio(DEFAULT_ACCENT, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('switches to dark text on a light accent', () => {
    expect(textColorOn('#ffd54f')).toBe('#1f1a17');
  });

  it('uses the accent as link colour only when it is readable on white', () => {
    expect(accentAsText('#8a4b22')).toBe('#8a4b22');
    expect(accentAsText('#ffd54f')).toBe('#1f1a17');
  });

  it('computes the textbook ratio for black on white', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
