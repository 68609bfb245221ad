import { describe, expect, it } from 'vitest';
import { buildSampleSite } from './sample-site.ts';
import { assertValidSpec, validateSpec } from './spec-validation.ts';
import { TemplateError } from './template-error.ts';
import type { TemplateSpec } from './template-spec.ts';

/** The sample site with one change applied. */
function sampleWith(change: (spec: TemplateSpec) => void): TemplateSpec {
  const spec = buildSampleSite();
  change(spec);
  return spec;
}

function section(spec: TemplateSpec, page: number, index: number) {
  const found = spec.pages[page]?.sections[index];
  if (!found) throw new Error(`no section ${page}/${index} in the sample`);
  return found;
}

describe('validateSpec', () => {
  it('finds nothing wrong with a valid spec', () => {
    expect(validateSpec(buildSampleSite())).toEqual([]);
  });

  it('reports a spec that is not an object at the root', () => {
    expect(validateSpec('hello')).toEqual([{ path: '', message: 'must be an object' }]);
  });

  it('names an unknown section type and lists the known ones', () => {
    const problems = validateSpec(sampleWith((s) => (section(s, 0, 1).type = 'carousel')));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('/pages/0/sections/1/type');
    expect(problems[0]?.message).toContain("unknown section type 'carousel'");
    expect(problems[0]?.message).toContain('contact-form');
  });

  it('checks props against the schema of the section type, naming each bad path', () => {
    const problems = validateSpec(
      sampleWith((s) => {
        section(s, 0, 0).props = { text: 42, subtitle: 'x' };
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: '/pages/0/sections/0/props/heading', message: 'is required' },
        { path: '/pages/0/sections/0/props/text', message: 'must be a string' },
        { path: '/pages/0/sections/0/props/subtitle', message: 'is not a known property here' },
      ]),
    );
  });

  it('enforces item counts', () => {
    const problems = validateSpec(sampleWith((s) => (section(s, 0, 1).props.items = [])));
    expect(problems).toEqual([{ path: '/pages/0/sections/1/props/items', message: 'must have at least 1 item' }]);
  });

  it('rejects duplicate page slugs', () => {
    const problems = validateSpec(sampleWith((s) => (s.pages[2]!.slug = 'menu')));
    expect(problems).toContainEqual({ path: '/pages/2/slug', message: "'menu' is the slug of an earlier page; slugs must be unique" });
  });

  it('requires exactly one index page', () => {
    const missing = validateSpec(sampleWith((s) => (s.pages[0]!.slug = 'home')));
    expect(missing).toContainEqual({ path: '/pages', message: "must include the home page, a page with slug 'index'" });
    const twice = validateSpec(sampleWith((s) => (s.pages[1]!.slug = 'index')));
    expect(twice.map((p) => p.path)).toContain('/pages/1/slug');
  });

  it('rejects duplicate section ids within a page but allows them across pages', () => {
    const problems = validateSpec(sampleWith((s) => (section(s, 0, 2).id = 'why-us')));
    expect(problems.map((p) => p.path)).toEqual(['/pages/0/sections/2/id']);
    expect(validateSpec(sampleWith((s) => (section(s, 1, 0).id = 'why-us')))).toEqual([]);
  });

  it.each(['https://evil.example/', 'http://evil.example', '//evil.example/x.html', 'javascript:alert(1)', 'mailto:a@b.c', 'data:text/html,x', '/absolute.html', '../up.html', 'contact.html?x=1'])(
    'rejects the non-relative href %s',
    (href) => {
      const problems = validateSpec(sampleWith((s) => ((section(s, 0, 0).props.primaryAction as { href: string }).href = href)));
      expect(problems).toHaveLength(1);
      expect(problems[0]?.path).toBe('/pages/0/sections/0/props/primaryAction/href');
      expect(problems[0]?.message).toMatch(/^must be a relative link/);
    },
  );

  it('rejects links to a page or section that does not exist', () => {
    const problems = validateSpec(
      sampleWith((s) => {
        (section(s, 0, 0).props.primaryAction as { href: string }).href = 'shop.html';
        (section(s, 0, 0).props.secondaryAction as { href: string }).href = 'contact.html#map';
        (section(s, 0, 4).props.action as { href: string }).href = '#nowhere';
      }),
    );
    expect(problems).toEqual([
      { path: '/pages/0/sections/0/props/primaryAction/href', message: "links to 'shop.html' but the spec has no page with slug 'shop'" },
      { path: '/pages/0/sections/0/props/secondaryAction/href', message: "links to '#map' but page 'contact' has no section with that id" },
      { path: '/pages/0/sections/4/props/action/href', message: "links to '#nowhere' but page 'index' has no section with that id" },
    ]);
  });

  it('accepts links to an anchor on the same page and on another page', () => {
    const spec = sampleWith((s) => {
      (section(s, 0, 0).props.primaryAction as { href: string }).href = '#reviews';
      (section(s, 0, 0).props.secondaryAction as { href: string }).href = 'catering.html#how-it-works';
    });
    expect(validateSpec(spec)).toEqual([]);
  });

  it('requires one cell per column in a table', () => {
    const problems = validateSpec(sampleWith((s) => ((section(s, 1, 0).props.rows as string[][])[1] = ['Seeded rye', '750 g'])));
    expect(problems).toEqual([{ path: '/pages/1/sections/0/props/rows/1', message: 'has 2 cells but the table has 3 columns' }]);
  });

  it('requires options on a select field and unique field names', () => {
    const problems = validateSpec(
      sampleWith((s) => {
        const fields = section(s, 5, 0).props.fields as { name: string; options?: string[] }[];
        delete fields[5]!.options;
        fields[1]!.name = 'name';
      }),
    );
    expect(problems).toEqual([
      { path: '/pages/5/sections/0/props/fields/1/name', message: "duplicates the field name 'name'" },
      { path: '/pages/5/sections/0/props/fields/5/options', message: 'is required for a select field' },
    ]);
  });

  it('rejects a field name that is not a safe identifier and a field type it does not know', () => {
    const problems = validateSpec(
      sampleWith((s) => {
        const fields = section(s, 5, 0).props.fields as { name: string; type: string }[];
        fields[0]!.name = 'Your Name';
        fields[1]!.type = 'password';
      }),
    );
    expect(problems).toEqual([
      { path: '/pages/5/sections/0/props/fields/0/name', message: expect.stringMatching(/^must start with a lowercase letter/) },
      { path: '/pages/5/sections/0/props/fields/1/type', message: "must be one of 'text', 'email', 'tel', 'date', 'time', 'number', 'textarea', 'select', 'file'" },
    ]);
  });

  it('explains site-level mistakes in words', () => {
    const problems = validateSpec(
      sampleWith((s) => {
        (s.site as { theme: string }).theme = 'neon';
        s.site.title = '';
        s.pages[0]!.covers = ['1'];
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: '/site/theme', message: "must be one of 'light', 'dark', 'eu', 'uae'" },
        { path: '/site/title', message: 'must not be empty' },
        { path: '/pages/0/covers/0', message: "must be a requirement id such as 'R1' or 'R12'" },
      ]),
    );
  });
});

describe('assertValidSpec', () => {
  it('throws a TemplateError carrying every problem, with paths in its message', () => {
    const spec = sampleWith((s) => {
      s.pages[0]!.slug = 'home';
      section(s, 1, 0).type = 'carousel';
    });
    const error = (() => {
      try {
        assertValidSpec(spec);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(TemplateError);
    const templateError = error as TemplateError;
    expect(templateError.code).toBe('STATEX_TEMPLATE_INVALID');
    expect(templateError.problems.map((p) => p.path)).toEqual(['/pages', '/pages/1/sections/0/type']);
    expect(templateError.message).toContain('(2 problems)');
    expect(templateError.message).toContain("/pages/1/sections/0/type: unknown section type 'carousel'");
  });
});
