// The review templates (templates/review/): the page in a Handlebars environment that escapes HTML, the Markdown in
// one that escapes Markdown through its helpers; both apart from the drafts' environment (no escaping, a team's
// overrides). A built CLI takes them compiled to JavaScript by the build, with the page's CSS, script and the
// script's hash; from src/ (tests) they are read from templates/review/ and compiled once by Handlebars.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type Runtime from 'handlebars/runtime';
import { BUILT } from '../platform/version.js';
import { loadPrecompiled, packageRoot } from '../templating/load.js';
import type { DiffPart } from './diff.js';
import { html, SafeHtml } from './escape.js';
import { humanStatus, localTime, percent, plural } from './model.js';
import { assetText, REVIEW_COMPILE_OPTIONS, reviewEnvsOf, type ReviewEnv } from './template-options.js';
import { createOwnRuntime, ownTemplate, type OwnMain, type OwnRuntime } from '../templating/own-runtime.js';
import { escapeMarkdown, idText } from './text.js';
import { moduleApi } from '../platform/module-api.js';

/** What dist/templates.cjs holds for the review (scripts/build.mjs). */
export interface PrecompiledReview {
  options: unknown;
  css: string;
  script: string;
  /** SHA-256 (base64) of `script`, computed by the build. */
  scriptSha256: string;
  /** By environment and template name, the template compiled to JavaScript (src/templating/compile-js.ts). */
  specs: Record<ReviewEnv, Record<string, (r: OwnRuntime) => OwnMain>>;
}

type Template = (ctx: unknown, options?: object) => string;
interface Ready {
  css: string;
  script: string;
  scriptSha256: string;
  render: Record<ReviewEnv, Template>;
}

type Options = { fn(ctx: unknown): string; data?: { root?: { timeZone?: string } } };
const zoneOf = (o: Options) => o.data?.root?.timeZone;

const HELPERS: Record<ReviewEnv, Record<string, (...args: never[]) => unknown>> = {
  page: {
    strong(this: unknown, o: Options) {
      return new SafeHtml(`<strong>${o.fn(this)}</strong>`);
    },
    code(this: unknown, o: Options) {
      return new SafeHtml(`<code>${o.fn(this)}</code>`);
    },
    t: (v: unknown) => v,
    when: (iso: string, o: Options) => html`<time datetime="${iso}">${localTime(iso, zoneOf(o))}</time>`,
    human: (s: string) => humanStatus(s),
    token: (s: string) => cssToken(s),
    percent: (c: number) => percent(c),
    plural: (n: number, word: string) => plural(n, word),
  },
  markdown: {
    strong(this: unknown, o: Options) {
      return `**${o.fn(this)}**`;
    },
    code(this: unknown, o: Options) {
      return `\`${o.fn(this)}\``;
    },
    t: (v: unknown) => (v === null || v === undefined ? '' : escapeMarkdown(String(v))),
    id: (v: string) => idText(v),
    fence: (text: string, info: string) => fence(text, info),
    diff: (parts: DiffPart[]) => diffLine(parts),
    when: (iso: string, o: Options) => escapeMarkdown(localTime(iso, zoneOf(o))),
    human: (s: string) => escapeMarkdown(humanStatus(s)),
    percent: (c: number) => percent(c),
    plural: (n: number, word: string) => plural(n, word),
  },
};

/** A word diff on one line: removed wording ~~struck through~~, new wording **bold**, the rest as it was. */
function diffLine(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => {
      const text = escapeMarkdown(p.text);
      if (p.kind === 'same' || !p.text.trim()) return p.kind === 'del' ? '' : text;
      const lead = text.match(/^\s*/)![0];
      const trail = text.match(/\s*$/)![0];
      const core = text.trim();
      return p.kind === 'del' ? `${lead}~~${core}~~${trail}` : `${lead}**${core}**${trail}`;
    })
    .join('');
}

/** A class-name token from outside text: letters, digits and dashes only. */
export function cssToken(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/** A fenced block that shows text exactly as it will be posted, whatever backticks it contains. */
export function fence(text: string, info = 'text'): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${info}\n${text.replace(/\r\n?/g, '\n').replace(/\n$/, '')}\n${f}`;
}

let ready: Ready | undefined;

/** The review templates, ready to render; made once per process. */
export function reviewTemplates(): Ready {
  if (ready) return ready;
  const pre = BUILT ? (loadPrecompiled() as { review?: PrecompiledReview } | undefined)?.review : undefined;
  ready =
    pre && JSON.stringify(pre.options) === JSON.stringify(REVIEW_COMPILE_OPTIONS) ? fromBuild(pre) : fromSources();
  return ready;
}

function envOf(base: { create(): typeof Runtime }, env: ReviewEnv) {
  const e = base.create();
  for (const [name, fn] of Object.entries(HELPERS[env])) e.registerHelper(name, fn as Handlebars.HelperDelegate);
  return e;
}

/** An environment's `main` template with the others of its files as partials. */
function assembleEnv(env: ReviewEnv, all: ReadonlyMap<string, Template>): Template {
  const top = all.get(MAIN[env]);
  if (!top) throw new Error(`layerpost: the review template ${MAIN[env]}.hbs is missing`);
  const partials = Object.fromEntries([...all].filter(([n]) => n !== MAIN[env]));
  const options = { partials, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };
  return (ctx) => top(ctx, options);
}

/** Each environment's render, made ready when it first renders: a draft renders the page, never the Markdown. */
function lazily(make: (env: ReviewEnv) => Template): Ready['render'] {
  const out = {} as Ready['render'];
  for (const env of Object.keys(MAIN) as ReviewEnv[]) {
    let ready: Template | undefined;
    out[env] = (ctx) => (ready ??= make(env))(ctx);
  }
  return out;
}

const MAIN: Record<ReviewEnv, string> = { page: 'page', markdown: 'markdown' };

/**
 * The build's templates, compiled to JavaScript (src/templating/compile-js.ts), each made ready when it first renders
 * (a page renders the parts its model has), with its environment's helpers, made when the environment first renders.
 */
function fromBuild(pre: PrecompiledReview): Ready {
  const render = lazily((env) => {
    const runtime = createOwnRuntime(HELPERS[env] as Record<string, (...args: never[]) => unknown>);
    const all = new Map<string, Template>();
    for (const [name, js] of Object.entries(pre.specs[env])) all.set(name, ownTemplate(js, runtime) as Template);
    return assembleEnv(env, all);
  });
  return { css: pre.css, script: pre.script, scriptSha256: pre.scriptSha256, render };
}

/** From src/ (or a build without them): read and compile templates/review/, hash the script now. */
function fromSources(): Ready {
  const dir = join(packageRoot(), 'templates', 'review');
  const Compiler = moduleApi().createRequire(import.meta.url)('handlebars') as typeof Runtime & {
    compile(s: string, o: object): Template;
  };
  const fns = { page: new Map<string, Template>(), markdown: new Map<string, Template>() };
  const envs = { page: envOf(Compiler, 'page'), markdown: envOf(Compiler, 'markdown') } as unknown as Record<
    ReviewEnv,
    typeof Compiler
  >;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.hbs')) continue;
    const path = join(e.parentPath, e.name);
    const name = relative(dir, path)
      .split(sep)
      .join('/')
      .replace(/\.hbs$/, '');
    const source = readFileSync(path, 'utf8');
    for (const env of reviewEnvsOf(name))
      fns[env].set(name, envs[env].compile(source, { ...REVIEW_COMPILE_OPTIONS[env] }));
  }
  const script = assetText(readFileSync(join(dir, 'page.js'), 'utf8'));
  return {
    css: assetText(readFileSync(join(dir, 'page.css'), 'utf8')),
    script,
    // node:crypto only here: a built CLI has the build's hash (a draft never loads it)
    scriptSha256: (moduleApi().createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'))
      .createHash('sha256')
      .update(script)
      .digest('base64'),
    render: lazily((env) => assembleEnv(env, fns[env])),
  };
}
