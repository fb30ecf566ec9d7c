#!/usr/bin/env node
// `npm start`: the Karmada emulator, then the Backstage backend and frontend
// (backstage-cli repo start). Ctrl-C stops all of them.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const emulatorPort = Number(process.env.KARMADA_EMULATOR_PORT ?? 7443);
const children = [];

function run(name, command, args, env = {}) {
  const child = spawn(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping the portal.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
  setTimeout(() => process.exit(code), 2000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function portOpen(port) {
  return new Promise(resolve => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

if (await portOpen(emulatorPort)) {
  console.log(
    `Something already listens on 127.0.0.1:${emulatorPort}; using it as the Karmada API server.`,
  );
} else {
  run('karmada-emulator', process.execPath, [
    'packages/karmada-emulator/bin/karmada-emulator',
    '--port',
    String(emulatorPort),
  ]);
  for (let i = 0; i < 120 && !(await portOpen(emulatorPort)); i++) {
    await new Promise(r => setTimeout(r, 250));
  }
}
console.log(
  'Starting Backstage: open http://localhost:3000 (sign in as guest).',
);
run('backstage', join(root, 'node_modules/.bin/backstage-cli'), [
  'repo',
  'start',
]);
