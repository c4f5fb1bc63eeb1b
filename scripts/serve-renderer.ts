import { preview, type PreviewServer } from 'vite';
import { contentSecurityPolicy } from '../electron/main/security/url-policy.ts';

export interface RendererServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer on loopback for browser mode and tests, with the same strict CSP
 * the desktop shell sends (scripts only from the app, connections only to the given server).
 */
export async function serveRenderer(options: {
  port: number;
  serverUrl: string;
  /** Built folder relative to the renderer root; the app's by default. */
  outDir?: string;
}): Promise<RendererServer> {
  const server: PreviewServer = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    ...(options.outDir === undefined ? {} : { build: { outDir: options.outDir } }),
    preview: {
      host: '127.0.0.1',
      port: options.port,
      strictPort: options.port !== 0,
      open: false,
      headers: { 'Content-Security-Policy': contentSecurityPolicy(options.serverUrl) },
    },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string')
    throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}
