import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { input, mockupBadge, prototypeForm } from './form-markup.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

/**
 * Sign-up and log-in side by side, as a mock-up: the forms validate and confirm, no account is made.
 * `organisation` adds a company / organisation field for business customers.
 */
export const authSection = defineSection({
  type: 'auth',
  props: props({ heading: Heading, intro: Intro, organisationLabel: Type.Optional(Label) }),
  render(p, ctx) {
    const t = ctx.t;
    const signUp = html`${input(ctx, 'name', t('form.name'), { required: true, autocomplete: 'name' })}${p.organisationLabel ? input(ctx, 'organisation', p.organisationLabel, { required: true, autocomplete: 'organization' }) : ''}${input(ctx, 'email', t('form.email'), { type: 'email', required: true, autocomplete: 'email' })}${input(ctx, 'password', t('auth.password'), { type: 'password', required: true, autocomplete: 'new-password' })}`;
    const logIn = html`${input(ctx, 'login-email', t('form.email'), { type: 'email', required: true, autocomplete: 'username' })}${input(ctx, 'login-password', t('auth.password'), { type: 'password', required: true, autocomplete: 'current-password' })}`;
    return html`${sectionHeader(ctx, p.heading, p.intro)}${mockupBadge(ctx)}<div class="auth"><div class="auth-panel"><h3 class="group-heading">${t('auth.signUp')}</h3>${prototypeForm(ctx, signUp, t('auth.signUpSubmit'), t('auth.signedUp'))}</div><div class="auth-panel"><h3 class="group-heading">${t('auth.logIn')}</h3>${prototypeForm(ctx, logIn, t('auth.logInSubmit'), t('auth.loggedIn'))}</div></div>`.value;
  },
});
