//! What `connect` writes back: the credentials a device keeps in flash, replaced exactly.
//!
//! [`Store::save_state`] merges (a `None` keeps the stored value), which suits facts that
//! only accumulate (corp name, last seen). A device also *forgets*: after an unbind it wipes
//! its secret, after 600003 its active_code. Those must reach the store as cleared fields,
//! or the next run would replay a secret the cloud no longer accepts.

use super::{Store, now_rfc3339, unknown_sn};
use crate::core::secret::Secret;
use crate::output::Failure;
use rusqlite::params;

impl Store {
    /// Sets the unit's `active_code` and `device_secret` to exactly these values (`None`
    /// clears), and `last_seen` to now.
    pub fn replace_credentials(
        &mut self,
        sn: &str,
        active_code: Option<&Secret>,
        device_secret: Option<&Secret>,
    ) -> Result<(), Failure> {
        let n = self
            .conn
            .execute(
                "UPDATE devices SET active_code = ?2, device_secret = ?3, last_seen = ?4
                 WHERE sn = ?1",
                params![
                    sn,
                    active_code.map(Secret::expose),
                    device_secret.map(Secret::expose),
                    now_rfc3339()
                ],
            )
            .map_err(|e| self.err("cannot save device state", e))?;
        if n == 0 {
            return Err(unknown_sn(&self.path, sn));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{DeviceState, StoreOptions};

    fn store_with(sn: &str) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&StoreOptions::new(dir.path().join("d.db"))).unwrap();
        s.conn
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
            &DeviceState {
                corp_name: Some("Acme".into()),
                ..DeviceState::default()
            },
        )
        .unwrap();
        s.replace_credentials("e1", Some(&code), Some(&secret))
            .unwrap();
        let st = s.get("E1").unwrap().unwrap().state;
        assert_eq!(st.active_code.as_deref(), Some("code-1"));
        assert_eq!(
            st.device_secret.as_ref().map(Secret::expose),
            Some("secret-1")
        );
        assert!(st.last_seen.is_some());
        // The device forgot its secret (unbound): the store forgets it too.
        s.replace_credentials("E1", Some(&code), None).unwrap();
        let st = s.get("E1").unwrap().unwrap().state;
        assert!(st.device_secret.is_none());
        assert_eq!(st.active_code.as_deref(), Some("code-1"));
        assert_eq!(st.corp_name.as_deref(), Some("Acme"));
        let e = s.replace_credentials("E2", None, None).unwrap_err();
        assert!(
            e.message.contains("not in the device store"),
            "{}",
            e.message
        );
    }
}
