import { layoutStylesheet, THEME_TOKENS, themeCss, type ThemeName } from '@statex/templates';

export const THEME_NAMES = Object.keys(THEME_TOKENS) as ThemeName[];

/**
 * The prototypes' layout and every theme, scoped by `data-theme` on <html>: light by default, dark
 * when the system prefers it and nothing was chosen. Built once at build time, inlined in the page.
 */
export function siteStyles(): string {
  const scoped = (theme: ThemeName, selector: string) => themeCss(theme).replace(':root', selector);
  return [
    scoped('light', ':root'),
    `@media (prefers-color-scheme:dark){${scoped('dark', ':root:not([data-theme])')}}`,
    ...THEME_NAMES.map((theme) => scoped(theme, `:root[data-theme="${theme}"]`)),
    // Layered, so Tailwind utilities still win over the sections' element rules.
    `@layer theme, base, sections, components, utilities;\n@layer sections{${layoutStylesheet()}}`,
  ].join('\n');
}
