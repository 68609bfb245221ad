import type { ThemeName } from './template-spec.ts';

/**
 * A theme is a set of colours, emitted as CSS custom properties; the layout stylesheet uses
 * only these variables. Every text/background pair the layout uses is held to WCAG AA contrast
 * by `themes.test.ts`, so add a pair there when the layout gains one.
 */
export interface ThemeTokens {
  colorScheme: 'light' | 'dark';
  /** Page background, alternate section background, card and form background. */
  bg: string;
  surface: string;
  card: string;
  text: string;
  muted: string;
  /** Hairlines and card outlines (decorative). */
  border: string;
  /** Form control outlines: at least 3:1 against the card. */
  fieldBorder: string;
  fieldBg: string;
  accent: string;
  /** Text on `accent`. */
  accentText: string;
  /** Tinted background for icons and the current navigation item. */
  accentSoft: string;
  link: string;
  /** Decorative second colour: heading bars, drawn art. */
  highlight: string;
  focus: string;
  success: string;
  danger: string;
  /** Translucent header background (8-digit hex). */
  headerBg: string;
  heroFrom: string;
  heroTo: string;
  heroText: string;
  heroMuted: string;
  heroButtonBg: string;
  heroButtonText: string;
  ctaBg: string;
  ctaText: string;
  ctaMuted: string;
  ctaButtonBg: string;
  ctaButtonText: string;
  footerBg: string;
  footerText: string;
  footerMuted: string;
  footerBorder: string;
  /** Shadow colour (8-digit hex). */
  shadow: string;
}

export const THEME_TOKENS: Record<ThemeName, ThemeTokens> = {
  light: {
    colorScheme: 'light',
    bg: '#ffffff',
    surface: '#f4f6fb',
    card: '#ffffff',
    text: '#141c2b',
    muted: '#4b5567',
    border: '#dfe4ee',
    fieldBorder: '#858fa1',
    fieldBg: '#ffffff',
    accent: '#2453d1',
    accentText: '#ffffff',
    accentSoft: '#e6edfd',
    link: '#1f4bc2',
    highlight: '#f0a13a',
    focus: '#2453d1',
    success: '#176c3a',
    danger: '#c0262d',
    headerBg: '#ffffffe0',
    heroFrom: '#eef3ff',
    heroTo: '#fbf3ff',
    heroText: '#141c2b',
    heroMuted: '#46516a',
    heroButtonBg: '#2453d1',
    heroButtonText: '#ffffff',
    ctaBg: '#1f47b5',
    ctaText: '#ffffff',
    ctaMuted: '#dde6ff',
    ctaButtonBg: '#ffffff',
    ctaButtonText: '#1a3f9e',
    footerBg: '#0f1626',
    footerText: '#eef1f7',
    footerMuted: '#a9b3c6',
    footerBorder: '#2a3349',
    shadow: '#1a2b5a33',
  },
  dark: {
    colorScheme: 'dark',
    bg: '#0d1117',
    surface: '#131925',
    card: '#18202e',
    text: '#e9edf4',
    muted: '#a7b1c2',
    border: '#283246',
    fieldBorder: '#6a7892',
    fieldBg: '#0f141d',
    accent: '#7da4ff',
    accentText: '#0a1222',
    accentSoft: '#1c2a48',
    link: '#93b4ff',
    highlight: '#f2b357',
    focus: '#a9c3ff',
    success: '#6fd39a',
    danger: '#ff8a8a',
    headerBg: '#0d1117e0',
    heroFrom: '#111a2f',
    heroTo: '#1e1533',
    heroText: '#f4f6fb',
    heroMuted: '#bac3d4',
    heroButtonBg: '#7da4ff',
    heroButtonText: '#0a1222',
    ctaBg: '#223f86',
    ctaText: '#ffffff',
    ctaMuted: '#d3ddf7',
    ctaButtonBg: '#ffffff',
    ctaButtonText: '#1b3370',
    footerBg: '#080b10',
    footerText: '#e9edf4',
    footerMuted: '#9aa5b8',
    footerBorder: '#222b3b',
    shadow: '#00000080',
  },
  eu: {
    colorScheme: 'light',
    bg: '#fbfaf6',
    surface: '#eff2f9',
    card: '#ffffff',
    text: '#0f1f45',
    muted: '#45506a',
    border: '#d8dfec',
    fieldBorder: '#7b859b',
    fieldBg: '#ffffff',
    accent: '#003399',
    accentText: '#ffffff',
    accentSoft: '#e2e9f8',
    link: '#003399',
    highlight: '#ffcc00',
    focus: '#003399',
    success: '#176c3a',
    danger: '#b3261e',
    headerBg: '#fbfaf6e6',
    heroFrom: '#003399',
    heroTo: '#0a2466',
    heroText: '#ffffff',
    heroMuted: '#d6def2',
    heroButtonBg: '#ffcc00',
    heroButtonText: '#0f1f45',
    ctaBg: '#0a2a75',
    ctaText: '#ffffff',
    ctaMuted: '#d6def2',
    ctaButtonBg: '#ffcc00',
    ctaButtonText: '#0f1f45',
    footerBg: '#0a1c47',
    footerText: '#f2f4fa',
    footerMuted: '#b7c2dc',
    footerBorder: '#23376a',
    shadow: '#0a246633',
  },
  uae: {
    colorScheme: 'light',
    bg: '#fcf9f3',
    surface: '#f4ecdd',
    card: '#fffdf9',
    text: '#1b2620',
    muted: '#555848',
    border: '#e4d9c4',
    fieldBorder: '#8a826e',
    fieldBg: '#fffdf9',
    accent: '#00653a',
    accentText: '#ffffff',
    accentSoft: '#e1eee5',
    link: '#00613a',
    highlight: '#c9a55c',
    focus: '#00653a',
    success: '#00653a',
    danger: '#b4232b',
    headerBg: '#fcf9f3e6',
    heroFrom: '#0b3b29',
    heroTo: '#00653a',
    heroText: '#fcf6e9',
    heroMuted: '#dcd3bd',
    heroButtonBg: '#ecd9aa',
    heroButtonText: '#0b3b29',
    ctaBg: '#0b4a31',
    ctaText: '#ffffff',
    ctaMuted: '#dfe9df',
    ctaButtonBg: '#f1e3bd',
    ctaButtonText: '#0b3b29',
    footerBg: '#10251b',
    footerText: '#f4eee1',
    footerMuted: '#c3baa5',
    footerBorder: '#2a4436',
    shadow: '#3d2f1033',
  },
};

const cssName = (token: string) => `--${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The theme's colours as custom properties on `:root`. */
export function themeCss(theme: ThemeName): string {
  const { colorScheme, ...colors } = THEME_TOKENS[theme];
  const properties = Object.entries(colors).map(([token, value]) => `${cssName(token)}:${value}`);
  return `:root{color-scheme:${colorScheme};${properties.join(';')}}\n`;
}
