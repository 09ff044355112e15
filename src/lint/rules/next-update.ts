// Rule `next-update`: before resolved, the draft says when the next update comes.
import { oncePer } from '../../text/memo.js';
import { SOURCES } from '../sources.js';
import { escapeRegExp } from '../../text/regexp.js';
import { clockTimes } from '../text.js';
import type { LintContext, TextRule } from '../types.js';

export const nextUpdate: TextRule = {
  id: 'next-update',
  kind: 'text',
  parts: 'body',
  severity: 'error',
  description: 'Before resolved, the draft gives the time of the next update.',
  docs: [
    `A promised next update keeps readers from refreshing, opening tickets or guessing, and commits the team to a`,
    `cadence. Until the incident is resolved each draft must contain the next-update time ({{nextUpdate.at.utc}},`,
    `or the local time) or "in N minutes". Sources: ${SOURCES.atlassian} (tips 1 and 2: promise further updates,`,
    `communicate often); ${SOURCES.pagerduty} ("Provide an expectation of when the next update will be posted").`,
  ].join(' '),
  reads: ['nextUpdate', 'phase.id', 'phase.is.resolved'],
  check({ text, ctx }) {
    if (ctx.phase.is.resolved || !ctx.nextUpdate.has) return [];
    const { times, inMinutes } = expectedFor(ctx);
    const found = [...text.matchAll(/\b(\d{1,2}):(\d{2})\b/g)].some((m) =>
      times.includes(`${m[1]!.padStart(2, '0')}:${m[2]}`),
    );
    if ((found || inMinutes.test(text)) && /\bupdate/i.test(text)) return [];
    return [
      { message: `no next-update time in the ${ctx.phase.id} phase; add "Next update by {{nextUpdate.at.utc}}."` },
    ];
  },
};

/** The next-update clock times and "in N minutes" of one context. */
const expectedFor = oncePer((ctx: LintContext) => ({
  times: clockTimes(ctx.nextUpdate.at.both),
  inMinutes: new RegExp(`\\bin ${escapeRegExp(String(ctx.nextUpdate.minutes))} (?:minutes|min)\\b`, 'i'),
}));
