#!/usr/bin/env node
// `npm run test:e2e`: builds the app, starts the Karmada emulator and the
// backend (which serves the built app), then drives Debian's chromium with
// playwright-core through the flows in e2e/*.flow.mjs, in name order.
// Screenshots land in e2e-artifacts/ (printed at the end).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = join(root, 'e2e-artifacts');
// E2E_BASE_URL runs the flows against a portal that is already up (for
// writing flows); otherwise this script starts everything itself.
const external = process.env.E2E_BASE_URL;
const baseUrl = external ?? 'http://localhost:17007';
const emulatorPort = 17443;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const children = [];

function log(message) {
  console.log(`[e2e] ${message}`);
}

function start(name, command, args, env = {}, cwd = root) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines = [];
  const keep = chunk => {
    lines.push(...chunk.toString().split('\n'));
    if (lines.length > 400) lines.splice(0, lines.length - 400);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  children.push({ name, child, lines });
  return child;
}

function stopAll() {
  for (const { child } of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

async function waitFor(url, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const { name, child, lines } of children) {
      if (child.exitCode !== null) {
        throw new Error(
          `${name} exited with ${child.exitCode}:\n${lines
            .slice(-60)
            .join('\n')}`,
        );
      }
    }
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(
    `${what} did not come up at ${url} within ${timeoutMs / 1000}s`,
  );
}

async function main() {
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });

  if (external) {
    log(`using the portal at ${baseUrl}`);
  } else {
    await startPortal();
  }
  await runFlows();
}

async function startPortal() {
  if (
    !process.env.E2E_SKIP_BUILD ||
    !existsSync(join(root, 'packages/app/dist/index.html'))
  ) {
    log('building the app (packages/app)');
    const build = spawnSync('npm', ['run', 'build:app'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('app build failed');
  }

  log(`starting the Karmada emulator on 127.0.0.1:${emulatorPort}`);
  start('emulator', process.execPath, [
    'packages/karmada-emulator/bin/karmada-emulator',
    '--port',
    String(emulatorPort),
    '--ready-after',
    '1500',
  ]);
  await waitFor(
    `http://127.0.0.1:${emulatorPort}/readyz`,
    'the emulator',
    60_000,
  );

  // The backend runs through Backstage's node transform without the CLI's
  // file watcher, so nothing restarts it in the middle of a flow.
  log('starting the backend (serves the built app)');
  start(
    'backend',
    process.execPath,
    [
      '-r',
      '@backstage/cli/config/nodeTransform.cjs',
      'src/index.ts',
      '--config',
      '../../app-config.yaml',
      '--config',
      '../../e2e/app-config.e2e.yaml',
    ],
    { NODE_ENV: 'development' },
    join(root, 'packages/backend'),
  );
  await waitFor(
    `${baseUrl}/.backstage/health/v1/readiness`,
    'the backend',
    180_000,
  );
}

async function runFlows() {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1600 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const consoleErrors = [];
  page.on('pageerror', e => consoleErrors.push(String(e)));

  let shot = 0;
  // A full page by default, or one element (`locator`) for the README.
  const screenshot = async (name, locator) => {
    shot += 1;
    const file = join(
      artifacts,
      `${String(shot).padStart(2, '0')}-${name}.png`,
    );
    if (locator) await locator.screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: true });
    log(`screenshot ${file}`);
    return file;
  };

  // E2E_FLOWS=05,scaffolder runs only the flows whose file name contains one.
  const only = process.env.E2E_FLOWS?.split(',').filter(Boolean);
  const flows = readdirSync(join(root, 'e2e'))
    .filter(f => f.endsWith('.flow.mjs'))
    .filter(f => !only || only.some(o => f.includes(o)))
    .sort();
  if (flows.length === 0) {
    throw new Error(
      `E2E_FLOWS=${process.env.E2E_FLOWS} matches no e2e/*.flow.mjs`,
    );
  }
  let failed = 0;
  try {
    for (const file of flows) {
      log(`flow ${file}`);
      const flow = await import(pathToFileURL(join(root, 'e2e', file)).href);
      try {
        await flow.run({
          page,
          baseUrl,
          screenshot,
          log,
          emulatorUrl: `http://127.0.0.1:${emulatorPort}`,
        });
        log(`flow ${file}: passed`);
      } catch (error) {
        failed += 1;
        await screenshot(`FAILED-${file.replace('.flow.mjs', '')}`).catch(
          () => {},
        );
        console.error(`[e2e] flow ${file}: FAILED\n${error?.stack ?? error}`);
      }
    }
  } finally {
    await browser.close();
  }
  if (consoleErrors.length)
    log(`uncaught page errors:\n  ${consoleErrors.join('\n  ')}`);
  log(`screenshots are in ${artifacts}`);
  if (failed) throw new Error(`${failed} of ${flows.length} flows failed`);
  log(`${flows.length} flows passed`);
}

process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

main().then(
  () => {
    stopAll();
    process.exit(0);
  },
  error => {
    console.error(`[e2e] ${error?.stack ?? error}`);
    for (const { name, lines } of children) {
      console.error(
        `----- last output of ${name} -----\n${lines.slice(-80).join('\n')}`,
      );
    }
    stopAll();
    process.exit(1);
  },
);
