// A draft does not build the template context's zod schema (drafts/context.ts): the kinds and fields it needs of it
// are plain data (drafts/context-kinds.ts), and the schema is for lint's variable check and the documentation.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/drafts/context.js', () => {
  throw new Error('drafts/context.ts was loaded');
});

describe('the draft path and the template context schema', () => {
  it('the draft coordinator and everything it imports load without drafts/context.ts', async () => {
    const flow = await import('../../src/commands/draft-flow.js');
    expect(typeof flow.runDraft).toBe('function');
    const kinds = await import('../../src/drafts/context-kinds.js');
    expect(kinds.ERROR_WORDS).toContain('http-overloaded');
  });
});
