// Command-line wiring: parses flags, loads each command lazily, and is the one place that maps errors to exit codes.
import { Command, CommanderError, Option } from 'commander';
import { ANSWER_FIELDS, FIELD, type AnswerField } from './model/answer-fields.js';
import { unknownNames } from './text/suggest.js';
import { ExitCode, ExitError, InterruptedError, UsageError } from './platform/errors.js';
import { canPrompt, useColor, type GlobalOptions, type Runtime } from './platform/runtime.js';
import { redact } from './platform/secrets.js';
import { terminalLine, terminalText } from './text/sanitize.js';
import { VERSION } from './platform/version.js';

type Action = (rt: Runtime, opts: Record<string, unknown>, args: string[]) => Promise<number>;
/**
 * A command module; `settlesInterrupt`: its exit code stands after a Ctrl-C (draft: once the bundle is written, the run
 * succeeded).
 */
type CommandModule = { run: Action; settlesInterrupt?: boolean };

/** Build the runtime from the process; tests call run() with their own. */
export function processRuntime(opts: GlobalOptions, controller: AbortController): Runtime {
  const env = process.env;
  // --no-color reaches the libraries that draw on the terminal (the spinner, the prompts) the way they read it:
  // NO_COLOR.
  if (opts.color === false) env.NO_COLOR = '1';
  const stderrTTY = Boolean(process.stderr.isTTY);
  return {
    cwd: process.cwd(),
    env,
    now: () => new Date(),
    stdout: {
      write: (t) => void (stdoutClosed || process.stdout.write(terminalText(t))),
      isTTY: Boolean(process.stdout.isTTY),
      columns: process.stdout.columns,
    },
    stderr: {
      write: (t) => void process.stderr.write(terminalText(t)),
      isTTY: stderrTTY,
      columns: process.stderr.columns,
    },
    interactive: canPrompt({
      stdinTTY: () => process.getBuiltinModule('node:tty').isatty(0),
      stderrTTY,
      noInput: opts.input === false,
      env,
    }),
    color: useColor({ color: opts.color, env, isTTY: stderrTTY }),
    opts,
    signal: controller.signal,
  };
}

function collect(value: string, prev: string[] = []): string[] {
  return [
    ...prev,
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

/**
 * A numeric flag: plain decimal digits only ("", "0x10", "1e3", "-1" are refused, where Number() took them), rounded
 * to `step`, then held to [min, max] so no timer overflows (setTimeout takes at most 2^31-1 ms) or fires at once.
 */
export function numberArg(name: string, unit: string, min: number, max: number, step = 1) {
  return (v: string): number => {
    const t = v.trim();
    const n = /^\d+(?:\.\d+)?$|^\.\d+$/.test(t) ? Math.round(Number(t) / step) * step : NaN;
    const rounded = Number(n.toFixed(step < 1 ? String(step).split('.')[1]!.length : 0));
    if (!Number.isFinite(rounded) || rounded < min || rounded > max)
      throw new UsageError(
        `${name} expects ${step < 1 ? 'a number' : 'a whole number'} of ${unit} from ${min} to ${max}, got "${v}"`,
      );
    return rounded;
  };
}

/** One of a fixed set of words; a typo gets the closest word suggested. */
function choiceArg(flag: string, noun: string, choices: readonly string[]) {
  return (v: string): string => {
    if (choices.includes(v)) return v;
    throw new UsageError(`${flag}: ${unknownNames(noun, [v], choices)}`);
  };
}

/**
 * commander's "error: …" and its "(Did you mean …?)" line, as the one usage-error style: "layerpost: …; did you mean
 * …?".
 */
export function usageLine(message: string): string {
  const m = /^error: ([^\n]*)(?:\n\(Did you mean (.+)\?\))?\s*$/s.exec(message);
  if (!m) return message;
  return `layerpost: ${m[1]}${
    m[2]
      ? `; did you mean ${m[2]
          .split(', ')
          .map((s) => `"${s}"`)
          .join(' or ')}?`
      : ''
  }\n`;
}

/** Each command's Examples section, as gh prints them after the options. */
const EXAMPLES: Record<string, string[]> = {
  doctor: ['layerpost doctor', 'layerpost doctor --json', 'layerpost doctor --config ops/layerpost.config.yaml'],
  status: [
    'layerpost status',
    'layerpost status --provider anthropic,openai --json',
    'layerpost status --cache ~/.cache/layerpost --deadline 10',
  ],
  probe: [
    'layerpost probe',
    'layerpost probe --only anthropic-opus --deadline 20',
    'layerpost probe --save evidence.json',
  ],
  draft: [
    'layerpost draft',
    'layerpost draft --from evidence.json --phase identified --incident 2026-05-14-opus',
    'layerpost draft --no-input --layer provider-api --phase investigating --impact "Answers fail for some users." --yes',
    'layerpost draft --resume',
  ],
  lint: [
    'layerpost lint',
    'layerpost lint ./templates --max-warnings 0',
    'layerpost lint templates/x/default.hbs',
    'layerpost lint --format github',
    'layerpost lint --quiet',
    'layerpost lint --rules',
  ],
  review: [
    'layerpost review incident-drafts/2026-05-14-opus/002-identified',
    'layerpost review BUNDLE --open',
    'layerpost review BUNDLE --markdown > review.md',
  ],
  layers: ['layerpost layers', 'layerpost layers --json', 'layerpost layers --templates ./ops/templates'],
  init: ['layerpost init', 'layerpost init ./ops/layerpost --templates', 'layerpost init --force'],
  templates: [
    'layerpost templates list',
    'layerpost templates eject channels/x/default',
    'layerpost templates eject phrases/cause/network --force',
  ],
  approve: [
    'layerpost approve incident-drafts/inc/001-investigating',
    'layerpost approve BUNDLE --channels statuspage,slack --as "Dana Lee"',
  ],
  publish: [
    'layerpost publish BUNDLE --dry-run',
    'layerpost publish BUNDLE --to statuspage,slack --yes',
    'layerpost publish incident-drafts/inc --yes',
  ],
  demo: ['layerpost demo', 'layerpost demo model-endpoint --yes --out /tmp/demo'],
  watch: [
    'layerpost watch --incident 2026-05-14-opus',
    'layerpost watch --interval 60 --until-resolved',
    'layerpost watch --json > watch.ndjson',
  ],
};

/** The lint formats (src/lint/format.ts FORMATS, repeated here so --help does not load the lint modules). */
const LINT_FORMATS = ['text', 'json', 'github', 'sarif'] as const;

/** What a command's help says after its examples. */
const NOTES: Record<string, string> = {
  lint: [
    '',
    'In a template, {{!-- layerpost-disable RULE, RULE --}} turns those rules off',
    'for that file ({{!-- layerpost-disable --}}: every rule); lint.rules in the',
    'config re-levels a rule everywhere. --quiet reports errors only;',
    '--max-warnings still counts every warning.',
    '',
  ].join('\n'),
};

/** An answer field's flag, its value parsed as the field's value spec says (src/model/answer-fields.ts). */
export function answerOption(field: AnswerField, help = field.flag.help): Option {
  const flag = `--${field.flag.name}`;
  const option = new Option(`${flag} ${field.flag.value}`, help);
  const v = field.value;
  if (v.kind === 'choice') return option.argParser(choiceArg(flag, v.noun, v.of));
  if (v.kind === 'int') return option.argParser(numberArg(flag, v.unit, v.min, v.max));
  if (v.kind === 'list') return option.argParser(collect);
  return option;
}

const DEADLINE = () => numberArg('--deadline', 'seconds', 0.1, 600, 0.1);

export function buildProgram(
  dispatch: (load: () => Promise<CommandModule>, opts: Record<string, unknown>, args: string[]) => Promise<void>,
): Command {
  const program = new Command('layerpost')
    .description(
      "Incident drafts that name the failing layer: our integration, the network, the provider's API, one model's serving, or answer quality.",
    )
    // -v as npm and gh users type it; -V, commander's own, still works.
    .version(VERSION, '-v, --version', 'print the version')
    .addOption(new Option('-V').hideHelp())
    .option(
      '-c, --config <file>',
      'config file (default: the nearest layerpost.config.yaml|yml|json in the working directory or a parent folder)',
    )
    .option('--json', 'print JSON on stdout and nothing else')
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'only errors on stderr')
    .option('--verbose', 'more detail, and stack traces for errors')
    .option('--no-input', 'never prompt; a missing answer is an error naming its flag')
    .option(
      '--trust-config',
      'use a config found in a parent folder even where it sends credentials to a host that is not a known provider',
    )
    .showSuggestionAfterError(true)
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true })
    .exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(usageLine(s)) });
  program.on('option:V', () => {
    process.stdout.write(`${VERSION}\n`);
    throw new CommanderError(0, 'commander.version', VERSION);
  });

  const on = (cmd: Command, load: () => Promise<CommandModule>) => {
    cmd.exitOverride();
    const examples = EXAMPLES[cmd.name()];
    if (examples)
      cmd.addHelpText(
        'after',
        `${NOTES[cmd.name()] ?? ''}\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`,
      );
    cmd.action(async (...a: unknown[]) => {
      const self = a[a.length - 1] as Command;
      const args = self.args;
      await dispatch(load, { ...program.opts(), ...self.opts() }, args);
    });
    return cmd;
  };

  on(
    program
      .command('doctor')
      .description(
        'check the setup before an incident: config, credentials, proxy, sources, templates, Node (exit 1: a draft would stop)',
      ),
    () => import('./commands/doctor.js'),
  );
  on(
    program
      .command('status')
      .description("the providers' public status, normalized (table, or --json)")
      .option('-p, --provider <id...>', 'only these providers (repeat or comma-separate)', collect)
      .option('--cache <dir>', 'keep the last good answer per source and show it, with its age, when the source fails')
      .option(
        '--timeout <ms>',
        'per-source timeout in milliseconds',
        numberArg('--timeout', 'milliseconds', 1, 600_000),
      )
      .option('--deadline <s>', 'bound for the whole command in seconds', DEADLINE()),
    () => import('./commands/status.js'),
  );
  on(
    program
      .command('probe')
      .description('run the configured probes and print or save the evidence')
      .option('--only <id...>', 'only these probe ids', collect)
      .option(
        '--deadline <s>',
        'end the run after this many seconds; unfinished probes are recorded as timeout',
        DEADLINE(),
      )
      .option('--save <file>', 'write the evidence document to this file (atomically)')
      .option('--concurrency <n>', 'probes running at once', numberArg('--concurrency', 'probes', 1, 256))
      .option('--no-status', "don't fetch the providers' status pages"),
    () => import('./commands/probe.js'),
  );
  const draft = program
    .command('draft')
    .description('diagnose the failing layer, confirm it, and write a bundle of drafts')
    .option('--from <file>', 'evidence file (from probe --save); without it, probes and status run now');
  for (const field of ANSWER_FIELDS) draft.addOption(answerOption(field));
  on(
    draft
      .option('--confirm-override', 'draft a layer the evidence contradicts (recorded in draft.json)')
      .option('--answers <file>', 'answers file (JSON or YAML) with the same fields as the flags')
      .option('--channels <list>', 'only these channels', collect)
      .option('--out <dir>', 'where bundles are written (default from config, or ./incident-drafts)')
      .option('--new', 'start a new incident even when one of this product is open')
      .option('--templates <dir>', 'template directory merged over the embedded set')
      .option('-y, --yes', 'take the proposed answer for every question not given')
      .option('--resume', 'continue from the answers saved by an interrupted run')
      .option('--deadline <s>', 'bound for gathering evidence when --from is not given', DEADLINE()),
    () => import('./commands/draft.js'),
  );
  on(
    program
      .command('lint')
      .description('check templates: syntax, variables, each channel limit, and the communication rules')
      .argument('[path...]', 'template directories or .hbs files (default: the configured or embedded templates)')
      .option(
        '-f, --format <format>',
        'output format: text | json | github | sarif',
        choiceArg('--format', 'format', LINT_FORMATS),
        'text',
      )
      .option('--max-warnings <n>', 'fail when there are more warnings than this (-1: no limit)', (v) =>
        v.trim() === '-1' ? -1 : numberArg('--max-warnings', 'warnings', 0, 1_000_000)(v),
      )
      .option('--rules', 'list the rules and exit'),
    () => import('./commands/lint.js'),
  );
  on(
    program
      .command('review')
      .description("(re)build a bundle's review.html and print a short summary")
      .argument('<bundle>', 'bundle directory')
      .option('--open', 'open the page in the default browser')
      .option('--markdown', 'print the review as Markdown on stdout'),
    () => import('./commands/review.js'),
  );
  on(
    program
      .command('approve')
      .description('record who approved which exact text of a bundle, per channel')
      .argument('<bundle>', 'bundle directory')
      .option('--channels <list>', 'only these channels', collect)
      .option('--as <name>', 'the approver (default: git user.name, else the OS user)'),
    () => import('./commands/approve.js'),
  );
  on(
    program
      .command('publish')
      .description('post approved, unchanged drafts to the configured destinations, exactly once')
      .argument('<bundle>', 'bundle directory, or an incident folder for all its updates in order')
      .option('--to <list>', 'only these destinations (statuspage, slack, mastodon, bluesky)', collect)
      .option('--dry-run', 'print the exact requests (secrets redacted) and send nothing')
      .option('-y, --yes', "don't ask; publish what may go even when other posts are refused")
      .option(
        '--retry-unknown',
        'send again a post whose outcome could not be read back, after you checked it did not arrive',
      ),
    () => import('./commands/publish.js'),
  );
  on(
    program
      .command('layers')
      .description("the layer model in use, in the template set's words")
      .option('--templates <dir>', 'template directory merged over the embedded set'),
    () => import('./commands/layers.js'),
  );
  on(
    program
      .command('init')
      .description('write a commented config to start from (and, with --templates, a copy of every template)')
      .argument('[dir]', 'target directory', '.')
      .option(
        '--templates',
        'copy the embedded templates too (a copy no longer gets later improvements; see `templates eject`)',
      )
      .option('--force', 'overwrite existing files'),
    () => import('./commands/init.js'),
  );
  on(
    program
      .command('templates')
      .description('list the embedded templates, or copy one to edit (eject NAME)')
      .argument('<action>', 'list | eject')
      .argument(
        '[name...]',
        'templates to copy, as `templates list` names them (channels/x/default, phrases/cause/network)',
      )
      .option('--force', 'overwrite an existing copy'),
    () => import('./commands/templates.js'),
  );
  on(
    program
      .command('watch')
      .description('re-run probes and status every interval and say when the public story has to change')
      .addOption(
        answerOption(FIELD.incident, 'the incident to watch (default: the latest one not resolved in the out folder)'),
      )
      .option(
        '--interval <s>',
        'seconds between rounds (default 30; config watch.intervalSeconds)',
        numberArg('--interval', 'seconds', 0.1, 3600, 0.1),
      )
      .option('--until-resolved', "exit 0 once the incident's resolved update exists")
      .option('--out <dir>', 'where bundles are (default from config, or ./incident-drafts)')
      .option(
        '--recovered-rounds <n>',
        'rounds every probe passes before monitoring is proposed (default 3)',
        numberArg('--recovered-rounds', 'rounds', 1, 1000),
      )
      .option(
        '--resolved-after <min>',
        'minutes every probe passes before resolved is proposed (default 15)',
        numberArg('--resolved-after', 'minutes', 0, 1440, 0.01),
      )
      .option(
        '--due-warning <min>',
        'say the next update is due this many minutes before it (default 2)',
        numberArg('--due-warning', 'minutes', 0, 1440, 0.01),
      )
      .option(
        '--unreachable-limit <min>',
        'exit 1 when no server answered for this many minutes (default 10)',
        numberArg('--unreachable-limit', 'minutes', 0, 1440, 0.01),
      )
      .option(
        '--keep <n>',
        'evidence files kept besides the rounds where something changed (default 20)',
        numberArg('--keep', 'rounds', 1, 100_000),
      )
      .option('--rounds <n>', 'stop after this many rounds', numberArg('--rounds', 'rounds', 1, 10_000_000))
      .option('--bell', 'ring the terminal bell when a prompt is raised (never under CI)'),
    () => import('./commands/watch.js'),
  );
  on(
    program
      .command('demo')
      .description('the whole flow against a local simulated outage')
      .argument('[scenario]', 'provider-api | integration | model-endpoint | model-quality | network', 'provider-api')
      .option('--out <dir>', 'where the bundle is written (default: a temporary directory)')
      .option('-y, --yes', 'take every proposed answer'),
    () => import('./commands/demo.js'),
  );
  // `help COMMAND`: commander prints the top-level help and exits 0 for a COMMAND it does not know; a typo is a usage
  // error.
  program.helpCommand(false);
  program
    .command('help')
    .description('display help for command')
    .argument('[command]')
    .action((name?: string) => {
      if (!name || name === 'help') return program.help();
      const cmd = program.commands.find((c) => c.name() === name || c.aliases().includes(name));
      if (!cmd || cmd.name() === 'help')
        throw new UsageError(
          `help: ${unknownNames(
            'command',
            [name],
            program.commands.map((c) => c.name()).filter((n) => n !== 'help'),
          )}`,
        );
      return cmd.help();
    });
  return program;
}

/**
 * The reader of stdout went away (`| head`): what is left to print is dropped and the run ends as it would, quietly.
 */
let stdoutClosed = false;
function onStdoutError(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
    stdoutClosed = true;
    return;
  }
  throw err;
}

export async function main(argv: string[]): Promise<number> {
  process.stdout.on('error', onStdoutError);
  // A closed stderr (2>&1 | head) leaves nowhere to say anything: its EPIPE is not a crash either.
  process.stderr.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });
  const controller = new AbortController();
  let interrupts = 0;
  const onSigint = () => {
    interrupts++;
    controller.abort(new InterruptedError());
    if (interrupts > 1) process.exit(ExitCode.interrupted);
  };
  process.on('SIGINT', onSigint);
  let verbose = argv.includes('--verbose');
  let code = 0;
  let settled = false;
  const program = buildProgram(async (load, opts, args) => {
    verbose = Boolean(opts.verbose);
    const rt = processRuntime(opts as GlobalOptions, controller);
    const mod = await load();
    code = await mod.run(rt, opts, args);
    settled = mod.settlesInterrupt === true;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    code = exitCodeFor(err, verbose);
  } finally {
    process.off('SIGINT', onSigint);
  }
  return finalExitCode(code, controller.signal.aborted, settled);
}

/**
 * The process's exit code: a command that ignored a Ctrl-C and returned 0 is still "interrupted" (130), unless it
 * settles interrupts itself (draft: once its bundle is written, 0, so a script does not retry and duplicate it).
 */
export function finalExitCode(code: number, aborted: boolean, settled: boolean): number {
  return aborted && code === 0 && !settled ? ExitCode.interrupted : code;
}

export function exitCodeFor(err: unknown, verbose: boolean): number {
  const e = err as { name?: string; message?: string; stack?: string; exitCode?: number; code?: string };
  if (err instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    return ExitCode.usage; // commander printed the message already
  }
  if (err instanceof ExitError) {
    if (err.message) process.stderr.write(terminalText(redact(err.message)) + '\n');
    return err.exitCode;
  }
  if (err instanceof InterruptedError || e?.name === 'ExitPromptError' || e?.name === 'AbortPromptError') {
    const hint = err instanceof InterruptedError ? err.hint : new InterruptedError().hint;
    process.stderr.write(`\nInterrupted. ${terminalText(hint)}\n`);
    return ExitCode.interrupted;
  }
  if (err instanceof UsageError) {
    process.stderr.write(`layerpost: ${oneLine(redact(err.message))}\n`);
    if (verbose && e.stack) process.stderr.write(terminalText(redact(e.stack)) + '\n');
    return ExitCode.usage;
  }
  process.stderr.write(
    `layerpost: internal error: ${oneLine(redact(e?.message ?? String(err)))}\nThis is a bug in layerpost.${verbose ? '' : ' Run again with --verbose for the stack trace.'}\n`,
  );
  if (verbose && e?.stack) process.stderr.write(terminalText(redact(e.stack)) + '\n');
  return ExitCode.bug;
}

/**
 * A user error is one line: messages quote what was in the user's file (JSON.parse and YAML put raw source text in
 * theirs), so newlines and control characters (a terminal escape sequence in a hostile file) are shown escaped.
 */
export function oneLine(message: string): string {
  return terminalLine(message);
}
