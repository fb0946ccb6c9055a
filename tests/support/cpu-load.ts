// Busy CPU loops beside a test, so that it runs on a machine as loaded as a shared one.
import { spawn, type ChildProcess } from 'node:child_process';

export interface CpuLoad {
  /** Stops every loop; resolves once each has exited. */
  stop(): Promise<void>;
}

/**
 * Spawns `count` child processes that each spin one CPU core (`while (true) {}`), and resolves
 * once all are running. Always `stop()` them (in `afterAll`/`finally`); they also die when the
 * test process does, since each watches its parent's stdin pipe.
 */
export async function startCpuLoad(count = 2): Promise<CpuLoad> {
  const loops: ChildProcess[] = [];
  for (let i = 0; i < count; i += 1) {
    const child = spawn(
      process.execPath,
      [
        '-e',
        "process.stdin.on('end', () => process.exit(0)).resume(); " +
          "process.stdout.write('spinning\\n'); " +
          // Spin in slices, so that the stdin watcher above still runs between them.
          'const spin = () => { const until = Date.now() + 200; while (Date.now() < until); setImmediate(spin); }; spin();',
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    loops.push(child);
  }
  await Promise.all(
    loops.map(
      (child) =>
        new Promise<void>((ready, fail) => {
          child.stdout?.once('data', () => ready());
          child.once('error', fail);
        }),
    ),
  );
  return {
    async stop() {
      await Promise.all(
        loops.map(
          (child) =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) {
                done();
                return;
              }
              child.once('exit', () => done());
              child.kill('SIGKILL');
            }),
        ),
      );
    },
  };
}
