// The resume file keeps the operator's answers as typed: they become draft text when resumed, and redaction is for
// evidence and logs, never for drafts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearSecrets, registerSecret } from '../../src/platform/secrets.js';
import { resumePath, saveResume } from '../../src/answers/resume.js';

const out = mkdtempSync(join(tmpdir(), 'layerpost-resume-redaction-'));
afterAll(() => {
  clearSecrets();
  rmSync(out, { recursive: true, force: true });
});

describe('the resume file', () => {
  it('keeps "Acme Notes" when "Notes" is a secret value', async () => {
    registerSecret('Notes');
    await saveResume(out, { incident: 'inc', answers: { product: 'Acme Notes', impact: 'Acme Notes answers fail.' } });
    const saved = JSON.parse(readFileSync(resumePath(out, 'inc'), 'utf8')) as {
      answers: { product: string; impact: string };
    };
    expect(saved.answers).toMatchObject({ product: 'Acme Notes', impact: 'Acme Notes answers fail.' });
  });
});
