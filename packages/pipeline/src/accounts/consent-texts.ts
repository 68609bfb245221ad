import type { PrivacyMode } from '@statex/core';

/**
 * What the customer is told when choosing, in plain words. A change of wording gets a new version,
 * so every consent record says exactly which text was agreed to.
 */
export const CONSENT_TEXT_VERSION = '2025-01';

export const CONSENT_TEXTS: Record<PrivacyMode, string> = {
  standard:
    'Standard privacy: we use your brief and files only to write your terms, plan and prototype. The text we read from your files is deleted as soon as your prototype is published; your brief is kept only so you can ask for your one change, and everything is deleted when the prototype expires. Our logs never show your email. Nothing is used for anything else.',
  enhanced:
    'Enhanced: we keep your brief and the text of your files until your prototype expires, so your one change can take everything you sent into account, and generation may use them more deeply for better results. Everything is still deleted when the prototype expires, and you can switch back to standard at any time.',
};

export const PRIVACY_EXPLANATION = `Privacy choice. ${CONSENT_TEXTS.standard} ${CONSENT_TEXTS.enhanced} You can change it at any time with PUT /api/me/privacy.`;
