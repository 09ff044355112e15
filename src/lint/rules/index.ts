// Every lint rule, in the order they are listed and run.
import type { Rule } from '../types.js';
import { reasonsComplete } from './reasons-complete.js';
import { RENDERED_RULES } from './rendered.js';
import { syntax } from './syntax.js';
import { unknownHelper } from './unknown-helper.js';
import { unknownPartial } from './unknown-partial.js';
import { unknownTemplate } from './unknown-template.js';
import { unknownVariable } from './unknown-variable.js';
import { unsafeHtml } from './unsafe-html.js';

export const RULES: readonly Rule[] = [
  syntax,
  unknownVariable,
  unknownHelper,
  unknownPartial,
  unsafeHtml,
  unknownTemplate,
  reasonsComplete,
  ...RENDERED_RULES,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
