import { COMPLIANCE_MODES, LOCALES, PRIVACY_MODES, REQUEST_ID_PATTERN, STAGES } from '@statex/core';
import Type from 'typebox';
import { PRIVACY_EXPLANATION } from '@statex/pipeline';

const literalUnion = <T extends string>(values: readonly T[]) => Type.Enum([...values]);

export const ErrorBody = Type.Object(
  { error: Type.Object({ code: Type.String(), message: Type.String() }) },
  { $id: 'ErrorBody', description: 'Every error: a stable code from the catalogue and a message for people' },
);

export const IdParams = Type.Object({ id: Type.String({ pattern: REQUEST_ID_PATTERN, description: '16 lowercase base32 characters' }) });

export const SubmissionFields = Type.Object({
  brief: Type.String({ minLength: 20, maxLength: 20_000, description: 'What the customer wants, in their words' }),
  email: Type.String({ format: 'email', description: 'Where to send the result' }),
  name: Type.Optional(Type.String({ maxLength: 200 })),
  locale: Type.Optional(literalUnion(LOCALES)),
  privacy: Type.Optional({ ...literalUnion(PRIVACY_MODES), description: PRIVACY_EXPLANATION }),
  compliance: Type.Optional(literalUnion(COMPLIANCE_MODES)),
  files: Type.Optional(Type.Array(Type.String({ format: 'binary' }), { maxItems: 10, description: 'txt, md, pdf, docx, png, jpeg, webp; 50 MB in all' })),
  voice: Type.Optional(Type.String({ format: 'binary', description: 'Audio: webm, ogg, mp3, wav, m4a, flac' })),
});

export const Links = Type.Object({
  self: Type.String(),
  events: Type.String(),
  terms: Type.String(),
  plan: Type.String(),
  modifications: Type.String(),
  prototype: Type.String(),
});

export const Accepted = Type.Object({
  id: Type.String(),
  token: Type.String({ description: 'Bearer token for this request; shown once' }),
  status: Type.Literal('received'),
  links: Links,
  confirmation: Type.Optional(
    Type.Literal('email-sent', { description: 'Generation waits until the link mailed to the email is opened (anonymous submissions when REQUIRE_EMAIL_CONFIRMATION is on)' }),
  ),
});

const StageName = literalUnion(STAGES);

export const RequestStatus = Type.Object({
  id: Type.String(),
  status: StageName,
  stage: StageName,
  version: Type.Integer(),
  progress: Type.Integer({ minimum: 0, maximum: 100 }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  history: Type.Array(
    Type.Object({ stage: StageName, version: Type.Integer(), message: Type.String(), at: Type.String({ format: 'date-time' }) }),
  ),
  notices: Type.Array(Type.String()),
  documents: Type.Object({
    terms: Type.Union([Type.Object({ url: Type.String(), version: Type.Integer(), producedBy: Type.String() }), Type.Null()]),
    plan: Type.Union([Type.Object({ url: Type.String(), version: Type.Integer(), producedBy: Type.String() }), Type.Null()]),
    termsDiff: Type.Union([Type.Object({ url: Type.String(), version: Type.Integer(), producedBy: Type.String() }), Type.Null()]),
  }),
  prototype: Type.Union([
    Type.Object({ url: Type.String(), path: Type.String(), version: Type.Integer(), expiresAt: Type.String({ format: 'date-time' }) }),
    Type.Null(),
  ]),
  modificationsLeft: Type.Integer({ minimum: 0 }),
  failureReason: Type.Union([Type.String(), Type.Null()]),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  links: Links,
});

export const ModificationBody = Type.Object(
  { change: Type.String({ minLength: 5, maxLength: 5_000, description: 'The one change you want, in your words' }) },
  { additionalProperties: false },
);

export const ModificationAccepted = Type.Object({ id: Type.String(), status: Type.Literal('received'), version: Type.Integer(), modificationsLeft: Type.Integer() });

export const AuthHeaders = Type.Object({ authorization: Type.Optional(Type.String({ description: 'Bearer <token>' })) });
