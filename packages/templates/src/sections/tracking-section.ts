import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { input, mockupBadge } from './form-markup.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

/** Reference number → where the order / repair / application stands, from sample data (site.js). */
export const trackingSection = defineSection({
  type: 'tracking',
  props: props({ heading: Heading, intro: Intro, steps: Type.Array(Label, { minItems: 2, maxItems: 8 }), example: Type.String({ minLength: 1, maxLength: 40 }) }),
  render(p, ctx) {
    const t = ctx.t;
    const steps = p.steps.map((step) => html`<li class="track-step" data-track-step>${step}</li>`);
    return html`${sectionHeader(ctx, p.heading, p.intro)}<form class="proto-form tracking" data-tracking aria-label="${t('tracking.submit')}">${mockupBadge(ctx, 'mockup.sample')}<div class="fields fields-inline">${input(ctx, 'reference', t('tracking.reference'), { required: true, value: p.example })}<div class="form-actions"><button type="submit" class="button button-primary">${t('tracking.submit')}</button></div></div><div class="track-result" data-track-result hidden><p role="status" aria-live="polite" data-track-status data-template="${t('tracking.status', { reference: '{reference}', status: '{status}' })}"></p><ol class="track-steps">${steps}</ol></div></form>`.value;
  },
});
