// Rule `layer-named`: the draft names the failing layer (its plain name, short phrase or cause sentence).
import { SOURCES } from '../sources.js';
import { core, namesLayer } from '../text.js';
import type { TextRule } from '../types.js';

export const layerNamed: TextRule = {
  id: 'layer-named',
  kind: 'text',
  parts: 'body',
  severity: 'error',
  description: 'The draft names the failing layer in plain words.',
  docs: [
    `The rule this product exists for: a post that does not say where the fault is ("Claude is experiencing`,
    `degraded performance") is read as "the model got worse". Each draft must contain the layer's plain name, its`,
    `short phrase ("Anthropic's API") or its cause sentence, as filled for the bundle. Checked on every layer ×`,
    `phase render. Sources: ${SOURCES.layerpost}; ${SOURCES.atlassian} (tip 3, "Communicate precisely": explain the`,
    `issue in layman's terms).`,
  ].join(' '),
  reads: [
    'correction.has',
    'layer.id',
    'said.layerName',
    'said.cause',
    'said.causeShort',
    'said.correction',
    'said.correctionShort',
  ],
  check({ text, ctx }) {
    if (namesLayer(text, ctx)) return [];
    return [
      {
        message: `does not name the failing layer (${ctx.layer.id}); say "${core(ctx.said.layerName)}" or use {{> cause}}`,
      },
    ];
  },
};
