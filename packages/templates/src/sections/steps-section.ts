import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Intro, TitledText, props } from './section-fields.ts';
import { itemHeading, sectionHeader } from './section-markup.ts';

export const stepsSection = defineSection({
  type: 'steps',
  props: props({ heading: Heading, intro: Intro, steps: Type.Array(TitledText, { minItems: 1, maxItems: 12 }) }),
  render(p, ctx) {
    const steps = p.steps.map((step) => html`<li class="step">${itemHeading(ctx, step.title, 'step-title')}<p>${step.text}</p></li>`);
    return html`${sectionHeader(ctx, p.heading, p.intro)}<ol class="steps">${steps}</ol>`.value;
  },
});
