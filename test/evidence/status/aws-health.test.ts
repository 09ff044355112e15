import { describe, expect, it } from 'vitest';
import { adaptAwsHealth } from '../../../src/evidence/status/formats/aws-health.js';
import { decodeBody } from '../../../src/platform/http.js';
import { ProviderStatusSchema } from '../../../src/model/evidence.js';
import { OBSERVED, entry } from './helpers.js';

const bedrock = entry('aws-bedrock'); // products ["bedrock"], region us-east-1

/** Events in the currentevents shape (a JSON array; `date` epoch seconds as a string; status "0".."3"). */
function event(over: Record<string, unknown> = {}) {
  return {
    arn: 'arn:aws:health:us-east-1::event/BEDROCK/AWS_BEDROCK_OPERATIONAL_ISSUE/AWS_BEDROCK_OPERATIONAL_ISSUE_ABC',
    date: '1791356400',
    region_name: 'N. Virginia',
    service: 'bedrock-us-east-1',
    service_name: 'Amazon Bedrock',
    status: '2',
    summary: 'Increased Error Rates',
    event_log: [
      {
        summary: 'Increased Error Rates',
        message: 'We are investigating increased error rates for InvokeModel requests.',
        status: 2,
        timestamp: 1791356400,
      },
      {
        summary: 'Increased Error Rates',
        message: 'We have identified the cause of elevated errors for Claude Sonnet 4.6 on Amazon Bedrock.',
        status: 2,
        timestamp: 1791358200,
      },
    ],
    impacted_services: { 'bedrock-us-east-1': { service_name: 'Amazon Bedrock', current: '2', max: '2' } },
    ...over,
  };
}

/** The body as AWS serves it: UTF-16 little-endian with a byte-order mark. */
function utf16WithBom(value: unknown): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(value), 'utf16le')]);
}

describe('AWS Health currentevents', () => {
  it('decodes a UTF-16 body with a BOM and reads an open Bedrock event in the region', () => {
    const body = utf16WithBom([event()]);
    expect(body[0]).toBe(0xff);
    const s = adaptAwsHealth(JSON.parse(decodeBody(body)), bedrock, OBSERVED);
    expect(ProviderStatusSchema.parse(s)).toEqual(s);
    expect(s.indicator).toBe('major');
    expect(s.components).toEqual([
      {
        id: 'bedrock-us-east-1',
        name: 'Amazon Bedrock (N. Virginia)',
        status: 'partial_outage',
        layer: 'provider-api',
      },
    ]);
    expect(s.incidents[0]).toMatchObject({
      name: 'Amazon Bedrock: Increased Error Rates',
      status: 'open',
      impact: 'major',
      componentStatus: 'partial_outage',
      startedAt: new Date(1791356400 * 1000).toISOString(),
      updatedAt: new Date(1791358200 * 1000).toISOString(),
      latestUpdate: 'We have identified the cause of elevated errors for Claude Sonnet 4.6 on Amazon Bedrock.',
      layer: 'model-endpoint',
      models: ['anthropic.claude-sonnet-4-6'],
    });
  });

  it.each([
    ['0', 'none', 'operational'],
    ['1', 'minor', 'degraded_performance'],
    ['2', 'major', 'partial_outage'],
    ['3', 'critical', 'major_outage'],
  ])('status "%s" → indicator %s, component %s', (code, indicator, component) => {
    const s = adaptAwsHealth(
      [
        event({
          status: code,
          impacted_services: { 'bedrock-us-east-1': { service_name: 'Amazon Bedrock', current: code } },
        }),
      ],
      bedrock,
      OBSERVED,
    );
    expect(s.indicator).toBe(indicator);
    expect(s.components[0]!.status).toBe(component);
    expect(s.incidents).toHaveLength(code === '0' ? 0 : 1);
  });

  it('an event summarised [RESOLVED] is not open', () => {
    const s = adaptAwsHealth([event({ summary: '[RESOLVED] Increased Error Rates' })], bedrock, OBSERVED);
    expect(s).toMatchObject({ indicator: 'none', incidents: [] });
  });

  it('keeps only the service prefix and region asked for; a region-less code is global', () => {
    const events = [
      event({
        service: 'bedrock-eu-west-1',
        region_name: 'Ireland',
        impacted_services: { 'bedrock-eu-west-1': { service_name: 'Amazon Bedrock', current: '3' } },
      }),
      event({
        service: 'lambda-us-east-1',
        service_name: 'AWS Lambda',
        impacted_services: { 'lambda-us-east-1': { service_name: 'AWS Lambda', current: '3' } },
      }),
    ];
    expect(adaptAwsHealth(events, bedrock, OBSERVED)).toMatchObject({
      indicator: 'none',
      incidents: [],
      components: [],
    });
    expect(adaptAwsHealth(events, entry('aws-bedrock', { region: 'eu-west-1' }), OBSERVED).incidents).toHaveLength(1);
    // An event filed on another service that impacts Bedrock here counts.
    const spill = event({
      service: 'iam',
      service_name: 'AWS IAM',
      impacted_services: {
        iam: { service_name: 'AWS IAM', current: '2' },
        'bedrock-us-east-1': { service_name: 'Amazon Bedrock', current: '2' },
      },
    });
    expect(adaptAwsHealth([spill], bedrock, OBSERVED).incidents).toHaveLength(1);
    expect(
      adaptAwsHealth([event({ service: 'bedrock', impacted_services: {} })], bedrock, OBSERVED).incidents,
    ).toHaveLength(1);
  });

  it('an empty array is all clear', () => {
    expect(adaptAwsHealth([], bedrock, OBSERVED)).toMatchObject({ indicator: 'none', incidents: [], components: [] });
  });

  it('answers unknown with a reason for a payload that is not an array', () => {
    for (const p of [{}, 'x', 7]) {
      const s = adaptAwsHealth(p, bedrock, OBSERVED);
      expect(s.indicator).toBe('unknown');
      expect(s.error).toMatch(/^wrong shape: expected an AWS Health currentevents array/);
    }
  });
});
