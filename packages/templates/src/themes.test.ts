import { describe, expect, it } from 'vitest';
import { siteStylesheet } from './site-stylesheet.ts';
import { THEMES } from './template-spec.ts';
import { THEME_TOKENS, themeCss, type ThemeTokens } from './themes.ts';

type Color = Exclude<keyof ThemeTokens, 'colorScheme'>;

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text drawn on a background somewhere in the layout: WCAG AA asks 4.5:1. */
const TEXT_PAIRS: [Color, Color][] = [
  ['text', 'bg'], ['text', 'surface'], ['text', 'card'], ['text', 'fieldBg'],
  ['muted', 'bg'], ['muted', 'surface'], ['muted', 'card'],
  ['link', 'bg'], ['link', 'surface'], ['link', 'card'], ['link', 'accentSoft'],
  ['accentText', 'accent'],
  ['success', 'card'], ['danger', 'card'],
  ['heroText', 'heroFrom'], ['heroText', 'heroTo'], ['heroMuted', 'heroFrom'], ['heroMuted', 'heroTo'], ['heroButtonText', 'heroButtonBg'],
  ['ctaText', 'ctaBg'], ['ctaMuted', 'ctaBg'], ['ctaButtonText', 'ctaButtonBg'],
  ['footerText', 'footerBg'], ['footerMuted', 'footerBg'],
];

/** Boundaries a user must see (form fields, focus ring, buttons): 3:1 (WCAG 1.4.11). */
const UI_PAIRS: [Color, Color][] = [
  ['fieldBorder', 'card'], ['fieldBorder', 'fieldBg'],
  ['focus', 'bg'], ['focus', 'surface'], ['focus', 'card'],
  ['accent', 'bg'], ['accent', 'card'],
  ['heroButtonBg', 'heroFrom'], ['heroButtonBg', 'heroTo'], ['ctaButtonBg', 'ctaBg'],
];

describe.each(THEMES)('theme %s', (theme) => {
  const tokens = THEME_TOKENS[theme];

  it.each(TEXT_PAIRS)('%s on %s has at least 4.5:1 contrast', (fg, bg) => {
    expect(contrast(tokens[fg], tokens[bg])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(UI_PAIRS)('%s against %s has at least 3:1 contrast', (fg, bg) => {
    expect(contrast(tokens[fg], tokens[bg])).toBeGreaterThanOrEqual(3);
  });

  it('defines every custom property the layout uses', () => {
    const css = siteStylesheet(theme);
    const defined = new Set([...themeCss(theme).matchAll(/(--[a-z-]+):/g)].map((m) => m[1]));
    const used = new Set([...css.matchAll(/var\((--[a-z-]+)\)/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
  });
});

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
