// The diagnosis said by the embedded template set, as drafts see it: for tests that assert its sentences.
import { diagnose as diagnoseTyped, type DiagnosisInput, type SaidDiagnosis } from '../../src/diagnosis/diagnose.js';
import { loadTemplateSet } from '../../src/templating/load.js';
import { rendererFor } from '../../src/templating/renderer.js';
import { sayDiagnosis } from '../../src/templating/reasons.js';

export const embedded = await rendererFor(await loadTemplateSet());

export const diagnose = (input: DiagnosisInput): SaidDiagnosis => sayDiagnosis(embedded, diagnoseTyped(input));
