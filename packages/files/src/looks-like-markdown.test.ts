import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown } from './looks-like-markdown.ts';

describe('looksLikeMarkdown', () => {
  it.each([
    ['a heading', 'Intro\n\n## Goals\nSell more.'],
    ['a link', 'Our current site is [here](https://example.com/shop).'],
    ['a code fence', 'Config:\n```json\n{}\n```'],
    ['a bulleted list', 'Needs:\n* booking\n* payments'],
    ['a numbered list', 'Steps:\n1. Sign up\n2) Pay'],
  ])('sees Markdown in %s', (_, text) => {
    expect(looksLikeMarkdown(text)).toBe(true);
  });

  it.each([
    ['prose', 'We are a bakery in Lyon and want a simple site.'],
    ['a shebang', '#!/bin/sh\necho hi'],
    ['a hashtag', '#bakery #lyon'],
    ['a single dash line', 'Price - negotiable'],
    ['brackets without a link', 'See [1] and (2).'],
  ])('sees plain text in %s', (_, text) => {
    expect(looksLikeMarkdown(text)).toBe(false);
  });
});
