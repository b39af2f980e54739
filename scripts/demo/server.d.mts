// Types of server.mjs for the TypeScript tests.
import type { DemoSite } from './site.mjs';

export interface RefusedRequest {
  method: string;
  host: string;
  url: string;
}

export interface DemoServer {
  port: number;
  proxyUrl: string;
  refused: RefusedRequest[];
  served: string[];
  close(): Promise<void>;
}

export function startDemoServer(site: DemoSite, options?: { port?: number }): Promise<DemoServer>;
