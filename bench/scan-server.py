#!/usr/bin/env python3
"""Serve one generated site (gen-site.py output) on many loopback addresses at once, with a fixed
response latency, for the scan benchmark (stdlib only, asyncio: one thread, no Nagle stalls).

Usage: scan-server.py SITEDIR --sites N [--port 8080] [--latency-ms 50] [--base 127.1.0.1]

Prints "ready N" once every listener is up; on SIGTERM prints "requests TOTAL" and exits. Site i
(0-based) listens on the i-th address after --base (127.1.0.1, 127.1.0.2, …, skipping .0 and .255),
so each site is its own host and its own IP address, as the per-IP politeness of `scan` expects.
Files: "/" is index.html, "/a/" is a/index.html, "/p?q" is the file "p@q"; no charset in
Content-Type (fixtures/README.md).
"""
import argparse
import asyncio
import ipaddress
import os
import signal
import sys
from urllib.parse import unquote

TYPES = {"html": "text/html", "htm": "text/html", "pdf": "application/pdf", "txt": "text/plain",
         "xml": "application/xml", "css": "text/css", "js": "text/javascript"}
NOT_FOUND = b"<html><body><h1>404 Not Found</h1></body></html>"


def load(root):
    files = {}
    for dirpath, _, names in os.walk(root):
        for n in names:
            full = os.path.join(dirpath, n)
            rel = "/" + os.path.relpath(full, root).replace(os.sep, "/")
            with open(full, "rb") as f:
                files[rel] = f.read()
    dirs = {os.path.dirname(p) for p in files}
    return files, dirs


def addresses(base, n):
    out, a = [], ipaddress.IPv4Address(base)
    while len(out) < n:
        if str(a).split(".")[-1] not in ("0", "255"):
            out.append(str(a))
        a += 1
    return out


class Server:
    def __init__(self, files, dirs, latency):
        self.files, self.dirs, self.latency, self.requests = files, dirs, latency, 0

    def respond(self, target, origin):
        path, _, query = target.partition("?")
        path = unquote(path)
        if query:
            path = path + "@" + unquote(query)
        if path.endswith("/"):
            path += "index.html"
        body = self.files.get(path)
        if body is None:
            if path in self.dirs:
                return 301, {"Location": target + "/"}, b""
            return 404, {"Content-Type": "text/html"}, NOT_FOUND
        ext = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
        if b"{{host:www}}" in body:
            body = body.replace(b"{{host:www}}", origin)  # this site's own origin, as the fixture server does
        return 200, {"Content-Type": TYPES.get(ext, "text/html")}, body

    async def handle(self, reader, writer):
        ip, port = writer.get_extra_info("sockname")[:2]
        origin = f"http://{ip}:{port}".encode("ascii")
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                parts = line.decode("latin-1").split()
                close = False
                while True:
                    h = await reader.readline()
                    if h in (b"\r\n", b"\n", b""):
                        break
                    if h.lower().startswith(b"connection:") and b"close" in h.lower():
                        close = True
                if len(parts) < 2:
                    break
                self.requests += 1
                status, headers, body = self.respond(parts[1], origin)
                await asyncio.sleep(self.latency)
                head = parts[0] == "HEAD"
                out = [f"HTTP/1.1 {status} {'OK' if status == 200 else 'Other'}", f"Content-Length: {len(body)}"]
                out += [f"{k}: {v}" for k, v in headers.items()]
                writer.write(("\r\n".join(out) + "\r\n\r\n").encode("latin-1") + (b"" if head else body))
                await writer.drain()
                if close:
                    break
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sitedir")
    ap.add_argument("--sites", type=int, required=True)
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--latency-ms", type=int, default=50)
    ap.add_argument("--base", default="127.1.0.1")
    a = ap.parse_args()
    files, dirs = load(os.path.join(a.sitedir, "www"))
    srv = Server(files, dirs, a.latency_ms / 1000)
    servers = [await asyncio.start_server(srv.handle, ip, a.port, backlog=256) for ip in addresses(a.base, a.sites)]
    print(f"ready {len(servers)}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for s in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(s, stop.set)
    await stop.wait()
    print(f"requests {srv.requests}", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(0)
