// A real HTTP server on 127.0.0.1 for the send tests. It records every request it receives
// (method, path, headers, body bytes) and answers as the test tells it to, with or without
// CORS headers.
import { createServer } from 'node:http';

export async function apiServer() {
  const requests = [];
  const state = { cors: true, respond: (req, res) => json(res, 202, { id: 'inst-1', job_id: 'job-1' }) };
  const corsHeaders = {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': 'content-type, x-auth-token',
  };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method, path: req.url, headers: req.headers, body: body.toString('utf8'), bytes: body });
      if (state.cors) for (const [k, v] of Object.entries(corsHeaders)) res.setHeader(k, v);
      if (req.method === 'OPTIONS') {
        res.writeHead(204);
        res.end();
        return;
      }
      state.respond(req, res);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    requests,
    posts: () => requests.filter((r) => r.method === 'POST'),
    set(options) {
      Object.assign(state, options);
    },
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
  };
}

export function json(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** A port with nothing listening on it: bind, note the port, close. */
export async function refusedPort() {
  const s = createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const port = s.address().port;
  await new Promise((r) => s.close(r));
  return port;
}
