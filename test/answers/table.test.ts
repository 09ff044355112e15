// The answer field table drives everything an answer field is: its flag, its key in answers files, its check, its
// prompt and the review menu. A field added to the table alone is all of these.
import { describe, expect, it } from 'vitest';
import type { AnswerField } from '../../src/answers/table.js';
import { ScriptedAsker } from '../helpers/asker.js';

/** A field that exists only here: added to the table, nowhere else. */
const TICKET = {
  key: 'ticket',
  flag: { name: 'ticket-url', value: '<url>', help: 'the incident ticket' },
  value: { kind: 'text', max: 20 },
  prompt: { kind: 'text', message: 'Link to the incident ticket?' },
  change: 'Ticket',
} as const satisfies AnswerField;

// Added at run time, before anything derived from the table is loaded.
const { ANSWER_FIELDS } = await import('../../src/answers/table.js');
(ANSWER_FIELDS as unknown as AnswerField[]).push(TICKET);

const { buildProgram } = await import('../../src/cli.js');
const { AnswersSchema } = await import('../../src/model/bundle.js');
const { askAnswers, reviewDrafts } = await import('../../src/answers/interview.js');
const { draftOptions } = await import('../../src/commands/draft.js');
const { flagAnswers } = await import('../../src/answers/inputs.js');

async function parsedDraftFlags(argv: string[]): Promise<Record<string, unknown>> {
  let captured: Record<string, unknown> = {};
  const program = buildProgram(async (_load, opts) => {
    captured = opts;
  });
  await program.parseAsync(['node', 'layerpost', 'draft', ...argv]);
  return captured;
}

describe('the answer field table', () => {
  it("is draft's answer flags: each field's flag, value placeholder and help, in the table's order", () => {
    const draft = buildProgram(async () => {}).commands.find((c) => c.name() === 'draft')!;
    const answerFlags = draft.options.filter((o) => ANSWER_FIELDS.some((f) => o.long === `--${f.flag.name}`));
    expect(answerFlags.map((o) => [o.flags, o.description])).toEqual(
      ANSWER_FIELDS.map((f) => [`--${f.flag.name} ${f.flag.value}`, f.flag.help]),
    );
    expect(draft.helpInformation()).toContain('--ticket-url <url>');
  });

  it('is the answers file: every field is a key, checked as its value spec says, and nothing else is', () => {
    expect(Object.keys(AnswersSchema.shape).sort()).toEqual(
      [...ANSWER_FIELDS.map((f) => f.key), 'impactLevel', 'schema'].sort(),
    );
    expect(AnswersSchema.safeParse({ ticket: 'JIRA-7' }).success).toBe(true);
    expect(AnswersSchema.safeParse({ ticket: 'x'.repeat(21) }).success).toBe(false);
    expect(AnswersSchema.safeParse({ nextUpdateMinutes: 1441 }).success).toBe(false);
    expect(AnswersSchema.safeParse({ phase: 'over' }).success).toBe(false);
  });

  it('a field added to the table alone is a flag, an option, a given answer, a prompt and a menu entry', async () => {
    const opts = await parsedDraftFlags(['--ticket-url', 'JIRA-7', '--next-update', '45', '--models', 'a,b']);
    const options = draftOptions(opts);
    expect(options).toMatchObject({ ticketUrl: 'JIRA-7', nextUpdate: 45, models: ['a', 'b'] });
    expect(flagAnswers(options)).toEqual({ ticket: 'JIRA-7', nextUpdateMinutes: 45, models: ['a', 'b'] });
    expect(() => flagAnswers({ ...options, ticketUrl: 'x'.repeat(21) } as never)).toThrow(/^--ticket-url: /);

    const asker = new ScriptedAsker([{ match: /Link to the incident ticket/, answer: 'JIRA-9' }]);
    const given = {
      layer: 'unknown',
      phase: 'investigating' as const,
      impact: '',
      nextUpdateMinutes: 30,
      action: '',
      notes: '',
    };
    const input = {
      given,
      proposal: { answers: {}, diagnosed: 'unknown' },
      ranked: [],
      summary: [],
      layers: [],
      providers: [],
      evidenceShown: true,
      onAnswer: () => undefined,
    };
    expect(await askAnswers(asker, input)).toMatchObject({ ticket: 'JIRA-9' });
    expect(asker.asked).toEqual(['Link to the incident ticket?']);

    let menu: string[] = [];
    const review = new ScriptedAsker([
      { match: /What now/, answer: 'change' },
      {
        match: /Which answer/,
        answer: (choices?: Array<{ value: string; name: string }>) => ((menu = choices!.map((c) => c.name)), 'ticket'),
      },
    ]);
    expect(await reviewDrafts(review, [], [])).toEqual({ kind: 'change', key: 'ticket' });
    expect(menu).toEqual([
      'Layer',
      'Phase',
      'Provider',
      'Models',
      'User impact',
      'Next update',
      'What we are doing',
      'Notes',
      'Ticket',
    ]);
  });
});
