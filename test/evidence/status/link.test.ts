import { describe, expect, it } from 'vitest';
import { linkComponent, linkIncident, modelsNamed } from '../../../src/evidence/status/link.js';
import { entry } from './helpers.js';

const anthropic = entry('anthropic');
const openai = entry('openai');
const google = entry('google');

describe('modelsNamed', () => {
  it.each([
    ['Elevated errors on Claude Opus 4.7', ['claude-opus-4-7']],
    ['elevated errors on opus 4.7 and Sonnet 4.6', ['claude-opus-4-7', 'claude-sonnet-4-6']],
    ['requests to claude-opus-4-7 fail', ['claude-opus-4-7']],
    ['Opus 4.75 is not a model we know', []],
    ['Claude Opus 4.6 latency', ['claude-opus-4-6']],
    ['Elevated errors on platform.claude.com', []],
  ])('%s', (text, ids) => {
    expect(modelsNamed(text, anthropic)).toEqual(ids);
  });

  it('prefers the longest phrase where two overlap (GPT-5 mini is not GPT-5)', () => {
    expect(modelsNamed('Increased latency for GPT-5 mini', openai)).toEqual(['gpt-5-mini']);
    expect(modelsNamed('Errors on GPT-5 and GPT-5 mini', openai)).toEqual(['gpt-5', 'gpt-5-mini']);
  });

  it('does not read a longer model id as a shorter one (gemini-2.5-flash-lite)', () => {
    expect(modelsNamed('only gemini-2.5-flash-lite is affected', google)).toEqual(['gemini-2.5-flash-lite']);
  });
});

describe('linkIncident', () => {
  it('links an incident naming a model to model-endpoint with that model', () => {
    expect(linkIncident(anthropic, { name: 'Elevated errors on Claude Opus 4.7' })).toEqual({
      layer: 'model-endpoint',
      models: ['claude-opus-4-7'],
    });
  });

  it('links an incident on the Claude API component (by id) to provider-api', () => {
    expect(linkIncident(anthropic, { name: 'Elevated error rates', componentIds: ['k8w3r06qmzrp'] })).toEqual({
      layer: 'provider-api',
    });
  });

  it('names models from the latest update when the title names none, and still says model-endpoint', () => {
    const link = linkIncident(anthropic, {
      name: 'Elevated errors',
      updates: ['Requests to Claude Sonnet 4.6 are failing.', 'old text about opus 4.7'],
      componentIds: ['k8w3r06qmzrp'],
    });
    expect(link).toEqual({ layer: 'model-endpoint', models: ['claude-sonnet-4-6'] });
  });

  it('keeps provider-api when the text says all models are affected', () => {
    const link = linkIncident(google, {
      name: 'Vertex Gemini API errors',
      updates: ['All Vertex AI Gemini API models were affected, including gemini-2.5-flash and gemini-2.5-pro.'],
    });
    expect(link.layer).toBe('provider-api');
    expect(link.models).toEqual(['gemini-2.5-flash', 'gemini-2.5-pro']);
  });

  it('leaves a console-only incident unlinked rather than guessing the API', () => {
    expect(
      linkIncident(anthropic, { name: 'Elevated errors on platform.claude.com', componentIds: ['0qbwn08sd68x'] }),
    ).toEqual({});
  });

  it('reads "API" in the title as the provider API', () => {
    expect(linkIncident(openai, { name: 'Increased error rates in the API' })).toEqual({ layer: 'provider-api' });
  });

  it('a component mapping never proves model-quality; only an incident that says the output is wrong does', () => {
    const e = { ...anthropic, components: { ...anthropic.components, q1: { layer: 'model-quality' } } };
    expect(linkIncident(e, { name: 'Elevated errors', componentIds: ['q1'] }).layer).not.toBe('model-quality');
    expect(linkComponent(e, 'q1').layer).toBe('provider-api');
    expect(linkIncident(e, { name: 'Claude Opus 4.7 answers look wrong', componentIds: ['q1'] })).toEqual({
      layer: 'model-quality',
      models: ['claude-opus-4-7'],
    });
    expect(linkIncident(e, { name: 'Degraded answers' }).layer).toBe('model-quality');
    expect(
      linkIncident(anthropic, {
        name: 'Investigating',
        updates: ['Some responses from Claude Sonnet 4.6 were truncated or garbled.'],
      }).layer,
    ).toBe('model-quality');
    expect(linkIncident(anthropic, { name: 'Elevated errors on Claude Opus 4.7' }).layer).toBe('model-endpoint');
  });
});
