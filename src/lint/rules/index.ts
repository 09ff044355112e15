// Every lint rule, in the order they are listed and run.
import type { Rule } from '../types.js';
import { consistent } from './consistent.js';
import { dataLoss } from './data-loss.js';
import { layerNamed } from './layer-named.js';
import { length } from './length.js';
import { nextUpdate } from './next-update.js';
import { noEta } from './no-eta.js';
import { noInternals } from './no-internals.js';
import { notAffected } from './not-affected.js';
import { ownTheProblem } from './own-the-problem.js';
import { providerNamed } from './provider-named.js';
import { qualityImplication } from './quality-implication.js';
import { speculation } from './speculation.js';
import { syntax } from './syntax.js';
import { unknownHelper } from './unknown-helper.js';
import { unknownPartial } from './unknown-partial.js';
import { unknownTemplate } from './unknown-template.js';
import { unknownVariable } from './unknown-variable.js';
import { unsafeHtml } from './unsafe-html.js';
import { vaguePhrase } from './vague-phrase.js';

export const RULES: readonly Rule[] = [
  syntax,
  unknownVariable,
  unknownHelper,
  unknownPartial,
  unsafeHtml,
  unknownTemplate,
  length,
  layerNamed,
  providerNamed,
  vaguePhrase,
  qualityImplication,
  notAffected,
  nextUpdate,
  speculation,
  ownTheProblem,
  noEta,
  noInternals,
  dataLoss,
  consistent,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
