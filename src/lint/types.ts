// The shapes lint rules share: rule metadata, what each kind of rule is given, and what it reports.
import type { Draft } from '../model/bundle.js';
import type { Channel } from '../drafts/channels/index.js';
import type { TemplateContext } from '../drafts/context.js';
import type { Said } from '../drafts/render.js';
import type { Layer } from '../model/layers.js';
import type { TemplateFile, TemplateSet } from '../templating/engine.js';
import type { Scan } from './scan.js';

/** What text rules judge a draft by: the context's facts and the phrases the template set renders for them. */
export type LintContext = TemplateContext & { said: Said };

export type Severity = 'error' | 'warning';
export type RuleSetting = Severity | 'off';

interface RuleMeta {
  id: string;
  /** Default severity; config `lint.rules` re-levels or switches it off. */
  severity: Severity;
  /** One line, for `lint --rules` and SARIF shortDescription. */
  description: string;
  /** A paragraph: what the rule checks, why, and the published guidance it comes from. */
  docs: string;
}

/** What a rule reports; index.ts adds rule id, severity, file and channel. */
export interface RuleHit {
  message: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  /** Text in the draft that caused the hit, used to point at the template line that wrote it. */
  needle?: string;
  /** Caps the rule's severity for this hit (a soft limit such as SMS's one segment is at most a warning). */
  atMost?: Severity;
}

/** Checks one template file's source and AST. */
export interface TemplateRule extends RuleMeta {
  kind: 'template';
  check(input: { file: TemplateFile; scan: Scan; set: TemplateSet }): RuleHit[];
}

export interface TextInput {
  /** Whitespace-normalized, unescaped text of one draft's body or title. */
  text: string;
  part: 'body' | 'title';
  /** Only whether the channel is public: hits are remembered per text, part and this flag. */
  channel: Pick<Channel, 'public'>;
  ctx: LintContext;
  /** The layer model in use (config layers), to recognise every layer's words. */
  layers: readonly Layer[];
  vaguePhrases: readonly string[];
}

/** Checks the rendered text of one draft (a body, or the status-page title). */
export interface TextRule extends RuleMeta {
  kind: 'text';
  /** `body`: judged on whole drafts only (e.g. "the layer is named"); `any`: on titles too (phrases). */
  parts: 'body' | 'any';
  /**
   * `sentence`: `check` is given one sentence as `text`, and its hits depend only on that sentence, the context, the
   * options and `channel.public` (not on `part`); the runner then checks each distinct sentence of a bundle once.
   */
  scope?: 'sentence';
  /**
   * The facts of the context the rule's hits depend on, as paths ("product.name", "said.layerName", "models.list"):
   * with them, a text's hits are remembered across the contexts that agree on these facts (lint renders each template
   * for 84 contexts, and many sentences recur in most of them), not per context. Every fact `check` reads must lie
   * under one of them (test/lint/rule-reads.test.ts watches each rule read). Without them, hits are per context.
   */
  reads?: readonly string[];
  check(input: TextInput): RuleHit[];
}

/** Checks one measured draft (length). */
export interface DraftRule extends RuleMeta {
  kind: 'draft';
  check(draft: Draft): RuleHit[];
}

export interface BundleHit extends RuleHit {
  channel: string;
}

/** Checks every channel of one bundle together (consistent). */
export interface BundleRule extends RuleMeta {
  kind: 'bundle';
  check(input: {
    drafts: ReadonlyArray<Pick<Draft, 'channel' | 'text' | 'title'>>;
    ctx: LintContext;
    layers: readonly Layer[];
  }): BundleHit[];
}

export type Rule = TemplateRule | TextRule | DraftRule | BundleRule;
