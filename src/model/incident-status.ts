// When a provider's incident is over, in one place for the status formats, the diagnosis, the drafts and watch (pure,
// no imports: modules that only need this do not load the evidence schemas).

/** Statuses after which a provider's incident is no longer open (Statuspage's, incident.io's and the feeds' words). */
export const CLOSED_INCIDENT_STATUSES: ReadonlySet<string> = new Set(['resolved', 'postmortem', 'completed']);

export const isOpenIncident = (i: { status: string }): boolean => !CLOSED_INCIDENT_STATUSES.has(i.status);
