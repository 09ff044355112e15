// Test helpers for the provider adapters: fixtures by name and catalogue entries by id.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOGUE, type CatalogueEntry } from '../../../src/model/providers.js';
import type { StatusSource } from '../../../src/config/schema.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/provider-status/', import.meta.url));

export function fixtureText(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

export function fixtureJson<T = any>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}

export const ANTHROPIC_SUMMARY = 'anthropic.summary.2026-10-07.junxit-ai-status-archive.json';
export const ANTHROPIC_MAINTENANCES = 'anthropic.scheduled-maintenances.2026-09-15.junxit-ai-status-archive.json';
export const OPENAI_SUMMARY = 'openai.summary.operational.junxit-ai-status-archive.json';
export const GCP_INCIDENTS = 'gcp.incidents.vertex-gemini-41E5S3mkTGDfkZuJZH5k.junxit-ai-status-archive.json';
export const AWS_RSS = 'aws-status.all.rss.2021-12.yesoreyeram-uql.xml';

/** A catalogue entry by id, optionally with another status source (a copy: the catalogue stays untouched). */
export function entry(id: string, status?: Partial<StatusSource>): CatalogueEntry {
  const e = CATALOGUE.find((x) => x.id === id);
  if (!e) throw new Error(`no catalogue entry ${id}`);
  return {
    ...e,
    models: [...e.models],
    components: { ...e.components },
    status: status ? ({ ...e.status, ...status } as StatusSource) : e.status,
  };
}

export const OBSERVED = '2026-10-08T00:00:00.000Z';
