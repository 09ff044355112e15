// Rule `provider-named`: when the fault is the provider's, the draft names the provider (or, for a model layer, the
// model).
import { SOURCES } from '../sources.js';
import { findPhrase } from '../text.js';
import type { TextRule } from '../types.js';

export const providerNamed: TextRule = {
  id: 'provider-named',
  kind: 'text',
  parts: 'body',
  severity: 'error',
  description: 'For provider layers, the draft names the provider whose service failed.',
  docs: [
    `When the layer is the provider's (its API, one model's serving, answer quality), readers need to know whose`,
    `service it is: "Anthropic's API is returning errors" lets them check the provider's status page and tells them`,
    `other products may be affected too. For layers about one model, naming the model (whose maker readers know)`,
    `also counts. Layers on our side name no provider and are not checked. Sources: ${SOURCES.layerpost};`,
    `${SOURCES.atlassian} (tip 3, "Communicate precisely").`,
  ].join(' '),
  reads: ['layer.id', 'layer.is', 'layer.providerLayer', 'models.list', 'provider.name', 'provider.named'],
  check({ text, ctx }) {
    if (!ctx.layer.providerLayer || !ctx.provider.named) return [];
    if (findPhrase(text, ctx.provider.name)) return [];
    const modelLayer = ctx.layer.is.modelEndpoint || ctx.layer.is.modelQuality;
    if (modelLayer && ctx.models.list.some((m) => findPhrase(text, m.name))) return [];
    return [
      {
        message: `the layer is ${ctx.provider.name}'s (${ctx.layer.id}) but the draft does not name ${ctx.provider.name}; use {{provider.name}} or {{> layer-name}}`,
      },
    ];
  },
};
