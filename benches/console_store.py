"""Fills a wecom-hw SQLite store (already created by `wecom-hw import` of one unit, so
the schema and batch 1 are the tool's own) with a large line's history, for the console
benchmarks: N units in batch 1, every one with its `imported` ledger line; DONE_FRAC of
them through the line weeks ago (claimed, secret-issued, line-done); and SHIFT units done
in the last seven hours by four stations, with a failure every 50 units.

    python3 benches/console_store.py STORE N [DONE_FRAC=0.9] [SHIFT=2000]
"""
import datetime
import hashlib
import sqlite3
import sys

store, n = sys.argv[1], int(sys.argv[2])
done_frac = float(sys.argv[3]) if len(sys.argv) > 3 else 0.9
shift = int(sys.argv[4]) if len(sys.argv) > 4 else 2000
db = sqlite3.connect(store, isolation_level=None)
db.execute("PRAGMA synchronous = OFF")
old = "2026-01-05T08:00:00Z"
now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)


def sn(i):
    return f"B{i:011d}"


def devices():
    for i in range(2, n + 1):
        secret = hashlib.md5(str(i).encode()).hexdigest()
        url = "https://open.work.weixin.qq.com/connect/hardware?hw_code=" + secret[:24]
        yield (sn(i), secret, "per_device", str(7000000000000000 + i), url, i + 1, 1)


db.execute("BEGIN")
db.executemany(
    "INSERT INTO devices (sn, secret_no, secret_kind, device_id, qr_url, source_row, batch_id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)",
    devices(),
)
db.executemany(
    "INSERT INTO ledger (sn, at, station, event, detail) VALUES (?, ?, 'import', 'imported', ?)",
    ((sn(i), old, f"batch 1 row {i + 1}") for i in range(2, n + 1)),
)
old_done = max(2, int(n * done_frac))
db.executemany(
    "INSERT INTO line_units (sn, state, station, claimed_at, updated_at) VALUES (?, 'done', ?, ?, ?)",
    ((sn(i), f"old-{i % 4}", old, old) for i in range(2, old_done)),
)
for ev in ("line-claimed", "secret-issued", "line-done"):
    db.executemany(
        "INSERT INTO ledger (sn, at, station, event) VALUES (?, ?, ?, ?)",
        ((sn(i), old, f"old-{i % 4}", ev) for i in range(2, old_done)),
    )
# The shift: units done over the last 7 hours, oldest first (ids grow with time).
span = 7 * 3600
for k in range(shift):
    i = old_done + k
    at = (now - datetime.timedelta(seconds=span - span * k // shift)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    st = f"line-{k % 4 + 1}"
    failed = k % 50 == 49
    db.execute(
        "INSERT INTO line_units (sn, state, station, claimed_at, updated_at, last_error)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (sn(i), "failed" if failed else "done", st, at, at, "flasher exited 1" if failed else None),
    )
    events = ["line-claimed", "secret-issued"] + (
        ["flash-failed"] if failed else ["flashed", "line-done"]
    )
    for ev in events:
        detail = "flasher exited 1: no ack" if ev == "flash-failed" else None
        db.execute(
            "INSERT INTO ledger (sn, at, station, event, detail) VALUES (?, ?, ?, ?, ?)",
            (sn(i), at, st, ev, detail),
        )
db.execute("UPDATE batches SET devices = ? WHERE id = 1", (n,))
db.execute("COMMIT")
print(f"{n} units, {db.execute('SELECT count(*) FROM ledger').fetchone()[0]} ledger lines")
