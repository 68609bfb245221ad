import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trustedHtml } from './safe-html.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or a quoted attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});

describe('html', () => {
  it('escapes interpolated strings but keeps nested html as markup', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${['<', html`<br>`]}</p>`.value).toBe('<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&lt;<br></p>');
  });

  it('renders false, null and undefined as nothing and numbers as text', () => {
    expect(html`${false}${null}${undefined}${0}${3}`.value).toBe('03');
  });

  it('passes trusted markup through unchanged', () => {
    expect(html`${trustedHtml('<hr>')}`.value).toBe('<hr>');
  });
});
