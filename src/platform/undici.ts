// undici, for every HTTP request layerpost makes: the one place the rest of src/ imports it from.
export { Agent, Dispatcher as DispatcherBase, EnvHttpProxyAgent, request } from 'undici';
export type { Dispatcher } from 'undici';
