// The AWS CLI v2 as a user runs it against the runtime: --endpoint-url, any credentials.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI_TIMEOUT_MS = 60_000;

/** The first `aws` on PATH (then /usr/local/bin, /usr/bin) that is version 2; v1 may come first on PATH. */
export async function awsCliV2() {
  const directories = [...(process.env.PATH ?? '').split(delimiter), '/usr/local/bin', '/usr/bin'];
  const tried = [];
  for (const candidate of [...new Set(directories.filter(Boolean).map(directory => join(directory, 'aws')))]) {
    if (!executable(candidate)) {
      continue;
    }
    const version = await run(candidate, ['--version'], { timeout: CLI_TIMEOUT_MS })
      .then(({ stdout, stderr }) => `${stdout}${stderr}`.trim(), error => `fails: ${error.message}`);
    if (version.startsWith('aws-cli/2')) {
      return candidate;
    }
    tried.push(`${candidate}: ${version}`);
  }
  throw new Error(`no AWS CLI v2 found (apt-get install awscli on Debian 12 gives one); tried ${tried.join('; ') || 'nothing'}`);
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `aws <args> --endpoint-url <endpoint>` with dummy credentials and none of the user's configuration;
 * resolves with stdout, rejects with the command, its exit and stderr.
 */
export async function aws(cli, endpoint, args, extra = []) {
  const command = [...args, '--endpoint-url', endpoint, '--output', 'json', ...extra];
  try {
    const { stdout } = await run(cli, command, { env: cliEnvironment(), timeout: CLI_TIMEOUT_MS });
    return stdout;
  } catch (failure) {
    throw new Error(`aws ${command.join(' ')} failed (${failure.code ?? failure.signal}): ${failure.stderr || failure.message}`);
  }
}

function cliEnvironment() {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_PAGER: '',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}
