import { html, type SafeHtml } from '../safe-html.ts';
import type { SectionRenderContext } from '../section-registry.ts';

/** `<section>__<name>`: section ids cannot contain `_`, so this never collides with another id. */
export function fieldId(ctx: SectionRenderContext, name: string): string {
  return `${ctx.section.id}__${name}`;
}

export interface InputOptions {
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'number' | 'password' | 'file' | 'search';
  required?: boolean;
  autocomplete?: string;
  min?: string;
  value?: string;
  wide?: boolean;
}

/** A labelled control in a `.field` wrapper; the required marker is decorative (the attribute says it). */
export function labelled(ctx: SectionRenderContext, name: string, label: string, control: SafeHtml, required: boolean, wide = false): SafeHtml {
  const marker = required ? html` <span class="field-required" aria-hidden="true">*</span>` : '';
  return html`<div class="field${wide ? ' field-wide' : ''}"><label for="${fieldId(ctx, name)}">${label}${marker}</label>${control}</div>`;
}

export function input(ctx: SectionRenderContext, name: string, label: string, options: InputOptions = {}): SafeHtml {
  const type = options.type ?? 'text';
  const attributes = html`${options.required ? html` required` : ''}${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${options.min ? html` min="${options.min}"` : ''}${options.value ? html` value="${options.value}"` : ''}`;
  return labelled(ctx, name, label, html`<input id="${fieldId(ctx, name)}" name="${name}" type="${type}"${attributes}>`, options.required ?? false, options.wide);
}

export function select(ctx: SectionRenderContext, name: string, label: string, choices: readonly string[], required = true): SafeHtml {
  // The empty first choice makes `required` mean "pick one".
  const options = choices.map((choice) => html`<option>${choice}</option>`);
  return labelled(ctx, name, label, html`<select id="${fieldId(ctx, name)}" name="${name}"${required ? html` required` : ''}><option value="">${ctx.t('form.choose')}</option>${options}</select>`, required);
}

export function textarea(ctx: SectionRenderContext, name: string, label: string, required = false): SafeHtml {
  return labelled(ctx, name, label, html`<textarea id="${fieldId(ctx, name)}" name="${name}" rows="4"${required ? html` required` : ''}></textarea>`, required, true);
}

/** The name and email every request form asks for. */
export function contactInputs(ctx: SectionRenderContext, phone: boolean | 'required' = false): SafeHtml {
  return html`${input(ctx, 'name', ctx.t('form.name'), { required: true, autocomplete: 'name' })}${input(ctx, 'email', ctx.t('form.email'), { type: 'email', required: true, autocomplete: 'email' })}${phone ? input(ctx, 'phone', ctx.t('form.phone'), { type: 'tel', required: phone === 'required', autocomplete: 'tel' }) : ''}`;
}

/**
 * A form that site.js handles: it validates, shows `success` with a summary of what was entered,
 * and sends nothing. `reference` prefixes a made-up reference number in the confirmation.
 */
export function prototypeForm(ctx: SectionRenderContext, fields: SafeHtml, submit: string, success: string, options: { reference?: string; className?: string; label?: string } = {}): SafeHtml {
  const reference = options.reference ? html` data-reference="${options.reference}" data-reference-label="${ctx.t('form.reference')}"` : '';
  return html`<form class="proto-form${options.className ? ` ${options.className}` : ''}" data-prototype-form data-summary data-success-message="${success}"${reference} aria-label="${options.label ?? submit}"><div class="fields">${fields}</div><div class="form-actions"><button type="submit" class="button button-primary">${submit}</button></div><div class="form-status" role="status" aria-live="polite" data-form-status></div></form>`;
}

/** A small badge saying that what follows is sample data or a mock-up, not the finished function. */
export function mockupBadge(ctx: SectionRenderContext, key: 'mockup.sample' | 'mockup.demo' = 'mockup.demo'): SafeHtml {
  return html`<p class="mockup-badge">${ctx.t(key)}</p>`;
}
