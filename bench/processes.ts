import { fork, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  name: string;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts a server script in its own Node process on `port` and waits until `readyPath` answers
 * (any status: a 401 means it is listening). TypeScript scripts run through tsx; the built
 * server runs as it would in production, with no loader.
 */
export function startServer(
  name: string,
  script: string,
  port: number,
  env: Record<string, string>,
  readyPath = '/healthz',
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const child = fork(script, [], {
    env: { ...process.env, ...env, PORT: String(port) },
    execArgv: [...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), ...nodeArgs],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: ServerProcess = {
    name,
    url,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => fail(new Error(`${name} did not start within 30 s`)), 30_000);
    const onExit = (code: number | null) => fail(new Error(`${name} exited with ${code} before it was ready`));
    const poll = setInterval(() => {
      fetch(`${url}${readyPath}`).then(
        () => {
          clearInterval(poll);
          clearTimeout(deadline);
          child.off('exit', onExit);
          resolve(server);
        },
        () => undefined, // not listening yet
      );
    }, 200);
    function fail(error: Error) {
      clearInterval(poll);
      clearTimeout(deadline);
      child.kill('SIGKILL');
      reject(error);
    }
    child.once('exit', onExit);
  });
}

/** Resident memory of a process in bytes, from /proc (Linux), or null where there is none. */
export async function residentBytes(pid: number): Promise<number | null> {
  try {
    const { readFile } = await import('node:fs/promises');
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}
