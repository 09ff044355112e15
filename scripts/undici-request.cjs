// Bundled in place of the whole undici package: the CLI needs its agents and request() only, not fetch, WebSocket,
// EventSource, the cache or the mocks, whose module set is most of undici's load time.
'use strict';
const Dispatcher = require('undici/lib/dispatcher/dispatcher.js');
const Agent = require('undici/lib/dispatcher/agent.js');
const EnvHttpProxyAgent = require('undici/lib/dispatcher/env-http-proxy-agent.js');
const apiRequest = require('undici/lib/api/api-request.js');
const apiConnect = require('undici/lib/api/api-connect.js');
const errors = require('undici/lib/core/errors.js');
const util = require('undici/lib/core/util.js');

// What undici's index.js does for every API method, for those used here: request(), and connect() for a proxy tunnel.
Dispatcher.prototype.request = apiRequest;
Dispatcher.prototype.connect = apiConnect;

/** undici's top-level request(url, opts) for the case layerpost uses: a URL and an explicit dispatcher. */
function request(url, opts) {
  if (!opts || !opts.dispatcher) throw new errors.InvalidArgumentError('layerpost: request() needs opts.dispatcher');
  const u = util.parseURL(url);
  return opts.dispatcher.request({ ...opts, origin: u.origin, path: u.search ? `${u.pathname}${u.search}` : u.pathname, method: opts.method || (opts.body ? 'PUT' : 'GET') });
}

module.exports = { Agent, EnvHttpProxyAgent, Dispatcher, request, errors };
