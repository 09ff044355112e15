// Each phase in its tense: what was not affected, and the cause, are said in the past once a fix is in place.
import { beforeAll, describe, expect, it } from 'vitest';
import { draftInput } from '../helpers/draft-input.js';
import { buildContext } from '../../src/drafts/build-context.js';
import { DEFAULT_LAYERS, type Phase } from '../../src/model/layers.js';
import { renderDrafts, renderSaid } from '../../src/drafts/render.js';
import { compileSet, type CompiledSet } from '../../src/templating/engine.js';
import { loadTemplateSet } from '../../src/templating/load.js';

const NOW = new Date('2026-11-21T14:02:00Z');
const at = { now: NOW, evidenceTakenAt: NOW.toISOString(), incident: { id: 'i', update: 2, startedAt: NOW } };
let templates: CompiledSet;
beforeAll(async () => {
  templates = compileSet(await loadTemplateSet());
});
const said = (layerId: string, phase: Phase) => renderSaid(templates, buildContext(draftInput(layerId, phase, at)), []);

describe('phrases by phase', () => {
  it.each(DEFAULT_LAYERS.filter((l) => l.id !== 'unknown').map((l) => [l.id]))(
    '%s: present while it fails, past once a fix is in place',
    (id) => {
      const open = said(id, 'identified');
      for (const phase of ['monitoring', 'resolved'] as const) {
        const done = said(id, phase);
        for (const key of ['notAffected', 'notAffectedShort', 'cause', 'causeShort'] as const) {
          expect(done[key], `${key} at ${phase}`).not.toBe(open[key]);
          expect(done[key], `${key} at ${phase}`).toMatch(/\b(was|were|kept|worked|stayed|saw|did|completed)\b/);
          expect(done[key], `${key} at ${phase}`).not.toMatch(
            /\b(is|are) (not|working|completing|unchanged|failing|returning)\b|\bstill\b/,
          );
        }
      }
    },
  );
});

describe('how long it lasted', () => {
  const resolved = (update: number, startedAt: Date) =>
    renderDrafts(
      templates,
      buildContext(
        draftInput('provider-api', 'resolved', {
          ...at,
          models: [],
          dataLoss: 'No data was lost.',
          incident: { id: 'i', update, startedAt },
        }),
      ),
      ['statuspage', 'slack', 'sms'],
    );

  it('a follow-up says from when to when: the incident began with its first update', () => {
    const [statuspage, slack] = resolved(3, new Date('2026-11-21T13:30:00Z'));
    expect(statuspage!.text).toContain('The problem lasted from 13:30 UTC to 14:02 UTC.');
    expect(slack!.text).toContain('*Duration:* 13:30 UTC to 14:02 UTC');
  });

  it('a first update that is already resolved claims no start it does not know: only when it was resolved by', () => {
    const drafts = resolved(1, NOW);
    const [statuspage, slack] = drafts;
    expect(statuspage!.text).toContain('It was resolved by 14:02 UTC.');
    expect(slack!.text).toContain('*Resolved by:* 14:02 UTC');
    for (const d of drafts) expect(d.text, d.channel).not.toMatch(/lasted|Duration|from 14:02 UTC to 14:02 UTC/);
  });
});
