//! Knowing when the store changed, for a reader that keeps a view of it (`console`).
//!
//! - SQLite: `PRAGMA data_version`, asked every [`POLL`] (it moves with every commit of
//!   another connection, which is every writer: the watcher never writes).
//! - PostgreSQL: `LISTEN` on the channel the ledger trigger notifies (schema migration 5),
//!   on a connection of its own, so a change is known when its commit lands rather than
//!   at the next poll, and an idle store costs no queries at all. Every line step and
//!   import appends a ledger line, so the ledger is the one table to watch.
//!
//! Never a dead watcher: when the listening connection is lost (server restarted, network
//! cut) the watcher polls the newest ledger id every [`POLL`] instead, reconnects the
//! store's own connection when that one was lost too, and tries to listen again every
//! [`RELISTEN`] on a separate thread (a connect to an unreachable host can block for
//! minutes); once it listens again it reports a change, since commits made in between
//! were not announced to it.

use super::pg::{self, connect};
use super::{Conn, Store};
use crate::output::Failure;
use postgres::fallible_iterator::FallibleIterator;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How often a polling watcher asks the store (the bound is 500 ms).
pub const POLL: Duration = Duration::from_millis(250);
/// The longest a listening watcher waits in one [`ChangeWatch::wait`].
const LISTEN_TICK: Duration = Duration::from_secs(1);
/// How often a lost listening connection is tried again.
const RELISTEN: Duration = Duration::from_secs(2);
/// A listening connection silent this long is asked whether it is still there (a cut
/// network closes nothing: without asking, the watcher would wait for the TCP timeout).
const CHECK_QUIET: Duration = Duration::from_secs(15);

/// How the watcher learns of changes at the moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeSource {
    /// Notified by the server (PostgreSQL `LISTEN`).
    Listen,
    /// Asking every [`POLL`] (SQLite; PostgreSQL while it cannot listen).
    Poll,
}

/// Watches one store for changes; see the module documentation. Blocking: use it on a
/// plain thread, not inside an async runtime.
pub struct ChangeWatch {
    /// The store's change marker when last looked at (polling).
    marker: Option<i64>,
    /// A change seen by [`ChangeWatch::pending`], not yet returned by `wait`.
    news: bool,
    /// PostgreSQL only: where the listening connection comes from.
    pg: Option<Listener>,
}

struct Listener {
    url: String,
    client: Option<postgres::Client>,
    /// A connection attempt under way on its own thread.
    connecting: Option<mpsc::Receiver<Result<postgres::Client, Failure>>>,
    next_try: Instant,
    last_heard: Instant,
    /// The last failure, reported once by [`ChangeWatch::lost`].
    lost: Option<Failure>,
}

/// The `application_name` of the listening connection: what a DBA sees of it in
/// `pg_stat_activity` (the console is the one watcher).
const LISTENER_NAME: &str = "wecom-hw console";

/// Connects and listens (on the caller's thread, which must not be inside a runtime).
fn listen(url: &str) -> Result<postgres::Client, Failure> {
    let mut c = connect::connect(url)?;
    c.batch_execute(&format!(
        "SET application_name = '{LISTENER_NAME}'; LISTEN {}",
        pg::schema::LEDGER_CHANNEL
    ))
    .map_err(|e| pg::pg_err(url, super::StoreStep::WatchForChanges, e))?;
    Ok(c)
}

impl Store {
    /// A watcher for this store's changes. On PostgreSQL it starts listening now (a
    /// failure leaves it polling, and trying again).
    pub fn watch_changes(&self) -> ChangeWatch {
        let pg = match &self.conn {
            Conn::Lite(_) => None,
            Conn::Pg(p) => Some(Listener {
                url: p.url.clone(),
                client: None,
                connecting: None,
                next_try: Instant::now(),
                last_heard: Instant::now(),
                lost: None,
            }),
        };
        let mut w = ChangeWatch {
            marker: self.change_marker().ok(),
            news: false,
            pg,
        };
        if let Some(l) = &mut w.pg {
            match pg::off_runtime(|| listen(&l.url)) {
                Ok(c) => l.client = Some(c),
                Err(f) => {
                    l.lost = Some(f);
                    l.next_try = Instant::now() + RELISTEN;
                }
            }
        }
        w
    }
}

impl ChangeWatch {
    /// How changes are learnt right now.
    pub fn source(&self) -> ChangeSource {
        match &self.pg {
            Some(l) if l.client.is_some() => ChangeSource::Listen,
            _ => ChangeSource::Poll,
        }
    }

    /// Why the watcher last fell back to polling, once.
    pub fn lost(&mut self) -> Option<Failure> {
        self.pg.as_mut().and_then(|l| l.lost.take())
    }

    /// Waits for a change: true as soon as one is known, false after a quiet tick
    /// ([`POLL`] when polling, about a second when listening).
    pub fn wait(&mut self, store: &Store) -> bool {
        if std::mem::take(&mut self.news) {
            return true;
        }
        if let Some(true) = self.relisten() {
            // Listening again: what was committed while nobody listened is news.
            self.marker = store.change_marker().ok();
            return true;
        }
        match self.pg.as_mut().filter(|l| l.client.is_some()) {
            Some(l) => l.wait(LISTEN_TICK),
            None => {
                std::thread::sleep(POLL);
                self.poll(store)
            }
        }
    }

    /// Whether a change is already known, without waiting; it is still returned by the
    /// next [`ChangeWatch::wait`].
    pub fn pending(&mut self, store: &Store) -> bool {
        if !self.news {
            self.news = match self.pg.as_mut().filter(|l| l.client.is_some()) {
                Some(l) => l.wait(Duration::ZERO),
                None => self.poll(store),
            };
        }
        self.news
    }

    /// Polling: compares the change marker with the last one seen. A store whose own
    /// connection was lost is reconnected here (a PostgreSQL server that restarted).
    fn poll(&mut self, store: &Store) -> bool {
        let now = match store.change_marker() {
            Ok(m) => Some(m),
            Err(_) => {
                let _ = store.reconnect_if_lost();
                store.change_marker().ok()
            }
        };
        let changed = now != self.marker;
        self.marker = now;
        changed
    }

    /// While polling on PostgreSQL, tries to listen again now and then. `Some(true)`:
    /// listening from now on.
    fn relisten(&mut self) -> Option<bool> {
        let l = self.pg.as_mut()?;
        if l.client.is_some() {
            return None;
        }
        if let Some(rx) = &l.connecting {
            match rx.try_recv() {
                Ok(Ok(c)) => {
                    l.connecting = None;
                    l.client = Some(c);
                    l.last_heard = Instant::now();
                    return Some(true);
                }
                Ok(Err(_)) | Err(mpsc::TryRecvError::Disconnected) => {
                    l.connecting = None;
                    l.next_try = Instant::now() + RELISTEN;
                }
                Err(mpsc::TryRecvError::Empty) => {}
            }
        } else if Instant::now() >= l.next_try {
            let (tx, rx) = mpsc::channel();
            let url = l.url.clone();
            let spawned = std::thread::Builder::new()
                .name("store-relisten".into())
                .spawn(move || {
                    let _ = tx.send(listen(&url));
                });
            match spawned {
                Ok(_) => l.connecting = Some(rx),
                Err(_) => l.next_try = Instant::now() + RELISTEN,
            }
        }
        Some(false)
    }
}

impl Listener {
    /// Up to `at_most` for a notification; drains the rest, so a burst of appends is
    /// one change. A lost connection is dropped (the watcher polls from then on).
    fn wait(&mut self, at_most: Duration) -> bool {
        let Some(c) = &mut self.client else {
            return false;
        };
        let started = Instant::now();
        let first = c.notifications().timeout_iter(at_most).next();
        let mut heard = matches!(first, Ok(Some(_)));
        let mut failed = first.as_ref().err().map(|e| e.to_string());
        if heard {
            let mut n = c.notifications();
            let mut more = n.iter();
            loop {
                match more.next() {
                    Ok(Some(_)) => {}
                    Ok(None) => break,
                    Err(e) => {
                        failed = Some(e.to_string());
                        break;
                    }
                }
            }
        }
        if heard {
            self.last_heard = Instant::now();
        } else if failed.is_none()
            && (c.is_closed()
                || (at_most > Duration::ZERO && started.elapsed() < at_most / 2)
                || self.last_heard.elapsed() >= CHECK_QUIET)
        {
            // Nothing, and either the connection says it is closed, or it came back
            // early (the driver returns at once once the server has gone), or it has
            // been quiet long enough to ask.
            match c.is_valid(Duration::from_secs(5)) {
                Ok(()) => self.last_heard = Instant::now(),
                Err(e) => failed = Some(e.to_string()),
            }
        }
        if let Some(e) = failed {
            self.client = None;
            self.next_try = Instant::now();
            self.lost = Some(Failure::new(
                crate::output::ErrorCode::StoreConnectionLost,
                crate::fl!("store-watch-listen-lost", error = e),
            ));
            // Whatever happened meanwhile is unknown: let the reader look again.
            heard = true;
        }
        heard
    }
}
