import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { itemHeading, sectionHeader } from './section-markup.ts';

const Article = props({ title: Label, summary: Type.String({ minLength: 1, maxLength: 600 }), tag: Type.Optional(Label) });

/** Article or resource cards: topics the customer named, each with a short summary. */
export const articlesSection = defineSection({
  type: 'articles',
  props: props({ heading: Heading, intro: Intro, items: Type.Array(Article, { minItems: 1, maxItems: 30 }) }),
  render(p, ctx) {
    const cards = p.items.map((a, i) => html`<li class="article"><div class="article-art tone-${(i % 6) + 1}" aria-hidden="true"></div><div class="article-body">${a.tag ? html`<p class="article-tag">${a.tag}</p>` : ''}${itemHeading(ctx, a.title, 'article-title')}<p>${a.summary}</p></div></li>`);
    return html`${sectionHeader(ctx, p.heading, p.intro)}<ul class="articles" role="list">${cards}</ul>`.value;
  },
});
