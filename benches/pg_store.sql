-- Fills a wecom-hw PostgreSQL store (already created by `wecom-hw import` of one unit, so
-- the schema and batch 1 are the tool's own) with a large line's history, as
-- benches/console_store.py does for SQLite, on the server itself (a million units in
-- well under a minute): N units in batch 1, each with its `imported` ledger line; 90 % of
-- them through the line weeks ago (claimed, secret-issued, line-done); and SHIFT units
-- done in the last seven hours by four stations, with a failure every 50 units.
--
--   psql "$URL" -v n=1000000 -v shift=2000 -f benches/pg_store.sql
\set ON_ERROR_STOP on
\set old 2026-01-05T08:00:00Z
BEGIN;
CREATE FUNCTION pg_temp.sn(i bigint) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'B' || lpad(i::text, 11, '0') $$;
INSERT INTO devices (sn, secret_no, secret_kind, device_id, qr_url, source_row, batch_id)
    SELECT pg_temp.sn(i), md5(i::text), 'per_device', (7000000000000000 + i)::text,
           'https://open.work.weixin.qq.com/connect/hardware?hw_code=' || left(md5(i::text), 24),
           i + 1, 1
    FROM generate_series(2, :n) i;
INSERT INTO ledger (sn, at, station, event, detail)
    SELECT pg_temp.sn(i), :'old', 'import', 'imported', 'batch 1 row ' || (i + 1)
    FROM generate_series(2, :n) i;
\set old_done (:n * 9 / 10)
INSERT INTO line_units (sn, state, station, claimed_at, updated_at)
    SELECT pg_temp.sn(i), 'done', 'old-' || (i % 4), :'old', :'old'
    FROM generate_series(2, :old_done - 1) i;
INSERT INTO ledger (sn, at, station, event)
    SELECT pg_temp.sn(i), :'old', 'old-' || (i % 4), ev
    FROM unnest(ARRAY['line-claimed', 'secret-issued', 'line-done']) WITH ORDINALITY e(ev, o),
         generate_series(2, :old_done - 1) i
    ORDER BY o, i;
-- The shift: units done over the last 7 hours, oldest first (ids grow with time).
CREATE TEMP TABLE shift AS
    SELECT k, :old_done + k AS i, 'line-' || (k % 4 + 1) AS st, k % 50 = 49 AS failed,
           to_char((now() - make_interval(secs => 25200 - 25200 * k / :shift)) AT TIME ZONE 'UTC',
                   'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
    FROM generate_series(0, :shift - 1) k;
INSERT INTO line_units (sn, state, station, claimed_at, updated_at, last_error)
    SELECT pg_temp.sn(i), CASE WHEN failed THEN 'failed' ELSE 'done' END, st, at, at,
           CASE WHEN failed THEN 'flasher exited 1' END
    FROM shift ORDER BY k;
INSERT INTO ledger (sn, at, station, event, detail)
    SELECT pg_temp.sn(i), at, st, ev,
           CASE WHEN ev = 'flash-failed' THEN 'flasher exited 1: no ack' END
    FROM shift,
         unnest(CASE WHEN failed THEN ARRAY['line-claimed', 'secret-issued', 'flash-failed']
                ELSE ARRAY['line-claimed', 'secret-issued', 'flashed', 'line-done'] END)
             WITH ORDINALITY e(ev, o)
    ORDER BY k, o;
UPDATE batches SET devices = :n WHERE id = 1;
COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM devices) AS units, (SELECT count(*) FROM ledger) AS ledger_lines;
