// The rules judged on rendered text, drafts and bundles (no template parsing), in the order they run.
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
import { providerIncident } from './provider-incident.js';
import { providerNamed } from './provider-named.js';
import { qualityImplication } from './quality-implication.js';
import { speculation } from './speculation.js';
import { sentenceStart } from './sentence-start.js';
import { tense } from './tense.js';
import { vaguePhrase } from './vague-phrase.js';

export const RENDERED_RULES: readonly Rule[] = [
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
  tense,
  providerIncident,
  sentenceStart,
  consistent,
];
