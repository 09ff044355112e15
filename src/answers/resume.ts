// The resume file: the answers of a draft interrupted before its bundle was written, one file per incident.
import { readdir, rm } from '../platform/files.js';
import { basename, join } from 'node:path';
import * as zm from 'zod/mini';
import { AnswersSchema, type Answers } from '../model/bundle.js';
import { readDocument, type DocumentKind } from '../model/document.js';
import { formatZodError } from '../text/zod-format.js';
import { ConfigError, UsageError } from '../platform/errors.js';
import { readTextFileIfAny, writeFileAtomic } from '../platform/fs.js';

const RESUME_SCHEMA = 'layerpost.resume/v1';
const ResumeSchema = zm.object({
  schema: zm.literal(RESUME_SCHEMA),
  answers: zm.optional(AnswersSchema),
  from: zm.optional(zm.string()),
  incident: zm.optional(zm.unknown()),
});
const RESUME_DOCUMENT: DocumentKind<zm.infer<typeof ResumeSchema>> = {
  what: 'resume file',
  id: RESUME_SCHEMA,
  idRequired: true,
  schema: ResumeSchema,
};

const RESUME_FILE = /^\.layerpost-resume\.(.+)\.json$/;
/** What a run before per-incident resume files wrote; still read. */
const LEGACY_RESUME = '.layerpost-resume.json';

/** OUT/.layerpost-resume.INCIDENT.json: two operators drafting two incidents in one OUT keep their answers apart. */
export function resumePath(out: string, incident?: string): string {
  return join(out, incident ? `.layerpost-resume.${incident}.json` : LEGACY_RESUME);
}

export interface ResumeState {
  answers: Answers;
  from?: string;
  incident?: string;
}

export async function saveResume(out: string, state: ResumeState): Promise<void> {
  // The answers become draft text when resumed: never redacted (a short secret such as "Notes" would turn "Acme
  // Notes" into "Acme [REDACTED]" in every resumed post), as the bundle's answers are not.
  await writeFileAtomic(
    resumePath(out, state.incident),
    JSON.stringify({ schema: RESUME_SCHEMA, ...state }, null, 2) + '\n',
    { redact: false },
  );
}

export async function clearResume(out: string, incident?: string): Promise<void> {
  await rm(resumePath(out, incident), { force: true });
  // A legacy file for this same incident is done with too.
  if (incident) {
    const legacy = await readResume(join(out, LEGACY_RESUME)).catch(() => undefined);
    if (legacy?.incident === incident) await rm(join(out, LEGACY_RESUME), { force: true });
  }
}

/**
 * The saved answers of an interrupted run: of `incident` when given, else of the one incident with a resume file in
 * OUT (several: the operator names one). A file whose incident is not the one it is for is refused, and its
 * incident is validated as --incident is (it names the folder the bundle goes to).
 */
export async function loadResume(out: string, incident?: string): Promise<ResumeState & { path: string }> {
  const names = await readdir(out).catch(() => [] as string[]);
  const candidates = names.filter((n) => RESUME_FILE.test(n) || n === LEGACY_RESUME);
  let path: string;
  if (incident) {
    const own = resumePath(out, incident);
    if (names.includes(basename(own))) path = own;
    else if (names.includes(LEGACY_RESUME)) path = join(out, LEGACY_RESUME);
    else
      throw new UsageError(
        `nothing to resume for incident ${incident}: ${own} does not exist (it is written as answers are given and removed when a bundle is written)`,
      );
  } else if (candidates.length === 1) path = join(out, candidates[0]!);
  else if (candidates.length === 0)
    throw new UsageError(
      `nothing to resume: no ${resumePath(out, 'INCIDENT')} (it is written as answers are given and removed when a bundle is written)`,
    );
  else {
    const ids = candidates.map((n) => RESUME_FILE.exec(n)?.[1] ?? '(legacy file)');
    throw new UsageError(`several interrupted drafts in ${out} (${ids.join(', ')}): pass --incident ID with --resume`);
  }
  const state = { ...(await readResume(path)), path };
  const expected = incident ?? RESUME_FILE.exec(basename(path))?.[1];
  if (expected !== undefined && state.incident !== expected)
    throw new ConfigError(
      `${path}: holds the answers of incident ${state.incident ?? '(none)'}, not ${expected}; refusing to resume into another incident`,
    );
  return state;
}

async function readResume(path: string): Promise<ResumeState> {
  const text = await readTextFileIfAny(path, 'resume file');
  if (text === undefined) throw new UsageError(`nothing to resume: ${path} does not exist`);
  const data = readDocument(text, path, RESUME_DOCUMENT);
  const answers = data.answers ?? {};
  if (data.incident !== undefined) {
    // The incident names the folder the bundle is written to: "../../elsewhere" or "/abs" would leave OUT.
    const incident = AnswersSchema.safeParse({ incident: data.incident });
    if (!incident.success)
      throw new ConfigError(`${path}: incident: ${formatZodError('', incident.error).replace(/^: [^:]+: /, '')}`);
  }
  if (answers.incident !== undefined && data.incident !== undefined && answers.incident !== data.incident)
    throw new ConfigError(
      `${path}: answers.incident (${answers.incident}) and incident (${String(data.incident)}) differ`,
    );
  return { answers, from: data.from, incident: typeof data.incident === 'string' ? data.incident : answers.incident };
}
