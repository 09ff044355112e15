// Starts the reference Bluesky PDS (@atproto/pds) with an in-memory PLC on 127.0.0.1 from an install prefix given as
// argv[2], creates one account, prints {url, handle, password, did} as one JSON line, and runs until stdin closes.
'use strict';
const { createRequire } = require('node:module');
const { mkdtempSync, rmSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const path = require('node:path');

const prefix = process.argv[2];
const req = createRequire(path.join(prefix, 'package.json'));
const { PDS, envToCfg, envToSecrets, readEnv } = req('@atproto/pds');
const plc = req('@did-plc/server');
const { Secp256k1Keypair } = req('@atproto/crypto');

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

(async () => {
  const data = mkdtempSync(path.join(tmpdir(), 'layerpost-pds-data-'));
  const plcServer = plc.PlcServer.create({ db: plc.Database.mock(), port: await freePort() });
  const plcHttp = await plcServer.start();
  const plcUrl = `http://127.0.0.1:${plcHttp.address().port}`;
  const port = await freePort();
  const key = await Secp256k1Keypair.create({ exportable: true });
  const hex = Buffer.from(await key.export()).toString('hex');
  Object.assign(process.env, {
    PDS_HOSTNAME: 'localhost',
    PDS_PORT: String(port),
    PDS_DEV_MODE: 'true',
    PDS_DATA_DIRECTORY: data,
    PDS_BLOBSTORE_DISK_LOCATION: path.join(data, 'blobs'),
    PDS_JWT_SECRET: 'jwt-secret-for-tests',
    PDS_ADMIN_PASSWORD: 'admin-pass-for-tests',
    PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: hex,
    PDS_DID_PLC_URL: plcUrl,
    PDS_INVITE_REQUIRED: 'false',
    PDS_SERVICE_HANDLE_DOMAINS: '.test',
    PDS_RATE_LIMITS_ENABLED: 'false',
    LOG_ENABLED: 'false',
  });
  const env = readEnv();
  const pds = await PDS.create(envToCfg(env), envToSecrets(env));
  await pds.start();
  const url = `http://127.0.0.1:${port}`;
  const handle = 'incidents.test';
  const password = 'app-password-for-tests';
  const res = await fetch(`${url}/xrpc/com.atproto.server.createAccount`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ handle, email: 'incidents@example.test', password }),
  });
  const acct = await res.json();
  if (!res.ok) throw new Error(`createAccount: ${res.status} ${JSON.stringify(acct)}`);
  process.stdout.write(JSON.stringify({ url, handle, password, did: acct.did }) + '\n');
  const stop = async () => {
    await pds.destroy().catch(() => undefined);
    await plcServer.destroy().catch(() => undefined);
    rmSync(data, { recursive: true, force: true });
    process.exit(0);
  };
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
})().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + '\n');
  process.exit(1);
});
