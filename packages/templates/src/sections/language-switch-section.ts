import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

/** The language versions the customer asked for, as a switch mock-up; the first is the current one. */
export const languageSwitchSection = defineSection({
  type: 'language-switch',
  props: props({ heading: Heading, intro: Intro, languages: Type.Array(props({ code: Type.String({ pattern: '^[a-z]{2}$' }), name: Label }), { minItems: 2, maxItems: 12 }) }),
  render(p, ctx) {
    const buttons = p.languages.map((l, i) => html`<button type="button" class="lang" lang="${l.code}" aria-pressed="${i === 0 ? 'true' : 'false'}" data-lang-option>${l.name}</button>`);
    return html`${sectionHeader(ctx, p.heading, p.intro)}<div class="language-switch" data-language-switch data-message="${ctx.t('languages.switched', { language: '{language}' })}"><div class="lang-options" role="group" aria-labelledby="${ctx.headingId}">${buttons}</div><p class="form-status" role="status" aria-live="polite" data-lang-status></p></div>`.value;
  },
});
