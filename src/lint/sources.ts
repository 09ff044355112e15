// The published incident-communication guidance the rules cite, named once.
export const SOURCES = {
  atlassian:
    'Atlassian, “Incident communication tips” (Statuspage documentation, support.atlassian.com/statuspage/docs/incident-communication-tips/)',
  pagerduty:
    'PagerDuty Incident Response Documentation, “External Communication Guidelines” (response.pagerduty.com/during/external_communication_guidelines/)',
  google: 'Google Cloud, “Lifecycle of an incident” (cloud.google.com/service-health/docs/incident-lifecycle)',
  sre: 'Google, Site Reliability Engineering (O’Reilly, 2016), ch. 14 “Managing Incidents”',
  layerpost:
    'layerpost SPEC §1 and §4: every draft names the failing layer and does not imply a fault in a layer that is working',
  handlebars: 'Handlebars language guide (handlebarsjs.com/guide), strict mode and known helpers',
} as const;
