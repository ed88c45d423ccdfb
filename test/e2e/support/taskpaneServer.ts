import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** A static file server on a free localhost port, and how to stop it. */
export type TaskpaneServer = { readonly origin: string; readonly close: () => Promise<void> };

/**
 * Serves a folder over plain http on 127.0.0.1 and a free port; paths cannot leave the folder.
 *
 * @param root - the folder (dist/)
 * @returns the origin and a close function
 * @example
 * const server = await serveFolder("dist"); await page.goto(`${server.origin}/taskpane.html`);
 */
export async function serveFolder(root: string): Promise<TaskpaneServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root) + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
