/** The URL classifiers of both sites, one import for callers that handle either. */
export * from './gmail/urls';
export * from './linkedin/urls';
