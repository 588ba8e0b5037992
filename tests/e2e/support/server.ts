import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  origin: string;
  url(path: string): string;
  /** Every path requested so far, for tests that check what a page fetched. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves fixed pages on 127.0.0.1 on a free port; unknown paths get 404. */
export async function serve(routes: Record<string, Route>): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push(path);
    // Browsers ask for a favicon on every page; answer it so that a 404 in the console
    // means a real missing page.
    if (path === '/favicon.ico' && !routes[path]) {
      res.writeHead(204).end();
      return;
    }
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers })
      .end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
