// src/templates/load.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

// src/errors.ts
var ExitCode = { ok: 0, findings: 1, usage: 2, bug: 70, interrupted: 130 };
var UsageError = class extends Error {
  exitCode = ExitCode.usage;
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
var ConfigError = class extends UsageError {
  constructor(message) {
    super(message);
    this.name = "ConfigError";
  }
};

// src/templates/load.ts
var root;
function packageRoot() {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "templates"))) return root = dir;
    dir = dirname(dir);
  }
  throw new Error("layerpost: cannot find the embedded templates directory");
}
function embeddedTemplatesDir() {
  return join(packageRoot(), "templates");
}
async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await walk(p));
    else if (entry.isFile() && entry.name.endsWith(".hbs")) out.push(p);
  }
  return out.sort();
}
async function readTemplateDir(dir, origin) {
  const st = await stat(dir).catch(() => void 0);
  if (!st?.isDirectory()) throw new UsageError(`${dir}: not a template directory`);
  const files = await walk(dir);
  return Promise.all(
    files.map(async (p) => {
      const rel = relative(dir, p).split(sep).join("/");
      return {
        name: rel.replace(/\.hbs$/, ""),
        path: origin === "embedded" ? `embedded:${rel}` : p,
        source: await readFile(p, "utf8"),
        origin
      };
    })
  );
}
function toTemplateSet(files) {
  const set = { templates: /* @__PURE__ */ new Map(), partials: /* @__PURE__ */ new Map() };
  for (const f of files) {
    if (f.name.startsWith("partials/")) set.partials.set(f.name.slice("partials/".length), f);
    else set.templates.set(f.name, f);
  }
  return set;
}
async function loadTemplateSet(overrideDirs = []) {
  const byName = /* @__PURE__ */ new Map();
  for (const f of await readTemplateDir(embeddedTemplatesDir(), "embedded")) byName.set(f.name, f);
  for (const dir of overrideDirs) for (const f of await readTemplateDir(dir, "override")) byName.set(f.name, f);
  return toTemplateSet([...byName.values()]);
}

// src/templates/engine.ts
import Handlebars from "handlebars";
var CUSTOM_HELPERS = [];
var TemplateError = class extends ConfigError {
  constructor(file, line, column, detail) {
    super(`${file}${line ? `:${line}${column !== void 0 ? `:${column + 1}` : ""}` : ""}: ${detail}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = detail;
    this.name = "TemplateError";
  }
  file;
  line;
  column;
  detail;
};
function describeHandlebarsError(err) {
  const e = err;
  const msg = String(e?.message ?? err);
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(.*)$/s.exec(msg);
  if (parse) {
    return { line: Number(parse[1]), column: void 0, message: `syntax error: ${parse[4].split("\n")[0].replace(/, got /, "; got ")}` };
  }
  const loc = / - (\d+):(\d+)$/.exec(msg);
  const clean = msg.replace(/ - \d+:\d+$/, "").replace(/ in \[object Object\]$/, "");
  return { line: e.lineNumber ?? (loc ? Number(loc[1]) : void 0), column: e.column ?? (loc ? Number(loc[2]) : void 0), message: clean };
}
function createEnv(partials) {
  const env = Handlebars.create();
  for (const [name, file] of partials) {
    try {
      env.registerPartial(name, env.compile(file.source, compileOptions));
    } catch (err) {
      const d = describeHandlebarsError(err);
      throw new TemplateError(file.path, d.line, d.column, d.message);
    }
  }
  return env;
}
var compileOptions = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(CUSTOM_HELPERS.map((h) => [h, true])),
  noEscape: true,
  preventIndent: true
};
var runtimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };
function compileSet(set) {
  const env = createEnv(set.partials);
  const compiled = /* @__PURE__ */ new Map();
  for (const [name, file] of set.templates) {
    try {
      env.parse(file.source);
      compiled.set(name, env.compile(file.source, compileOptions));
    } catch (err) {
      const d = describeHandlebarsError(err);
      throw new TemplateError(file.path, d.line, d.column, d.message);
    }
  }
  return {
    has: (name) => compiled.has(name),
    names: () => [...compiled.keys()],
    render(name, ctx) {
      const t = compiled.get(name);
      if (!t) throw new ConfigError(`no template named ${name}`);
      try {
        return t(ctx, runtimeOptions);
      } catch (err) {
        const d = describeHandlebarsError(err);
        throw new TemplateError(set.templates.get(name).path, d.line, d.column, d.message);
      }
    }
  };
}

// src/core/context.ts
import { z } from "zod";
var Time = z.object({
  iso: z.string(),
  /** "14:30 UTC" */
  utc: z.string(),
  /** "15:30 CET" in the product's time zone (equals utc when the zone is UTC). */
  local: z.string(),
  /** "14:30 UTC (15:30 CET)" or "14:30 UTC" */
  both: z.string()
});
var Flags = (ids) => z.object(Object.fromEntries(ids.map((id) => [camel(id), z.boolean()])));
function camel(id) {
  return id.replace(/-([a-z0-9])/g, (_m, c2) => c2.toUpperCase());
}
var TemplateContextSchema = z.object({
  product: z.object({ name: z.string(), feature: z.string(), statusUrl: z.string() }),
  incident: z.object({
    id: z.string(),
    /** 1 for the first update, 2 for the next … */
    update: z.number().int().positive(),
    isFollowUp: z.boolean(),
    startedAt: Time
  }),
  phase: z.object({
    id: z.string(),
    /** "Investigating" */
    name: z.string(),
    is: Flags(["investigating", "identified", "monitoring", "resolved"])
  }),
  layer: z.object({
    id: z.string(),
    /** Plain name: "the provider's API / infrastructure". */
    name: z.string(),
    /** Filled short phrase: "Anthropic's API". */
    short: z.string(),
    /** Filled sentence: "The model itself is unchanged: answers that do complete are not affected." */
    notAffected: z.string(),
    /** The same in a few words: "Model quality is unaffected." */
    notAffectedShort: z.string(),
    /** Filled cause sentence naming layer, provider, models and error: "Anthropic's API is returning errors (HTTP 529, overloaded) for Claude Opus 4.7 requests." */
    cause: z.string(),
    /** Shorter cause for tight channels: "Anthropic's API is returning HTTP 529 errors." */
    causeShort: z.string(),
    providerLayer: z.boolean(),
    is: Flags(["integration", "network", "provider-api", "model-endpoint", "model-quality", "unknown"])
  }),
  provider: z.object({
    id: z.string(),
    /** "Anthropic", or "" when the layer is ours and no provider is named. */
    name: z.string(),
    /** "Anthropic's" / "the provider's" */
    possessive: z.string(),
    statusUrl: z.string(),
    named: z.boolean()
  }),
  models: z.object({
    list: z.array(z.object({ id: z.string(), name: z.string() })),
    /** "Claude Opus 4.7 and Claude Sonnet 4.6", or "" */
    names: z.string(),
    any: z.boolean(),
    count: z.number().int().nonnegative()
  }),
  impact: z.object({
    /** The operator's sentence about user impact: "AI answers are failing for many users." */
    text: z.string(),
    level: z.enum(["none", "minor", "major", "critical"])
  }),
  evidence: z.object({
    /** "HTTP 529 overloaded_error on 3/3 requests to Claude Opus 4.7" */
    summary: z.string(),
    /** "HTTP 529, overloaded" — the error in public words, or "" */
    errors: z.string(),
    lines: z.array(z.string()),
    takenAt: Time
  }),
  /** What we are doing, by phase and layer: "We're retrying on another model." */
  action: z.string(),
  now: Time,
  nextUpdate: z.object({ has: z.boolean(), minutes: z.number().int().nonnegative(), at: Time }),
  previous: z.object({
    has: z.boolean(),
    layerName: z.string(),
    layerShort: z.string(),
    phaseName: z.string(),
    text: z.string()
  }),
  correction: z.object({
    has: z.boolean(),
    /** "Correction: earlier we said the cause was Anthropic's API; it is our own integration." */
    text: z.string(),
    /** "Correction: the cause is our own integration, not Anthropic's API." */
    short: z.string()
  }),
  /** Resolved phase: the data-loss statement. */
  dataLoss: z.string(),
  notes: z.string()
});

// src/core/layers.ts
var PHASES = ["investigating", "identified", "monitoring", "resolved"];
var DEFAULT_LAYERS = [
  {
    id: "integration",
    name: "our own integration (request handler, credentials, config, deploy)",
    short: "our own integration",
    notAffected: "{provider}'s service and its models are working normally; the fault is on our side.",
    notAffectedShort: "{provider}'s service is working normally.",
    evidence: "our handler's probe fails while direct provider probes pass; provider answers 400/401/403 to our key",
    providerLayer: false,
    phases: PHASES
  },
  {
    id: "network",
    name: "the network between us and the provider",
    short: "the network path to {provider}",
    notAffected: "{provider}'s service and the model's answers are not affected; requests are not reaching it.",
    notAffectedShort: "{provider}'s service is not affected.",
    evidence: "DNS, TCP connect or TLS failures from our side; provider status page all operational",
    providerLayer: false,
    phases: PHASES
  },
  {
    id: "provider-api",
    name: "the provider's API / infrastructure",
    short: "{provider}'s API",
    notAffected: "The model itself is unchanged: answers that do complete are not affected.",
    notAffectedShort: "Model quality is unaffected.",
    evidence: "5xx, 529 overloaded, gateway timeouts across models; provider status page reports an incident on the API",
    providerLayer: true,
    phases: PHASES
  },
  {
    id: "model-endpoint",
    name: "serving of a specific model",
    short: "{provider}'s serving of {models}",
    notAffected: "Other models and {provider}'s API are working, and answers that do complete are not affected.",
    notAffectedShort: "Other models are working normally.",
    evidence: "one model's requests fail while other models of the same provider succeed",
    providerLayer: true,
    phases: PHASES
  },
  {
    id: "model-quality",
    name: "the quality of a model's answers",
    short: "the quality of {models}'s answers",
    notAffected: "Requests are completing and our service is available; the problem is in the content of some answers.",
    notAffectedShort: "Our service is up; requests complete.",
    evidence: "requests succeed (200) but a canary prompt's answer fails its check",
    providerLayer: true,
    phases: PHASES
  },
  {
    id: "unknown",
    name: "a cause we have not yet determined",
    short: "a cause we are still determining",
    notAffected: "We will say which part of the service is affected as soon as we know; we are not assuming a change in model quality.",
    notAffectedShort: "We will say what is affected as soon as we know.",
    evidence: "evidence contradicts itself or is missing",
    providerLayer: false,
    phases: ["investigating"]
  }
];
function findLayer(id, layers = DEFAULT_LAYERS) {
  return layers.find((l) => l.id === id);
}
function fillLayerPhrase(text, vars) {
  const provider = vars.provider?.trim() || "the provider";
  const models = vars.models?.trim() || "the model";
  return text.replaceAll("{provider}", provider).replaceAll("{models}", models);
}

// src/core/time.ts
function hm(date, timeZone) {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(date);
}
function zoneName(date, timeZone) {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}
function formatTime(date, timeZone = "UTC") {
  const utc = `${hm(date, "UTC")} UTC`;
  const isUtc = timeZone === "UTC" || timeZone === "Etc/UTC";
  const local = isUtc ? utc : `${hm(date, timeZone)} ${zoneName(date, timeZone)}`;
  return { iso: date.toISOString(), utc, local, both: isUtc || local === utc ? utc : `${utc} (${local})` };
}
function addMinutes(date, minutes) {
  return new Date(date.getTime() + minutes * 6e4);
}

// src/core/draft-context.ts
var PHASE_NAMES = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved"
};
function joinNames(names) {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
function possessive(name) {
  return name ? name.endsWith("s") ? `${name}'` : `${name}'s` : "the provider's";
}
function causeSentence(layerId, v) {
  const P = v.provider || "our AI provider";
  const Ps = possessive(v.provider);
  const is = v.resolved ? "was" : "is";
  const err = v.errors ? ` (${v.errors})` : "";
  const forModels = v.models ? ` for ${v.models} requests` : "";
  switch (layerId) {
    case "provider-api":
      return {
        full: `${Ps} API ${is} returning errors${err}${forModels}.`,
        short: `${Ps} API ${is} returning errors${v.errors ? ` (${v.errors.split(";")[0]})` : ""}.`
      };
    case "model-endpoint":
      return {
        full: `${Ps} serving of ${v.models || "one model"} ${is} failing${err}.`,
        short: `${Ps} serving of ${v.models || "one model"} ${is} failing${v.errors ? ` (${v.errors.split(";")[0]})` : ""}.`
      };
    case "model-quality":
      return {
        full: `Some answers from ${v.models || `${Ps} model`} ${v.resolved ? "did" : "do"} not meet our quality checks, although requests complete normally.`,
        short: `Some ${v.models || "model"} answers ${v.resolved ? "failed" : "fail"} our quality checks.`
      };
    case "integration":
      return {
        full: `The cause ${is} in our own integration with ${P}${err}, not in ${Ps} service.`,
        short: `The cause ${is} in our own integration, not in ${Ps} service.`
      };
    case "network":
      return {
        full: `Requests from our servers ${v.resolved ? "were" : "are"} not reaching ${Ps} API: the network between us and ${P} ${is} failing${err}.`,
        short: `The network between us and ${P} ${is} failing.`
      };
    case "unknown":
      return {
        full: `We have not yet determined which part of the request path ${is} failing.`,
        short: `The cause ${is} not yet known.`
      };
    default:
      return { full: `The cause ${is} ${fillLayerPhrase(v.layer.name, { provider: v.provider, models: v.models })}.`, short: `Cause: ${fillLayerPhrase(v.layer.short, { provider: v.provider, models: v.models })}.` };
  }
}
function actionSentence(layerId, phase, provider) {
  const P = provider || "our provider";
  if (phase === "resolved") return "The problem is fixed and the service is working normally again.";
  if (phase === "monitoring") return "A fix is in place and we are watching it closely.";
  const byLayer = {
    integration: ["We are investigating our integration.", "We have found the problem in our integration and are fixing it."],
    network: [`We are working to restore our connection to ${P}.`, `We have found the network fault and are restoring our connection to ${P}.`],
    "provider-api": [`We are following ${possessive(provider)} incident and retrying failed requests.`, `We are working around ${possessive(provider)} incident and retrying failed requests.`],
    "model-endpoint": ["We are routing requests to other models where we can.", "We are routing requests to other models while this is fixed."],
    "model-quality": ["We are checking answers closely and may switch models.", "We are switching affected requests to another model."],
    unknown: ["We are investigating.", "We are investigating."]
  };
  const pair = byLayer[layerId] ?? ["We are investigating.", "We are working on a fix."];
  return phase === "investigating" ? pair[0] : pair[1];
}
function buildContext(input) {
  const tz = input.product.timeZone;
  const resolved = input.phase === "resolved";
  const providerName = input.layer.providerLayer || input.layer.id === "network" || input.layer.id === "integration" ? input.provider?.name ?? "" : "";
  const modelNames = joinNames(input.models.map((m) => m.name));
  const fill = (t) => fillLayerPhrase(t, { provider: providerName || "our AI provider", models: modelNames || "the model" });
  const cause = causeSentence(input.layer.id, { provider: providerName, models: modelNames, errors: input.errors, resolved, layer: input.layer });
  const next = addMinutes(input.now, input.nextUpdateMinutes);
  const prev = input.previous;
  const changed = prev && prev.layer.id !== input.layer.id;
  const prevShort = prev ? fillLayerPhrase(prev.layer.short, { provider: input.provider?.name || "our AI provider", models: modelNames || "the model" }) : "";
  const was = prev?.layer.id === "unknown" ? "not yet known" : prevShort;
  const now = input.layer.id === "unknown" ? "not yet determined" : fill(input.layer.short);
  const correction = changed ? `Correction: earlier we said the cause was ${was}; it is ${now}.` : "";
  const correctionShort = changed ? prev.layer.id === "unknown" ? `Update: the cause is ${now}.` : `Correction: the cause is ${now}, not ${was}.` : "";
  const ctx = {
    product: { name: input.product.name, feature: input.product.feature, statusUrl: input.product.statusUrl ?? "" },
    incident: { id: input.incident.id, update: input.incident.update, isFollowUp: input.incident.update > 1, startedAt: formatTime(input.incident.startedAt, tz) },
    phase: {
      id: input.phase,
      name: PHASE_NAMES[input.phase],
      is: Object.fromEntries(PHASES.map((p) => [p, p === input.phase]))
    },
    layer: {
      id: input.layer.id,
      name: fill(input.layer.name),
      short: fill(input.layer.short),
      notAffected: fill(input.layer.notAffected),
      notAffectedShort: fill(input.layer.notAffectedShort),
      cause: cause.full,
      causeShort: cause.short,
      providerLayer: input.layer.providerLayer,
      is: Object.fromEntries(
        ["integration", "network", "provider-api", "model-endpoint", "model-quality", "unknown"].map((id) => [camel(id), id === input.layer.id])
      )
    },
    provider: {
      id: input.provider?.id ?? "",
      name: providerName,
      possessive: possessive(providerName),
      statusUrl: input.provider?.statusUrl ?? "",
      named: providerName !== ""
    },
    models: { list: input.models.map((m) => ({ id: m.id, name: m.name })), names: modelNames, any: input.models.length > 0, count: input.models.length },
    impact: { text: ensureSentence(input.impact), level: input.impactLevel ?? "major" },
    evidence: {
      summary: input.evidenceLines.slice(0, 3).join("; "),
      errors: input.errors,
      lines: input.evidenceLines,
      takenAt: formatTime(new Date(input.evidence.takenAt), tz)
    },
    action: actionSentence(input.layer.id, input.phase, providerName),
    now: formatTime(input.now, tz),
    nextUpdate: { has: !resolved, minutes: input.nextUpdateMinutes, at: formatTime(next, tz) },
    previous: {
      has: Boolean(prev),
      layerName: prev ? fill(prev.layer.name) : "",
      layerShort: prevShort,
      phaseName: prev ? PHASE_NAMES[prev.phase] : "",
      text: prev?.text ?? ""
    },
    correction: { has: Boolean(changed), text: correction, short: correctionShort },
    dataLoss: resolved ? ensureSentence(input.dataLoss?.trim() || "No data was lost.") : "",
    notes: input.notes ? ensureSentence(input.notes) : ""
  };
  return TemplateContextSchema.parse(ctx);
}
function ensureSentence(text) {
  const t = text.trim().replace(/\s+/g, " ");
  if (!t) return t;
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

// src/core/channels/counting.ts
var segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
var encoder = new TextEncoder();
function graphemes(text) {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
function graphemeCount(text) {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}
function utf8Bytes(text) {
  return encoder.encode(text).length;
}
var URL_RE = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'"]/g;
function mastodonLength(text, urlWeight = 23) {
  let urls = 0;
  const stripped = text.replace(URL_RE, () => {
    urls++;
    return "";
  });
  return graphemeCount(stripped) + urls * urlWeight;
}
var EMOJI_RE = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
function threadsLength(text) {
  let n = 0;
  for (const g of graphemes(text)) n += EMOJI_RE.test(g) ? utf8Bytes(g) : 1;
  return n;
}
var GSM_BASIC = `@\xA3$\xA5\xE8\xE9\xF9\xEC\xF2\xC7
\xD8\xF8\r\xC5\xE5\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\x1B\xC6\xE6\xDF\xC9 !"#\xA4%&'()*+,-./0123456789:;<=>?\xA1ABCDEFGHIJKLMNOPQRSTUVWXYZ\xC4\xD6\xD1\xDC\xA7\xBFabcdefghijklmnopqrstuvwxyz\xE4\xF6\xF1\xFC\xE0`;
var GSM_EXT = "^{}\\[~]|\u20AC\f";
var BASIC = new Set(GSM_BASIC);
var EXT = new Set(GSM_EXT);
function smsCount(text) {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (BASIC.has(ch)) septets += 1;
    else if (EXT.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { encoding: "GSM-7", units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153), singleLimit: 160 };
  const units = text.length;
  return { encoding: "UCS-2", units, segments: units <= 70 ? 1 : Math.ceil(units / 67), singleLimit: 70 };
}
var LINKEDIN_RESERVED = /[\\|{}@[\]()<>#*_~]/g;
function escapeLinkedIn(text) {
  return text.replace(LINKEDIN_RESERVED, (c2) => `\\${c2}`);
}

// src/core/channels/x.ts
import twitter from "twitter-text";
function xLength(text, config) {
  const r = config ? twitter.parseTweet(text, config) : twitter.parseTweet(text);
  return {
    weighted: r.weightedLength,
    valid: r.valid,
    permillage: r.permillage,
    displayRange: [r.displayRangeStart, r.displayRangeEnd],
    validRange: [r.validRangeStart, r.validRangeEnd]
  };
}

// src/core/channels/index.ts
var CHANNEL_IDS = ["statuspage", "x", "bluesky", "mastodon", "threads", "linkedin", "sms", "slack"];
var plain = (text) => text;
var simple = (limit, unit, count) => (text) => {
  const length = count(text);
  return { length, limit, unit, over: length > limit, reason: length > limit ? `${length}/${limit} ${unit}` : void 0 };
};
var CHANNELS = {
  statuspage: {
    id: "statuspage",
    name: "Status page",
    file: "statuspage.md",
    public: true,
    markdown: true,
    finish: plain,
    // The body has no practical limit; the title does (255). measure() is called on the title.
    measure: simple(255, "characters (title)", (t) => [...t].length)
  },
  x: {
    id: "x",
    name: "X",
    file: "x.txt",
    public: true,
    markdown: false,
    finish: plain,
    measure: (text) => {
      const { weighted } = xLength(text);
      return { length: weighted, limit: 280, unit: "weighted characters", over: weighted > 280, reason: weighted > 280 ? `${weighted}/280 weighted characters` : void 0 };
    }
  },
  bluesky: {
    id: "bluesky",
    name: "Bluesky",
    file: "bluesky.txt",
    public: true,
    markdown: false,
    finish: plain,
    measure: (text) => {
      const length = graphemeCount(text);
      const bytes = utf8Bytes(text);
      const over = length > 300 || bytes > 3e3;
      return { length, limit: 300, unit: "graphemes", over, reason: over ? length > 300 ? `${length}/300 graphemes` : `${bytes}/3000 bytes` : void 0 };
    }
  },
  mastodon: {
    id: "mastodon",
    name: "Mastodon",
    file: "mastodon.txt",
    public: true,
    markdown: false,
    finish: plain,
    measure: (text, opts) => simple(opts.mastodonLimit ?? 500, "characters (URLs as 23)", (t) => mastodonLength(t))(text)
  },
  threads: {
    id: "threads",
    name: "Threads",
    file: "threads.txt",
    public: true,
    markdown: false,
    finish: plain,
    measure: simple(500, "characters (emoji as UTF-8 bytes)", threadsLength)
  },
  linkedin: {
    id: "linkedin",
    name: "LinkedIn",
    file: "linkedin.txt",
    public: true,
    markdown: false,
    finish: escapeLinkedIn,
    measure: simple(3e3, "characters (escaped)", (t) => t.length)
  },
  sms: {
    id: "sms",
    name: "SMS",
    file: "sms.txt",
    public: true,
    markdown: false,
    finish: plain,
    measure: (text) => {
      const s = smsCount(text);
      const over = s.segments > 1;
      return { length: s.units, limit: s.singleLimit, unit: `${s.encoding} characters, ${s.segments} segment${s.segments > 1 ? "s" : ""}`, over, reason: over ? `${s.segments} ${s.encoding} segments (${s.units} characters; one segment holds ${s.singleLimit})` : void 0 };
    }
  },
  slack: {
    id: "slack",
    name: "Slack",
    file: "slack.md",
    public: false,
    markdown: true,
    finish: plain,
    measure: simple(4e4, "characters", (t) => t.length)
  }
};
function normalizeWhitespace(text, markdown) {
  const paragraphs = text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n+/).map(
    (p) => markdown ? p.split("\n").map((l) => l.replace(/[ \t]+$/g, "").replace(/(\S)[ \t]{2,}/g, "$1 ")).filter((l, i, a) => l.trim() !== "" || i > 0 && i < a.length - 1).join("\n") : p.replace(/\s+/g, " ").trim()
  ).filter((p) => p.trim() !== "");
  return paragraphs.join("\n\n").replace(/^\n+|\s+$/g, "");
}

// src/core/render.ts
var VARIANTS = ["default", "short"];
function renderChannel(renderer, channelId, ctx, opts = {}) {
  const channel = CHANNELS[channelId];
  const title = channelId === "statuspage" && renderer.has("statuspage/title") ? normalizeWhitespace(renderer.render("statuspage/title", ctx), false) : void 0;
  let last;
  for (const variant of VARIANTS) {
    const name = `${channelId}/${variant}`;
    if (!renderer.has(name)) continue;
    const text = channel.finish(normalizeWhitespace(renderer.render(name, ctx), channel.markdown));
    const m = channel.measure(title ?? text, opts);
    last = { channel: channelId, file: channel.file, text, ...title !== void 0 ? { title } : {}, length: m.length, limit: m.limit, unit: m.unit, variant, overLimit: m.over };
    if (!m.over) return last;
  }
  if (!last) throw new Error(`no template for channel ${channelId} (expected ${channelId}/default.hbs)`);
  return last;
}
function renderDrafts(renderer, ctx, channels, opts = {}) {
  return channels.map((c2) => renderChannel(renderer, c2, ctx, opts));
}

// ../../tmp/render.ts
var c = compileSet(await loadTemplateSet());
var only = process.argv[2]?.split(",") ?? CHANNEL_IDS;
for (const layer of DEFAULT_LAYERS) for (const phase of layer.id === "unknown" ? ["investigating"] : ["investigating", "resolved"]) {
  const ctx = buildContext({ product: { name: "Acme Collaborative Knowledge Workspace", feature: "Acme Collaborative Knowledge Workspace AI assistant", timeZone: "Europe/Berlin" }, layer, phase, provider: { id: "anthropic", name: "Anthropic" }, models: [{ id: "claude-opus-4-7", name: "Claude Opus 4.7" }, { id: "claude-sonnet-4-6", name: "Claude Sonnet 4.6" }], impact: "AI answers are failing for many users", errors: "HTTP 529, overloaded; timeouts", evidence: { schema: "layerpost.evidence/v1", takenAt: "2026-11-21T14:00:00Z", probes: [], providers: [] }, evidenceLines: ["3/3 POST /v1/messages \u2192 529 overloaded_error"], nextUpdateMinutes: 30, incident: { id: "inc-1", update: 2, startedAt: /* @__PURE__ */ new Date("2026-11-21T13:50:00Z") }, previous: process.env.PREV ? { layer: findLayer(process.env.PREV), phase: "investigating", text: "x" } : void 0, now: /* @__PURE__ */ new Date("2026-11-21T14:02:00Z") });
  for (const d of renderDrafts(c, ctx, CHANNEL_IDS)) if (only.includes(d.channel)) console.log(`--- ${layer.id}/${phase} ${d.channel} ${d.variant} ${d.length}/${d.limit}${d.overLimit ? " OVER" : ""}
${d.title ? d.title + "\n" : ""}${d.text}`);
}
