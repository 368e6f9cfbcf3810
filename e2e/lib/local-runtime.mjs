// Starts the local runtime as a user does (the runnable jar, as run-local.sh starts it) on a free port with a
// data directory of its own, and stops it again.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isReadyLine, parseStartupReport } from './startup-report.mjs';

export const REPOSITORY = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
export const RUNTIME_JAR = join(REPOSITORY, 'local', 'target', 'local-runtime.jar');

/** The secret the runtime's PaymentWebhookSecret parameter is given; the provider signs with it. */
export const WEBHOOK_SECRET = 'e2e-payment-webhook-secret';

const READY_TIMEOUT_MS = 120_000;
// The report's lines after the ready line are printed at once; this much silence means it is complete.
const REPORT_SETTLE_MS = 500;
const STOP_TIMEOUT_MS = 20_000;

export class LocalRuntime {
  constructor(child, dataDirectory) {
    this.child = child;
    this.dataDirectory = dataDirectory;
    this.lines = [];
    this.errors = [];
    this.exit = null;
  }

  /** Starts a runtime from infra/template.yaml with the sample apartments; resolves once it is ready. */
  static async start() {
    if (!existsSync(RUNTIME_JAR)) {
      throw new Error(`${RUNTIME_JAR} is missing: build it first (mvn -B package -DskipTests at the repository root)`);
    }
    const dataDirectory = await mkdtemp(join(tmpdir(), 'apartment-booking-e2e-'));
    const child = spawn(javaCommand(), ['-jar', RUNTIME_JAR,
      '--template', join(REPOSITORY, 'infra', 'template.yaml'),
      '--data-dir', dataDirectory,
      '--sample-data', join(REPOSITORY, 'infra', 'sample-data.json'),
      '--parameter', `PaymentWebhookSecret=${WEBHOOK_SECRET}`,
      '--port', '0'], { cwd: REPOSITORY, stdio: ['ignore', 'pipe', 'pipe'] });
    const runtime = new LocalRuntime(child, dataDirectory);
    process.once('exit', () => child.kill('SIGKILL'));
    try {
      await runtime.#ready();
    } catch (notReady) {
      await runtime.stop();
      throw notReady;
    }
    return runtime;
  }

  /** What the startup report printed: endpoint, function URLs and, once AppSync prints them, its URLs and key. */
  get report() {
    return parseStartupReport(this.lines);
  }

  get endpoint() {
    return this.report.endpoint;
  }

  /** The runtime's certificate authority, which issues its HTTPS certificate. */
  get caFile() {
    return join(this.dataDirectory, 'tls', 'ca.pem');
  }

  /** The last lines the runtime wrote, for failure messages. */
  output(count = 40) {
    return [...this.lines, ...this.errors.map(line => `stderr: ${line}`)].slice(-count).join('\n');
  }

  #ready() {
    return new Promise((resolvePromise, reject) => {
      let settle;
      const timeout = setTimeout(() => {
        this.child.kill('SIGKILL');
        reject(new Error(`the runtime printed no ready line within ${READY_TIMEOUT_MS} ms; it wrote:\n${this.output()}`));
      }, READY_TIMEOUT_MS);
      const onLine = line => {
        this.lines.push(line);
        if (isReadyLine(line) || settle) {
          clearTimeout(settle);
          settle = setTimeout(() => {
            clearTimeout(timeout);
            resolvePromise();
          }, REPORT_SETTLE_MS);
        }
      };
      readLines(this.child.stdout, onLine);
      readLines(this.child.stderr, line => this.errors.push(line));
      this.child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        clearTimeout(timeout);
        clearTimeout(settle);
        reject(new Error(`the runtime exited (${signal ?? `code ${code}`}) before it was ready; it wrote:\n${this.output()}`));
      });
    });
  }

  /** SIGTERM (a clean stop), SIGKILL if it does not stop in time; then its data directory is removed. */
  async stop() {
    if (this.exit === null && this.child.exitCode === null) {
      const exited = new Promise(done => this.child.once('exit', done));
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    await rm(this.dataDirectory, { recursive: true, force: true });
  }
}

/** The Java the build runs on (Maven sets JAVA_HOME), else the one on PATH as run-local.sh uses. */
function javaCommand() {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function readLines(stream, onLine) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', chunk => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop();
    lines.forEach(line => onLine(line.replace(/\r$/, '')));
  });
  stream.on('end', () => {
    if (pending) {
      onLine(pending);
    }
  });
}
