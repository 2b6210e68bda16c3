//! What `connect` writes back: the credentials a device keeps in flash, replaced exactly.
//!
//! [`Store::save_state`] merges (a `None` keeps the stored value), which suits facts that
//! only accumulate (corp name, last seen). A device also *forgets*: after an unbind it wipes
//! its secret, after 600003 its active_code. Those must reach the store as cleared fields,
//! or the next run would replay a secret the cloud no longer accepts.

use super::{Conn, LIFECYCLE, LedgerEvent, Store, now_rfc3339, unknown_sn};
use crate::core::secret::Secret;
use crate::output::Failure;
use crate::store::StoreStep;
use rusqlite::{TransactionBehavior, params};

impl Store {
    /// Sets the unit's `active_code`, `device_secret` (the wss secret) and
    /// `exchanged_secret_no` (a seed unit's own SecretNo) to exactly these values (`None`
    /// clears), and `last_seen` to now.
    pub fn replace_credentials(
        &mut self,
        sn: &str,
        active_code: Option<&Secret>,
        device_secret: Option<&Secret>,
        exchanged_secret_no: Option<&Secret>,
    ) -> Result<(), Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => {
                return super::pg::off_runtime(|| {
                    p.replace_credentials(sn, active_code, device_secret, exchanged_secret_no)
                });
            }
        };
        let n = conn
            .execute(
                "UPDATE devices SET active_code = ?2, device_secret = ?3, last_seen = ?4,
                    exchanged_secret_no = ?5
                 WHERE sn = ?1",
                params![
                    sn,
                    active_code.map(Secret::expose),
                    device_secret.map(Secret::expose),
                    now_rfc3339(),
                    exchanged_secret_no.map(Secret::expose)
                ],
            )
            .map_err(|e| self.err(StoreStep::SaveDeviceState, e))?;
        if n == 0 {
            return Err(unknown_sn(&self.path, sn));
        }
        Ok(())
    }
}

impl Store {
    /// Records `event` for many units in one transaction (a printed batch of labels): all
    /// or none. A lifecycle event moves a unit's status only forward, so reprinting the
    /// label of a bound unit leaves it `bound`.
    pub fn record_events(
        &mut self,
        sns: &[&str],
        event: LedgerEvent,
        detail: Option<&str>,
    ) -> Result<(), Failure> {
        self.record_events_where(sns, event, detail, false)
    }

    /// Like [`Store::record_events`], but only for units whose ledger has no `event` yet:
    /// work a killed run finished (its files are there) but never recorded.
    pub fn record_missing_events(
        &mut self,
        sns: &[&str],
        event: LedgerEvent,
        detail: Option<&str>,
    ) -> Result<(), Failure> {
        self.record_events_where(sns, event, detail, true)
    }

    fn record_events_where(
        &mut self,
        sns: &[&str],
        event: LedgerEvent,
        detail: Option<&str>,
        only_missing: bool,
    ) -> Result<(), Failure> {
        let conn = match &mut self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => {
                return super::pg::off_runtime(|| {
                    p.record_events(self.station.as_deref(), sns, event, detail, only_missing)
                });
            }
        };
        let path = self.path.clone();
        let e = |err| super::store_err(&path, StoreStep::WriteLedger, err);
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(e)?;
        let now = now_rfc3339();
        let earlier: Vec<&str> = match event.lifecycle_rank() {
            Some(i) => LIFECYCLE[..i].iter().map(|e| e.as_str()).collect(),
            None => Vec::new(),
        };
        // `status IN (SELECT value FROM json_each(?))` keeps it one prepared statement.
        let earlier = serde_json::to_string(&earlier).expect("strings serialise");
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO ledger (sn, at, station, event, detail)
                     SELECT sn, ?2, ?3, ?4, ?5 FROM devices WHERE sn = ?1",
                )
                .map_err(e)?;
            let mut has_event = tx
                .prepare("SELECT 1 FROM ledger WHERE sn = ?1 AND event = ?2")
                .map_err(e)?;
            let mut status = tx
                .prepare(
                    "UPDATE devices SET status = ?2 WHERE sn = ?1
                     AND status IN (SELECT value FROM json_each(?3))",
                )
                .map_err(e)?;
            for sn in sns {
                if only_missing && has_event.exists(params![sn, event]).map_err(e)? {
                    continue;
                }
                let n = insert
                    .execute(params![sn, now, self.station, event, detail])
                    .map_err(e)?;
                if n == 0 {
                    return Err(unknown_sn(&path, sn));
                }
                status.execute(params![sn, event, earlier]).map_err(e)?;
            }
        }
        tx.commit().map_err(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Credentials, StoreOptions};

    fn store_with(sn: &str) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&StoreOptions::new(dir.path().join("d.db"))).unwrap();
        s.lite()
            .execute(
                "INSERT INTO devices (sn, secret_no, secret_kind) VALUES (?1, 'x1', 'per_device')",
                [sn],
            )
            .unwrap();
        (dir, s)
    }

    #[test]
    fn credentials_are_replaced_and_cleared_while_merged_facts_stay() {
        let (_d, mut s) = store_with("E1");
        let code = Secret::new("code-1").unwrap();
        let secret = Secret::new("secret-1").unwrap();
        s.save_state(
            "E1",
            &Credentials {
                corp_name: Some("Acme".into()),
                ..Credentials::default()
            },
        )
        .unwrap();
        let own = Secret::new("secret-no-1").unwrap();
        s.replace_credentials("e1", Some(&code), Some(&secret), Some(&own))
            .unwrap();
        let st = s.get("E1").unwrap().unwrap().state;
        assert_eq!(st.active_code.as_deref(), Some("code-1"));
        assert_eq!(
            st.device_secret.as_ref().map(Secret::expose),
            Some("secret-1")
        );
        assert_eq!(
            st.exchanged_secret_no.as_ref().map(Secret::expose),
            Some("secret-no-1")
        );
        assert!(st.last_seen.is_some());
        // The device forgot its secret (unbound): the store forgets it too.
        s.replace_credentials("E1", Some(&code), None, Some(&own))
            .unwrap();
        let st = s.get("E1").unwrap().unwrap().state;
        assert!(st.device_secret.is_none());
        assert!(st.exchanged_secret_no.is_some());
        assert_eq!(st.active_code.as_deref(), Some("code-1"));
        assert_eq!(st.corp_name.as_deref(), Some("Acme"));
        let e = s.replace_credentials("E2", None, None, None).unwrap_err();
        assert!(
            e.message.contains("not in the device store"),
            "{}",
            e.message
        );
    }

    #[test]
    fn batch_events_are_all_or_nothing_and_move_status_only_forward() {
        let (_d, mut s) = store_with("E1");
        s.lite()
            .execute(
                "INSERT INTO devices (sn, secret_no, secret_kind, status) VALUES ('E2', 'x2', 'per_device', 'bound')",
                [],
            )
            .unwrap();
        // An unknown SN: nothing recorded for the others either.
        assert!(
            s.record_events(&["E1", "E9"], LedgerEvent::LabelPrinted, None)
                .is_err()
        );
        assert_eq!(s.ledger("E1").unwrap().len(), 0);
        s.record_events(&["e1", "E2"], LedgerEvent::LabelPrinted, Some("png"))
            .unwrap();
        assert_eq!(s.get("E1").unwrap().unwrap().status, "label-printed");
        assert_eq!(s.get("E2").unwrap().unwrap().status, "bound");
        let l = s.ledger("E2").unwrap();
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].event, "label-printed");
        assert_eq!(l[0].detail.as_deref(), Some("png"));
    }

    #[test]
    fn missing_events_are_added_once() {
        let (_d, mut s) = store_with("E1");
        s.lite()
            .execute(
                "INSERT INTO devices (sn, secret_no, secret_kind) VALUES ('E2', 'x2', 'per_device')",
                [],
            )
            .unwrap();
        s.record_events(&["E1"], LedgerEvent::LabelPrinted, Some("png"))
            .unwrap();
        s.record_missing_events(&["E1", "E2"], LedgerEvent::LabelPrinted, Some("png"))
            .unwrap();
        s.record_missing_events(&["E1", "E2"], LedgerEvent::LabelPrinted, Some("png"))
            .unwrap();
        assert_eq!(s.ledger("E1").unwrap().len(), 1);
        assert_eq!(s.ledger("E2").unwrap().len(), 1);
        assert_eq!(s.get("E2").unwrap().unwrap().status, "label-printed");
    }
}
