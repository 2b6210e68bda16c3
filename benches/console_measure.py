"""The console benchmarks' client (run by benches/console.sh): page latency, event latency,
or holding open event streams, against the console at URL (the one it printed).

    python3 benches/console_measure.py pages URL
    python3 benches/console_measure.py events URL BIN WORKDIR
    python3 benches/console_measure.py hold URL N SECONDS
"""
import http.client
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

mode, url = sys.argv[1], sys.argv[2]
u = urllib.parse.urlsplit(url)
host, port = u.hostname, u.port
token = urllib.parse.parse_qs(u.query)["token"][0]
cookie = {"Cookie": f"wecom_hw_console={token}"}


def get(path):
    c = http.client.HTTPConnection(host, port, timeout=30)
    t = time.perf_counter()
    c.request("GET", path, headers=cookie)
    r = c.getresponse()
    body = r.read()
    dt = time.perf_counter() - t
    c.close()
    assert r.status == 200, (path, r.status, body[:200])
    return dt, body


def latency(path, n=100):
    get(path)
    ts = sorted(get(path)[0] * 1000 for _ in range(n))
    kb = len(get(path)[1]) / 1024
    print(
        f"GET {path:<34} median {statistics.median(ts):6.2f} ms  "
        f"p95 {ts[int(n * .95) - 1]:6.2f} ms  max {ts[-1]:6.2f} ms  ({kb:.1f} KiB)"
    )


class Stream:
    """One open page's event stream: when each event's pass counter was seen."""

    def __init__(self):
        self.c = http.client.HTTPConnection(host, port, timeout=600)
        self.c.request("GET", "/events", headers=cookie)
        self.r = self.c.getresponse()
        self.seen = []
        threading.Thread(target=self.run, daemon=True).start()

    def run(self):
        buf = b""
        try:
            while True:
                chunk = self.r.read1(65536)
                if not chunk:
                    return
                buf += chunk
                while b"\n\n" in buf:
                    ev, buf = buf.split(b"\n\n", 1)
                    i = ev.find(b'id="counter-pass">')
                    if i >= 0:
                        j = ev.index(b"<", i + 18)
                        self.seen.append((time.perf_counter(), int(ev[i + 18:j])))
        except Exception:
            return


if mode == "pages":
    print("-- page latency (100 requests each, a new connection per request)")
    latency("/line")
    latency("/devices/B00000500000")
    latency("/devices?q=B0000050000")
    latency("/devices/B00000500000/label.svg")
    assets = len(get("/assets/console.css")[1]) + len(get("/assets/console.js")[1])
    line = len(get("/line")[1])
    print(f"line page weight: {(line + assets) / 1024:.1f} KiB with its stylesheet and script")
elif mode == "events":
    binary, work = sys.argv[3], sys.argv[4]
    print("-- event latency: `line next` exits -> its event at an open page (20 units)")
    s = Stream()
    deadline = time.perf_counter() + 10
    while not s.seen:
        assert time.perf_counter() < deadline, "no first event"
        time.sleep(0.01)
    lat = []
    for _ in range(20):
        before = s.seen[-1][1]
        subprocess.run(
            [binary, "-q", "line", "next", "--emit", "json", "--out", f"{work}/u.json"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        t0 = time.perf_counter()
        while s.seen[-1][1] <= before:
            assert time.perf_counter() - t0 < 10, "no event within 10 s"
            time.sleep(0.002)
        lat.append((s.seen[-1][0] - t0) * 1000)
        time.sleep(0.3)
    lat.sort()
    print(f"event after its ledger line: median {statistics.median(lat):.0f} ms, max {lat[-1]:.0f} ms")
elif mode == "hold":
    n, secs = int(sys.argv[3]), float(sys.argv[4])
    streams = [Stream() for _ in range(n)]
    time.sleep(secs)
