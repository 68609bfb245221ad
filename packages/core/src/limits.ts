/** Product rules for what a customer may send. The API's schemas and the CLI read these. */
export const BRIEF_MIN_CHARS = 20;
export const BRIEF_MAX_CHARS = 20_000;
export const NAME_MAX_CHARS = 200;
export const CHANGE_MIN_CHARS = 5;
export const CHANGE_MAX_CHARS = 5_000;
export const MAX_FILES = 10;
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const MAX_MODIFICATIONS = 1;
export const LOCALES = ['en', 'de', 'fr', 'it', 'es', 'nl', 'cs', 'pl', 'ru', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const PRIVACY_MODES = ['standard', 'enhanced'] as const;
export type PrivacyMode = (typeof PRIVACY_MODES)[number];
export const COMPLIANCE_MODES = ['standard', 'eu'] as const;
export type ComplianceMode = (typeof COMPLIANCE_MODES)[number];
