import Type from 'typebox';

/** Building blocks shared by the section props schemas, so limits stay consistent across types. */
export const Heading = Type.String({ minLength: 1, maxLength: 160 });
/** A short label: a title, a name, a price, a figure. */
export const Label = Type.String({ minLength: 1, maxLength: 120 });
/** A paragraph of running text. */
export const Paragraph = Type.String({ minLength: 1, maxLength: 2000 });
/** Optional lead text under a section heading. */
export const Intro = Type.Optional(Type.String({ maxLength: 600 }));

export const TitledText = Type.Object({ title: Label, text: Paragraph }, { additionalProperties: false });

export function props<Properties extends Type.TProperties>(properties: Properties) {
  return Type.Object(properties, { additionalProperties: false });
}
