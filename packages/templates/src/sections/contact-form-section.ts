import Type from 'typebox';
import { defineSection, type SectionRenderContext } from '../section-registry.ts';
import { html, type SafeHtml } from '../safe-html.ts';
import type { SpecProblem } from '../template-error.ts';
import { Heading, Label, Paragraph, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

export const FIELD_TYPES = ['text', 'email', 'tel', 'date', 'time', 'number', 'textarea', 'select', 'file'] as const;

const Field = props({
  name: Type.String({ pattern: '^[a-z][a-z0-9_-]*$', maxLength: 40 }),
  label: Label,
  type: Type.Enum(FIELD_TYPES),
  required: Type.Boolean(),
  /** The choices of a `select` field (required there, ignored elsewhere). */
  options: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 120 }), { minItems: 1, maxItems: 30 })),
  placeholder: Type.Optional(Type.String({ maxLength: 120 })),
});
type Field = Type.Static<typeof Field>;

const AUTOCOMPLETE: Partial<Record<Field['type'], string>> = { email: 'email', tel: 'tel' };

function control(field: Field, id: string, ctx: SectionRenderContext): SafeHtml {
  const required = field.required ? html` required` : '';
  if (field.type === 'textarea') {
    return html`<textarea id="${id}" name="${field.name}" rows="5"${required}${field.placeholder ? html` placeholder="${field.placeholder}"` : ''}></textarea>`;
  }
  if (field.type === 'select') {
    // The empty first choice makes `required` mean "pick one".
    const options = (field.options ?? []).map((o) => html`<option>${o}</option>`);
    return html`<select id="${id}" name="${field.name}"${required}><option value="">${field.placeholder ?? ctx.t('form.choose')}</option>${options}</select>`;
  }
  const autocomplete = AUTOCOMPLETE[field.type];
  return html`<input id="${id}" name="${field.name}" type="${field.type}"${required}${autocomplete ? html` autocomplete="${autocomplete}"` : ''}${field.placeholder ? html` placeholder="${field.placeholder}"` : ''}>`;
}

function fieldRow(field: Field, ctx: SectionRenderContext): SafeHtml {
  // Section ids cannot contain `_`, so `<section>__<field>` never collides with another id.
  const id = `${ctx.section.id}__${field.name}`;
  const marker = field.required ? html` <span class="field-required" aria-hidden="true">*</span>` : '';
  const wide = field.type === 'textarea' || field.type === 'file' ? ' field-wide' : '';
  return html`<div class="field${wide}"><label for="${id}">${field.label}${marker}</label>${control(field, id, ctx)}</div>`;
}

export const contactFormSection = defineSection({
  type: 'contact-form',
  props: props({
    heading: Heading,
    text: Type.String({ maxLength: 1000 }),
    fields: Type.Array(Field, { minItems: 1, maxItems: 20 }),
    submitLabel: Label,
    successMessage: Type.String({ minLength: 1, maxLength: 300 }),
  }),
  check(p) {
    const problems: SpecProblem[] = [];
    const seen = new Set<string>();
    p.fields.forEach((field, i) => {
      if (seen.has(field.name)) problems.push({ path: `/fields/${i}/name`, message: `duplicates the field name '${field.name}'` });
      seen.add(field.name);
      if (field.type === 'select' && !field.options) problems.push({ path: `/fields/${i}/options`, message: 'is required for a select field' });
    });
    return problems;
  },
  render(p, ctx) {
    // site.js handles the submit: it validates, shows the success message and sends nothing.
    return html`<div class="contact-layout"><div class="contact-copy">${sectionHeader(ctx, p.heading, p.text)}</div><form class="contact-form" data-prototype-form data-summary data-success-message="${p.successMessage}" aria-labelledby="${ctx.headingId}"><div class="fields">${p.fields.map((f) => fieldRow(f, ctx))}</div><div class="form-actions"><button type="submit" class="button button-primary">${p.submitLabel}</button></div><div class="form-status" role="status" aria-live="polite" data-form-status></div></form></div>`.value;
  },
});
