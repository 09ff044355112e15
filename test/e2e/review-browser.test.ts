// The review page as a person sees it: headless Chromium loads the hostile bundle's page; texts and counters show, only
// the page's own script runs; it fits a phone; screenshots kept in test-artifacts/.
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { REVIEW_SCRIPT } from '../../src/review/html.js';
import { loadBundle, squash, startTags, visibleText } from '../review/fixtures.js';

const CHROMIUM = ['chromium', 'chromium-browser', 'google-chrome'].find(
  (c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0,
);
const ARTIFACTS = join(ROOT, 'test-artifacts');
if (!CHROMIUM)
  console.warn(
    'review-browser: SKIPPED — no chromium on PATH (Debian: apt-get install chromium; .ci/run installs it).',
  );

let work = '';
let profile = '';

/** Run headless Chromium once on a page; stdout is the DOM after load (and after any script that could run). */
function chromium(
  url: string,
  extra: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--hide-scrollbars',
    `--user-data-dir=${profile}`,
    ...extra,
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(CHROMIUM!, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Signs that a hostile payload ran: each one sets the title to PWNED or adds an element whose id starts with "pwned".
 */
function scriptRan(dom: string): string[] {
  const signs: string[] = [];
  if (/<title>PWNED/.test(dom)) signs.push('document.title was set');
  for (const t of startTags(dom))
    for (const [a, v] of t.attrs) if (a === 'id' && v.startsWith('pwned')) signs.push(`<${t.name} id="${v}">`);
  return signs;
}

async function reviewPage(name: string): Promise<string> {
  const dir = join(work, name);
  await cp(join(ROOT, 'test/fixtures/bundles', name), dir, { recursive: true });
  const r = await runCli(['review', dir, '--quiet']);
  if (r.code !== 0) throw new Error(`review ${name} failed: ${r.stderr}`);
  return join(dir, 'review.html');
}

describe.skipIf(!CHROMIUM)('review page in headless Chromium', () => {
  let hostile = '';
  let followUp = '';
  let firstUpdate = '';

  beforeAll(async () => {
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
    work = await mkdtemp(join(tmpdir(), 'layerpost-browser-'));
    profile = join(work, 'profile');
    hostile = await reviewPage('hostile');
    followUp = await reviewPage('follow-up-correction');
    firstUpdate = await reviewPage('first-update');
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('detects a payload that runs (control: the same payloads pasted raw into a page without escaping or CSP)', async () => {
    const control = join(work, 'control.html');
    await writeFile(
      control,
      `<!doctype html><html><head><title>control</title></head><body><img src=x onerror="document.title='PWNED';this.id='pwned-img'"><script>document.body.insertAdjacentHTML('beforeend','<b id=pwned-script></b>')</script></body></html>`,
    );
    const r = await chromium(pathToFileURL(control).href, ['--dump-dom']);
    expect(r.code).toBe(0);
    expect(scriptRan(r.stdout)).toEqual(
      expect.arrayContaining(['document.title was set', '<img id="pwned-img">', '<b id="pwned-script">']),
    );
  });

  it('shows the hostile texts and every counter, and no script ran', async () => {
    const r = await chromium(pathToFileURL(hostile).href, ['--dump-dom', '--virtual-time-budget=2000']);
    expect(r.code).toBe(0);
    const dom = r.stdout;
    expect(dom).toContain('<main>');
    expect(scriptRan(dom)).toEqual([]);
    expect(dom).toMatch(/<title>Review: Acme &lt;\/title&gt;/);
    // The page's own script is the only one.
    expect(dom.match(/<script[\s\S]*?<\/script>/g)).toEqual([`<script>${REVIEW_SCRIPT}</script>`]);
    for (const t of startTags(dom)) {
      expect(['img', 'svg', 'iframe', 'object', 'embed', 'form', 'base']).not.toContain(t.name);
      for (const [a, v] of t.attrs) {
        expect(a).not.toMatch(/^on/);
        if (a === 'href') expect(v).toMatch(/^https?:\/\//);
      }
    }
    const seen = visibleText(dom);
    const { manifest } = loadBundle('hostile');
    for (const d of manifest.drafts) {
      expect(seen).toContain(`${d.length}/${d.limit}`);
      if (d.channel !== 'statuspage' && d.channel !== 'slack') expect(seen).toContain(squash(d.text));
    }
    expect(seen).toContain("<script>document.title='PWNED';");
    expect(seen).toContain('The operator overrode the diagnosis.');
    expect(dom).toMatch(/<span class="counter over"[^>]*>180\/160/);
  });

  it("runs its own script under its CSP: the copy buttons show and times are in the reader's zone", async () => {
    const r = await chromium(pathToFileURL(firstUpdate).href, ['--dump-dom', '--virtual-time-budget=2000'], {
      ...process.env,
      TZ: 'Asia/Tokyo',
    });
    expect(r.code).toBe(0);
    const buttons = startTags(r.stdout).filter((t) => t.name === 'button');
    expect(buttons.length).toBe(9);
    for (const b of buttons) expect(b.attrs.map(([a]) => a)).not.toContain('hidden');
    const created = /<time datetime="2026-05-14T06:20:11Z">([^<]*)<\/time>/.exec(r.stdout)![1]!;
    expect(created).not.toContain('UTC');
    expect(created).toMatch(/15:20|3:20/);
  });

  it('without JavaScript shows every text and no dead button', async () => {
    // The same page with a CSP that lets no script run.
    const noScript = firstUpdate.replace(/review\.html$/, 'no-script.html');
    await writeFile(
      noScript,
      (await readFile(firstUpdate, 'utf8')).replace(/script-src &#39;sha256-[^&]*&#39;/, 'script-src &#39;none&#39;'),
    );
    const r = await chromium(pathToFileURL(noScript).href, ['--dump-dom', '--virtual-time-budget=2000']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('script-src &#39;none&#39;'.replace(/&#39;/g, "'"));
    for (const b of startTags(r.stdout).filter((t) => t.name === 'button'))
      expect(b.attrs.map(([a]) => a)).toContain('hidden');
    const seen = visibleText(r.stdout);
    for (const d of loadBundle('first-update').manifest.drafts)
      if (d.channel !== 'statuspage' && d.channel !== 'slack') expect(seen).toContain(squash(d.text));
    expect(r.stdout).toContain('<time datetime="2026-05-14T06:20:11Z">14 May 2026, 06:20 UTC</time>');
  });

  it('fits a 390 px wide phone: nothing is wider than the screen', async () => {
    for (const page of [firstUpdate, followUp, hostile]) {
      // Chromium's window is never narrower than 500 px: the page (a copy with the test's measuring script in place
      // of its CSP) is shown in a 390 px frame and posts what it measured to the frame's parent.
      const measure = `<script>addEventListener('load',()=>{const wide=[...document.querySelectorAll('body *')].filter((e)=>e.getBoundingClientRect().right>innerWidth+0.5&&!e.closest('.scroll')).map((e)=>e.tagName+'.'+e.className);parent.postMessage(innerWidth+' '+document.documentElement.scrollWidth+' '+wide.slice(0,12).join(','),'*')})</script>`;
      const text = (await readFile(page, 'utf8'))
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
        .replace('</body>', `${measure}</body>`);
      await writeFile(page.replace(/review\.html$/, 'measure.html'), text);
      const frame = page.replace(/review\.html$/, 'phone.html');
      await writeFile(
        frame,
        `<!doctype html><body><iframe src="measure.html" width="390" height="900" style="border:0"></iframe><script>addEventListener('message',(e)=>document.body.setAttribute('data-measured',e.data))</script></body>`,
      );
      const r = await chromium(pathToFileURL(frame).href, [
        '--dump-dom',
        '--virtual-time-budget=3000',
        '--allow-file-access-from-files',
      ]);
      expect(r.code).toBe(0);
      const measured = /data-measured="([^"]*)"/.exec(r.stdout)?.[1];
      expect(measured, page).toBe('390 390 ');
    }
  });

  it('screenshots the hostile page and a realistic follow-up into test-artifacts/', async () => {
    for (const [page, file, height] of [
      [hostile, 'review.png', 3600],
      [followUp, 'review-follow-up.png', 3400],
    ] as const) {
      const out = join(ARTIFACTS, file);
      await rm(out, { force: true });
      const r = await chromium(pathToFileURL(page).href, [`--screenshot=${out}`, `--window-size=1280,${height}`]);
      expect(r.code, r.stderr.slice(-500)).toBe(0);
      const png = await readFile(out);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1280);
      expect((await stat(out)).size).toBeGreaterThan(50_000);
    }
  });
});
