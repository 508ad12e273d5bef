import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { WorkerReply, WorkerRequest } from './specs';

/** One load-generator process; requests are answered in order. */
export class LoadWorker {
  private readonly queue: ((r: WorkerReply) => void)[] = [];
  private readonly proc: ChildProcess;
  private stderr = '';

  constructor() {
    this.proc = fork(join(__dirname, 'worker.js'), [], {
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      execArgv: ['--max-old-space-size=4096'],
    });
    this.proc.stderr?.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-10_000)));
    this.proc.on('message', (msg: WorkerReply) => this.queue.shift()?.(msg));
    this.proc.on('exit', (code) => {
      if (code !== 0 && code !== null) process.stderr.write(`load worker exited ${code}: ${this.stderr}\n`);
    });
  }

  request<T extends WorkerReply['type']>(req: WorkerRequest, expect: T): Promise<Extract<WorkerReply, { type: T }>> {
    return new Promise((resolve, reject) => {
      this.queue.push((reply) => {
        if (reply.type === expect) resolve(reply as Extract<WorkerReply, { type: T }>);
        else reject(new Error(`worker answered ${reply.type}, expected ${expect}`));
      });
      this.proc.send(req);
    });
  }

  stop(): void {
    this.proc.kill('SIGTERM');
  }
}
