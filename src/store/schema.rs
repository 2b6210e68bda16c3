//! The store's schema, versioned through `PRAGMA user_version`: migration `n` takes the
//! store from version `n` to `n + 1`. Migrations are only ever appended, never edited, so a
//! store written by any earlier wecom-hw opens in a later one.

/// Every migration in order. `MIGRATIONS.len()` is the current schema version.
pub const MIGRATIONS: &[&str] = &[
    // 1: devices, import batches, the ledger.
    "
    CREATE TABLE batches (
        id            INTEGER PRIMARY KEY,
        imported_at   TEXT NOT NULL,           -- RFC 3339, UTC
        station       TEXT,
        source_file   TEXT NOT NULL,
        source_sha256 TEXT NOT NULL,
        sheet         TEXT,
        secret_kind   TEXT NOT NULL CHECK (secret_kind IN ('per_device', 'seed', 'mixed')),
        devices       INTEGER NOT NULL
    );

    -- SNs are compared case-insensitively, as WeCom does (95980): COLLATE NOCASE folds
    -- ASCII, and SNs are ASCII by rule.
    CREATE TABLE devices (
        id            INTEGER PRIMARY KEY,
        sn            TEXT NOT NULL UNIQUE COLLATE NOCASE,
        secret_no     TEXT NOT NULL,
        secret_kind   TEXT NOT NULL CHECK (secret_kind IN ('per_device', 'seed')),
        device_id     TEXT,                    -- u64 as decimal text (SQLite integers are i64)
        qr_url        TEXT,
        hw_code       TEXT,
        model_id      TEXT,
        remark        TEXT,
        source_row    INTEGER,                 -- file, sheet and time: see the batch
        batch_id      INTEGER REFERENCES batches(id),
        status        TEXT NOT NULL DEFAULT 'imported',
        -- written by `connect`
        active_code   TEXT,
        device_secret TEXT,
        corp_name     TEXT,
        last_seen     TEXT
    );
    -- No index on status: few distinct values, and every index slows big imports.
    CREATE INDEX devices_batch ON devices(batch_id);

    -- What happened to each unit, in order. Append-only: the triggers refuse edits.
    CREATE TABLE ledger (
        id      INTEGER PRIMARY KEY,
        sn      TEXT NOT NULL COLLATE NOCASE,
        at      TEXT NOT NULL,
        station TEXT,
        event   TEXT NOT NULL,
        detail  TEXT
    );
    CREATE INDEX ledger_sn ON ledger(sn);
    CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
        BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
    CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
        BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
    ",
    // 2: the production line (`line next`): which station holds which unit, and how far
    // it got. A row exists once a unit was claimed; its secret counts as issued from then
    // on, so a unit with a row is never claimed again (only `--reissue` reuses it).
    "
    CREATE TABLE line_units (
        sn          TEXT PRIMARY KEY COLLATE NOCASE,
        state       TEXT NOT NULL
                    CHECK (state IN ('claimed', 'issued', 'flashed', 'printed', 'done', 'failed')),
        station     TEXT,
        claimed_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        issues      INTEGER NOT NULL DEFAULT 1,   -- 1 + number of reissues
        reason      TEXT,                          -- the last --reissue reason
        last_error  TEXT
    );
    CREATE INDEX line_units_station ON line_units(station, state);
    ",
    // 3: a seed unit's exchanged SecretNo gets a column of its own. Until now it sat in
    // `device_secret`, which left no room for the wss `secret` of a seed unit, so it called
    // `active` on every connect. From here `device_secret` is the wss secret of every unit.
    "
    ALTER TABLE devices ADD COLUMN exchanged_secret_no TEXT;
    UPDATE devices SET exchanged_secret_no = device_secret, device_secret = NULL
        WHERE secret_kind = 'seed' AND device_secret IS NOT NULL;
    ",
    // 4: `line next` finds the next unclaimed unit through an index. It took the first
    // unit in import order without a `line_units` row, which no index answers: SQLite
    // walked every claimed unit (a look-up each) before the first free one, a second per
    // claim with a million units. `line_claimed` is set by a trigger whenever a line row
    // is made (by `line next`, `store copy`, anything), so it cannot drift from
    // `line_units`; the partial index holds only the unclaimed units, in import order.
    "
    ALTER TABLE devices ADD COLUMN line_claimed INTEGER;
    UPDATE devices SET line_claimed = 1 WHERE sn IN (SELECT sn FROM line_units);
    CREATE INDEX devices_unclaimed ON devices(id) WHERE line_claimed IS NULL;
    CREATE TRIGGER line_units_claimed AFTER INSERT ON line_units
        BEGIN UPDATE devices SET line_claimed = 1 WHERE sn = NEW.sn; END;
    ",
    // 5: PostgreSQL announces ledger appends (NOTIFY) to the console; a SQLite reader
    // sees commits through `PRAGMA data_version` and needs nothing.
    "",
];

/// The schema version this build writes.
pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}

#[cfg(test)]
mod tests {
    use crate::core::ledger::{LIFECYCLE, LedgerEvent};

    /// The migrations are frozen, so the enum must fit them: on both engines a new unit's
    /// status defaults to the first lifecycle event, and neither `devices.status` nor
    /// `ledger.event` has a CHECK list that could drift from [`LedgerEvent`] (the line's
    /// `line_units.state` CHECK is compared with `LineState` in `store::line`).
    #[test]
    fn the_schemas_default_and_leave_unchecked_the_ledger_names() {
        assert_eq!(LIFECYCLE[0], LedgerEvent::Imported);
        let default = format!("status        TEXT NOT NULL DEFAULT '{}',", LIFECYCLE[0]);
        for (engine, migrations) in [
            ("SQLite", super::MIGRATIONS),
            ("PostgreSQL", crate::store::pg::schema::MIGRATIONS),
        ] {
            let all = migrations.concat();
            assert!(all.contains(&default), "{engine}: {default}");
            for line in all.lines() {
                let l = line.trim_start();
                if l.starts_with("status ") || l.starts_with("event ") {
                    assert!(!l.contains("CHECK"), "{engine}: {l}");
                }
            }
        }
    }
}
