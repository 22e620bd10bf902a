import { Socket } from 'node:net';

const stores: [string, string, number][] = [
  ['PostgreSQL', '127.0.0.1', 5432],
  ['Redis', '127.0.0.1', 6379],
  ['MongoDB-wire server', mongoHost(), mongoPort()],
];

/** Integration specs need the real stores; say which one is missing instead of timing out. */
export default async function globalSetup(): Promise<void> {
  for (const [name, host, port] of stores) {
    if (!(await reachable(host, port))) {
      throw new Error(`${name} is not reachable on ${host}:${port}. Run "bash scripts/services.sh" first.`);
    }
  }
}

function mongoHost(): string {
  return process.env.MONGO_URL ? new URL(process.env.MONGO_URL).hostname : '127.0.0.1';
}
function mongoPort(): number {
  return process.env.MONGO_URL ? Number(new URL(process.env.MONGO_URL).port || 27017) : 27017;
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, host);
  });
}
