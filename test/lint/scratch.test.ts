import { test } from 'vitest';
import { loadTemplateSet } from '../../src/templates/load.js';
import { lintTemplates } from '../../src/lint/index.js';
test('embedded', async () => {
  const set = await loadTemplateSet();
  const t = Date.now();
  const r = lintTemplates(set);
  console.log(Date.now() - t, 'ms', r.renders, r.cases, r.filesChecked);
  for (const f of r.findings) console.log(f.severity, f.rule, `${f.file}:${f.line}:${f.column}`, f.message);
  for (const l of r.lengths) console.log(l.channel, l.length, l.limit, l.unit, l.over, l.case, l.overCount, l.renders);
});
