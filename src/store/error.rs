//! How a database driver's error becomes a [`Failure`]: once, here, for both engines. The
//! driver error (rusqlite or postgres) is kept as the source; the code says whether the
//! store was busy, the connection lost, or the store simply failed; the message names
//! the store (a PostgreSQL URL redacted) and the step, in the chosen language.

use crate::output::{ErrorCode, Failure};

/// The driver beneath a [`StoreError`].
#[derive(Debug)]
pub enum Driver {
    Sqlite(rusqlite::Error),
    Pg(postgres::Error),
}

/// A step of the device store that its driver refused.
#[derive(Debug)]
pub struct StoreError {
    /// The store as shown to the user: a path, or a URL without its user information.
    pub store: String,
    /// What was being done (`cannot list devices` once reported).
    pub step: super::StoreStep,
    pub driver: Driver,
}

impl StoreError {
    /// Whether another process held the SQLite store past the busy timeout.
    fn busy(&self) -> bool {
        match &self.driver {
            Driver::Sqlite(e) => matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
            ),
            Driver::Pg(_) => false,
        }
    }

    /// Whether the PostgreSQL connection was lost or refused (a network failure, exit 7)
    /// rather than a failure of the store itself.
    fn lost(&self) -> bool {
        match &self.driver {
            Driver::Sqlite(_) => false,
            Driver::Pg(e) => {
                e.is_closed()
                    || std::error::Error::source(e).is_some_and(|s| s.is::<std::io::Error>())
                    || e.as_db_error().is_some_and(|d| {
                        // admin_shutdown, crash_shutdown, cannot_connect_now
                        matches!(d.code().code(), "57P01" | "57P02" | "57P03")
                    })
            }
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        let error = match &e.driver {
            Driver::Sqlite(d) => d.to_string(),
            Driver::Pg(d) => super::pg::connect::error_text(d),
        };
        let message = crate::fl!(
            "store-driver-failed",
            store = e.store.as_str(),
            step = e.step.text(),
            error = error
        );
        let (code, hint) = if e.busy() {
            (ErrorCode::StoreBusy, Some(crate::fl!("store-busy-hint")))
        } else if e.lost() {
            (
                ErrorCode::StoreConnectionLost,
                Some(crate::fl!("store-connection-lost-hint")),
            )
        } else {
            (ErrorCode::StoreFailed, None)
        };
        let mut f = Failure::new(code, message);
        if let Some(h) = hint {
            f = f.hint(h);
        }
        match e.driver {
            Driver::Sqlite(d) => f.with_source(d),
            Driver::Pg(d) => f.with_source(d),
        }
    }
}
