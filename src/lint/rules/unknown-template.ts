// Rule `unknown-template`: every template file is one layerpost renders (a channel's variants and title, as the channel
// registry lists them: channels/x/default, channels/statuspage/title; and reasons/KIND).
import { CHANNEL_IDS, CHANNELS, channelTemplates } from '../../drafts/channels/index.js';
import { REASON_TEMPLATES } from '../../model/reasons.js';
import { suggest } from '../schema.js';
import { SOURCES } from '../sources.js';
import type { TemplateRule } from '../types.js';

export const TEMPLATE_NAMES: readonly string[] = CHANNEL_IDS.flatMap((c) => channelTemplates(CHANNELS[c]));
/** Every template file layerpost renders: the channels' and the reasons' (reasons/KIND). */
const KNOWN: readonly string[] = [...TEMPLATE_NAMES, ...REASON_TEMPLATES];

export const unknownTemplate: TemplateRule = {
  id: 'unknown-template',
  kind: 'template',
  severity: 'warning',
  description:
    'Every template file is one layerpost uses (channels/CHANNEL/VARIANT.hbs as the channel registry lists them, ' +
    'reasons/KIND.hbs, phrases/…).',
  docs: [
    `A file under a misspelt channel or variant name ("channels/x/defualt.hbs", "channels/twitter/default.hbs") is silently never`,
    `rendered, so the team's edit never reaches a draft. Channels: ${CHANNEL_IDS.join(', ')}. Source:`,
    `${SOURCES.layerpost} (SPEC §4, the channel table).`,
  ].join(' '),
  check({ file }) {
    if (/^(?:partials|phrases)\//.test(file.name) || KNOWN.includes(file.name)) return [];
    const hint = suggest(file.name, KNOWN);
    return [
      {
        message: `"${file.name}.hbs" is not a template layerpost renders${hint ? `; did you mean "${hint}.hbs"?` : ''}`,
        line: 1,
        column: 1,
      },
    ];
  },
};
