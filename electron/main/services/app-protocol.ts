import { promises as fs } from 'node:fs';
import { protocol } from 'electron';
import { mimeTypeOf, resolveAppFile } from '../security/app-path.ts';
import { appScheme, contentSecurityPolicy } from '../security/url-policy.ts';

/** Must run before the app is ready: our scheme behaves like https (storage, fetch, workers). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

/** Serves the packaged renderer, never anything outside its folder, always with the strict CSP. */
export function serveRenderer(
  rendererRoot: string,
  serverUrl: string,
  allowPlainHttpHost: string | null,
): void {
  const csp = contentSecurityPolicy(serverUrl, allowPlainHttpHost);
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppFile(rendererRoot, request.url);
    if (file === null) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        headers: {
          'content-type': mimeTypeOf(file),
          'content-security-policy': csp,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
