//! `wecom-hw console`: the line and the emulator, live, in a browser. A small web server
//! (axum on the tokio runtime the network commands already use) serves pages rendered
//! here, in the language each browser asks for, from the same catalogs as the terminal.
//!
//! What it shows: [`line`] (stations, counters, progress, failures, units per hour),
//! [`devices`] (search, a unit's ledger and label), [`emulator`] (a running `cloud
//! serve`, through its control socket).
//!
//! Security, because the store it reads holds SecretNos: it listens on loopback unless
//! `--allow-remote`; a random token is made at start and printed inside the URL to open,
//! the first request trades it for an HttpOnly, SameSite=Strict cookie, and every request
//! without it gets 401; every request that changes something must come from the page's
//! own origin (403 otherwise); bodies are capped (413); inputs are validated before use;
//! and no page, event or image carries a secret (fingerprints only, see [`devices`]).
//!
//! Live updates: one thread watches the store for changes ([`crate::store::changes`]:
//! SQLite's `PRAGMA data_version` every 250 ms; PostgreSQL's `LISTEN` on the ledger
//! trigger's channel, polling the newest ledger id while it cannot listen), recomputes the line's
//! [`line::LineSnapshot`] once per change and publishes it; each open page holds a
//! Server-Sent Events stream that renders the snapshot in its own language. Fifty pages
//! cost fifty renders of a snapshot, not fifty store queries.

mod devices;
mod emulator;
mod line;
pub mod page;

use crate::cli::console::ConsoleArgs;
use crate::output::{ErrorCode, Failure, Output};
use crate::store::changes::ChangeSource;
use crate::store::{Store, StoreOptions};
use anyhow::Result;
use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Form, Path as UrlPath, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use page::{Nav, esc, t};
use std::collections::HashMap;
use std::convert::Infallible;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// Largest request body accepted (the biggest form is a push with its JSON body).
pub const MAX_BODY: usize = 16 * 1024;
/// The cookie that carries the access token after the first request.
pub const TOKEN_COOKIE: &str = "wecom_hw_console";
/// The snapshot is recomputed this often even without a change: the hour moves, and a
/// station with nothing new turns silent.
const REFRESH: Duration = Duration::from_secs(30);
/// The longest the state counts wait behind a stream of changes.
const COUNTS_AT_MOST: Duration = Duration::from_secs(5);

struct App {
    token: String,
    store: StoreOptions,
    cloud_dir: Option<PathBuf>,
    snap: watch::Receiver<Arc<line::LineSnapshot>>,
}

type Shared = Arc<App>;

pub fn run(a: ConsoleArgs, store: &StoreOptions, out: &Output) -> Result<()> {
    if !a.listen.ip().is_loopback() && !a.allow_remote {
        return Err(Failure::new(
            ErrorCode::UsageBadCombination,
            crate::fl!("console-remote-refused", addr = a.listen.to_string()),
        )
        .hint(crate::fl!(
            "console-remote-hint",
            addr = a.listen.to_string()
        ))
        .into());
    }
    // The store is opened (and its first snapshot computed) before anything listens: a
    // missing or unreadable store is reported now, with its usual error.
    let watched = Store::open_for_reading(store)?;
    let first = line::snapshot(&watched, time::OffsetDateTime::now_utc(), None)?;
    let (tx, rx) = watch::channel(Arc::new(first));
    std::thread::Builder::new()
        .name("console-watch".into())
        .spawn(move || watch_store(watched, tx))?;
    let app = Arc::new(App {
        token: new_token(),
        store: store.clone(),
        cloud_dir: a.cloud_dir.clone(),
        snap: rx,
    });
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| {
            Failure::caused_by(ErrorCode::IoFailed, crate::fl!("console-runtime-failed"), e)
        })?;
    rt.block_on(serve(app, a, out))
}

/// A random access token, 24 bytes in hex.
fn new_token() -> String {
    use rand::RngCore;
    let mut b = [0u8; 24];
    rand::rng().fill_bytes(&mut b);
    hex::encode(b)
}

/// `cloud serve --console`: the console in the emulator's process.
pub struct BesideEmulator {
    pub listen: std::net::SocketAddr,
    pub allow_remote: bool,
    pub store: StoreOptions,
    /// The emulator's state dir: the emulator page talks to it through its control socket.
    pub state_dir: PathBuf,
    pub json: bool,
    pub quiet: bool,
}

/// Refuses a non-loopback console address without `--allow-remote`, before anything starts.
pub fn check_beside_emulator(b: &BesideEmulator) -> Result<(), Failure> {
    if b.listen.ip().is_loopback() || b.allow_remote {
        return Ok(());
    }
    Err(Failure::new(
        ErrorCode::UsageBadCombination,
        crate::fl!("cloud-console-remote-refused", addr = b.listen.to_string()),
    )
    .hint(crate::fl!(
        "console-remote-hint",
        addr = b.listen.to_string()
    )))
}

/// Binds the console's address (a busy port fails `cloud serve` before the emulator
/// starts) and returns the console to run on the emulator's runtime: it opens the store,
/// waits until the emulator answers on its control socket (so the emulator's `listening`
/// line stays the first line on stdout), prints its URL (to the emulator page) and serves
/// until the process ends. The line and devices pages read the store when there is one; the
/// emulator page needs none.
pub async fn beside_emulator(
    b: BesideEmulator,
) -> Result<impl std::future::Future<Output = ()> + Send + 'static> {
    check_beside_emulator(&b)?;
    let listener = tokio::net::TcpListener::bind(b.listen).await.map_err(|e| {
        Failure::caused_by(
            ErrorCode::NetListenFailed,
            crate::fl!("console-cannot-listen", addr = b.listen.to_string()),
            e,
        )
    })?;
    let addr = listener.local_addr()?;
    Ok(async move {
        // The store is opened here, beside the running emulator: a PostgreSQL server that
        // is slow to answer delays the line pages, never the emulator.
        let opts = b.store.clone();
        let snap = tokio::task::spawn_blocking(move || {
            let watched = Store::open_for_reading(&opts)?;
            let first = line::snapshot(&watched, time::OffsetDateTime::now_utc(), None)?;
            Ok::<_, Failure>((watched, first))
        })
        .await
        .unwrap_or_else(|e| {
            Err(Failure::caused_by(
                ErrorCode::InternalBug,
                crate::fl!("console-task-failed"),
                e,
            ))
        });
        let rx = match snap {
            Ok((watched, first)) => {
                let (tx, rx) = watch::channel(Arc::new(first));
                // Without its thread the line page stays as it was at start: still a page.
                let _ = std::thread::Builder::new()
                    .name("console-watch".into())
                    .spawn(move || watch_store(watched, tx));
                rx
            }
            Err(f) => {
                if !b.quiet {
                    crate::errln!(
                        "{}",
                        crate::fl!("cloud-console-no-store", error = f.message.clone())
                    );
                }
                let (tx, rx) = watch::channel(Arc::new(line::LineSnapshot::default()));
                // Never sends, but kept alive: a closed channel would end each line page's
                // event stream at once and the browser would reconnect without end.
                Box::leak(Box::new(tx));
                rx
            }
        };
        let app = Arc::new(App {
            token: new_token(),
            store: b.store.clone(),
            cloud_dir: Some(b.state_dir.clone()),
            snap: rx,
        });
        let dir = b.state_dir.clone();
        while emulator_status(dir.clone()).await.is_err() {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let url = format!("http://{addr}/emulator?token={}", app.token);
        // Machine-readable either way, like the emulator's `listening` line before it: an
        // NDJSON event, or `console url=…` (keys, no words to translate).
        let line = if b.json {
            serde_json::json!({"ts": crate::net::cloud::now_secs(), "level": "info",
                "event": "console", "url": url, "listen": addr.to_string()})
            .to_string()
        } else {
            format!("console url={url}")
        };
        let _ = crate::outln!("{line}");
        if !b.json && !b.quiet {
            crate::errln!("{}", crate::fl!("cloud-console-open", url = url.clone()));
        }
        if let Err(e) = axum::serve(listener, router(app)).await {
            crate::errln!("{}: {e}", crate::fl!("console-serving-failed"));
        }
    })
}

async fn serve(app: Shared, a: ConsoleArgs, out: &Output) -> Result<()> {
    let listener = tokio::net::TcpListener::bind(a.listen).await.map_err(|e| {
        Failure::caused_by(
            ErrorCode::NetListenFailed,
            crate::fl!("console-cannot-listen", addr = a.listen.to_string()),
            e,
        )
    })?;
    let addr = listener.local_addr()?;
    let url = format!("http://{addr}/?token={}", app.token);
    if out.json {
        out.json_line(&serde_json::json!({"url": url, "listen": addr.to_string()}))?;
    } else {
        crate::outln!("{url}")?;
        out.info(crate::fl!("console-open", url = url.clone()));
    }
    let router = router(app);
    tokio::select! {
        r = axum::serve(listener, router) => r.map_err(|e| Failure::caused_by(ErrorCode::IoFailed, crate::fl!("console-serving-failed"), e))?,
        _ = tokio::signal::ctrl_c() => {}
    }
    Ok(())
}

fn router(app: Shared) -> Router {
    Router::new()
        .route("/", get(|| async { redirect("/line") }))
        .route("/line", get(line_page))
        .route("/events", get(events))
        .route("/devices", get(devices_page))
        .route("/devices/{sn}", get(unit_page))
        .route("/devices/{sn}/label.svg", get(label))
        .route("/emulator", get(emulator_page))
        .route("/emulator/action", post(emulator_action))
        .route("/emulator/fault", post(emulator_fault))
        .route("/emulator/events", get(emulator_events))
        .route(
            page::EMU_JS_PATH,
            get(|| async { asset("text/javascript", page::EMU_JS) }),
        )
        .route("/lang", post(set_lang))
        .route(
            page::CSS_PATH,
            get(|| async { asset("text/css", page::CSS) }),
        )
        .route(
            page::JS_PATH,
            get(|| async { asset("text/javascript", page::JS) }),
        )
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(middleware::from_fn_with_state(app.clone(), guard))
        .with_state(app)
}

/// Waits for the store's changes and publishes a new snapshot after each, in two steps: first
/// the shift's news (stations, counters, chart, failures: a read of the shift's ledger
/// lines) with the previous state counts, then the new state counts (two counts over the
/// whole store, about half a second with a million units). The counts wait while more
/// changes keep coming (a unit's steps follow each other within a second), so that they
/// never hold up the news of the next step, but never longer than [`COUNTS_AT_MOST`].
/// Ends with the process.
fn watch_store(store: Store, tx: watch::Sender<Arc<line::LineSnapshot>>) {
    let mut changes = store.watch_changes();
    let mut source = changes.source();
    let mut computed = Instant::now();
    let mut counted = Instant::now();
    let mut counts_stale = false;
    loop {
        let changed = changes.wait(&store);
        if let Some(f) = changes.lost() {
            crate::errln!("{}", f.message);
        }
        if changes.source() != source {
            source = changes.source();
            if source == ChangeSource::Listen {
                crate::errln!("{}", crate::fl!("console-watch-listening"));
            }
        }
        if changed || computed.elapsed() >= REFRESH {
            computed = Instant::now();
            let counts = tx.borrow().counts.clone();
            match line::snapshot(&store, time::OffsetDateTime::now_utc(), Some(counts)) {
                Ok(s) => {
                    tx.send_replace(Arc::new(s));
                    counts_stale = true;
                }
                Err(f) => crate::errln!("{}", f.message),
            }
            // More news already? Publish it first, unless the counts waited too long.
            if changes.pending(&store) && counted.elapsed() < COUNTS_AT_MOST {
                continue;
            }
        }
        if counts_stale {
            match store.line_counts_quick() {
                Ok(c) => {
                    let mut s = (**tx.borrow()).clone();
                    s.total = c.iter().map(|(_, n)| n).sum();
                    s.counts = c;
                    tx.send_replace(Arc::new(s));
                    counts_stale = false;
                    counted = Instant::now();
                }
                Err(f) => crate::errln!("{}", f.message),
            }
        }
    }
}

// ---- security ----------------------------------------------------------------------------

/// Equal without telling by its timing where two tokens first differ.
fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// `token=` in a query string.
fn query_token(q: Option<&str>) -> Option<&str> {
    q?.split('&').find_map(|kv| kv.strip_prefix("token="))
}

/// A query string without its `token=` parameters, the others as they were sent.
fn without_token(q: Option<&str>) -> String {
    q.unwrap_or("")
        .split('&')
        .filter(|kv| !kv.is_empty() && !kv.starts_with("token="))
        .collect::<Vec<_>>()
        .join("&")
}

/// A change (anything but GET/HEAD) must name this server as its origin: `Origin`, else
/// `Referer`, must be `http://` + the `Host` the browser sent. A missing header is refused
/// too: every browser sends `Origin` with a form POST.
fn same_origin(h: &HeaderMap) -> bool {
    let Some(host) = h.get(header::HOST).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let want = format!("http://{host}");
    if let Some(o) = h.get(header::ORIGIN) {
        return o.to_str().is_ok_and(|o| o == want);
    }
    h.get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|r| r == want || r.starts_with(&format!("{want}/")))
}

async fn guard(State(app): State<Shared>, req: Request, next: Next) -> Response {
    let lang = page::request_lang(req.headers());
    let too_big = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())
        .is_some_and(|n| n > MAX_BODY as u64);
    if let Some(tok) = query_token(req.uri().query()) {
        if !same_token(tok, &app.token) || req.method() != Method::GET {
            return refuse(StatusCode::UNAUTHORIZED, &t!(lang, "console-no-token"));
        }
        // Trade the token for the cookie and take it out of the address bar (and so out
        // of the browser's history and any Referer); the rest of the query stays, so a
        // link to a search or a device still opens it.
        let rest = without_token(req.uri().query());
        // `//host` would be another site to the browser: back to this one's root then.
        let path = Some(req.uri().path())
            .filter(|p| !p.starts_with("//"))
            .unwrap_or("/");
        let to = if rest.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{rest}")
        };
        let mut r = redirect(&to);
        r.headers_mut().insert(
            header::SET_COOKIE,
            HeaderValue::from_str(&format!(
                "{TOKEN_COOKIE}={}; Path=/; HttpOnly; SameSite=Strict",
                app.token
            ))
            .expect("a hex token is a valid header"),
        );
        return r;
    }
    let has = page::cookie(req.headers(), TOKEN_COOKIE).is_some_and(|c| same_token(&c, &app.token));
    if !has {
        return refuse(StatusCode::UNAUTHORIZED, &t!(lang, "console-no-token"));
    }
    if req.method() != Method::GET && req.method() != Method::HEAD && !same_origin(req.headers()) {
        return refuse(StatusCode::FORBIDDEN, &t!(lang, "console-cross-origin"));
    }
    if too_big {
        return refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            &t!(lang, "console-too-large"),
        );
    }
    let mut r = next.run(req).await;
    let h = r.headers_mut();
    for (k, v) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
             connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        // `same-origin`, not `no-referrer`: with no referrer at all, browsers send
        // `Origin: null` on form posts and the same-origin check could not pass.
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CACHE_CONTROL, "no-store"),
    ] {
        h.insert(k, HeaderValue::from_static(v));
    }
    r
}

fn refuse(status: StatusCode, text: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("{text}\n"),
    )
        .into_response()
}

fn redirect(to: &str) -> Response {
    Response::builder()
        .status(StatusCode::SEE_OTHER)
        .header(header::LOCATION, to)
        .body(Body::empty())
        .expect("a valid redirect")
}

fn html(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response()
}

fn asset(kind: &'static str, text: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind)], text).into_response()
}

async fn not_found(State(app): State<Shared>, headers: HeaderMap) -> Response {
    let lang = page::request_lang(&headers);
    let text = t!(lang, "console-not-found");
    html(
        StatusCode::NOT_FOUND,
        page::page(
            lang,
            Nav::Line,
            "/line",
            &text,
            app.cloud_dir.is_some(),
            &format!("<p>{}</p>", esc(&text)),
        ),
    )
}

/// A store failure as a page (its message names the store, never a secret).
fn failed(app: &App, lang: crate::i18n::Lang, f: &Failure) -> Response {
    html(
        StatusCode::INTERNAL_SERVER_ERROR,
        page::page(
            lang,
            Nav::Line,
            "/line",
            &t!(lang, "console-failed"),
            app.cloud_dir.is_some(),
            &format!(
                "<p class=\"bad\">{}</p>",
                esc(&t!(lang, "console-failed-text", error = f.message.clone()))
            ),
        ),
    )
}

/// Runs a blocking store read off the runtime's threads.
async fn with_store<T: Send + 'static>(
    app: &Shared,
    f: impl FnOnce(&Store) -> Result<T, Failure> + Send + 'static,
) -> Result<T, Failure> {
    let opts = app.store.clone();
    tokio::task::spawn_blocking(move || f(&Store::open_for_reading(&opts)?))
        .await
        .unwrap_or_else(|e| {
            Err(Failure::caused_by(
                ErrorCode::InternalBug,
                crate::fl!("console-task-failed"),
                e,
            ))
        })
}

// ---- pages --------------------------------------------------------------------------------

async fn line_page(State(app): State<Shared>, headers: HeaderMap) -> Response {
    let lang = page::request_lang(&headers);
    let snap = app.snap.borrow().clone();
    let body = format!(
        "<h1>{}</h1><div id=\"live\" data-events=\"/events\">{}</div>",
        esc(&t!(lang, "console-line-title")),
        line::live_html(&snap, lang)
    );
    html(
        StatusCode::OK,
        page::page(
            lang,
            Nav::Line,
            "/line",
            &t!(lang, "console-line-title"),
            app.cloud_dir.is_some(),
            &body,
        ),
    )
}

async fn events(
    State(app): State<Shared>,
    headers: HeaderMap,
) -> Sse<impl futures_util::Stream<Item = Result<Event, Infallible>>> {
    let lang = page::request_lang(&headers);
    let rx = app.snap.clone();
    // The current snapshot first (it may be newer than the page), then one per change.
    let stream = futures_util::stream::unfold((rx, true), move |(mut rx, first)| async move {
        if !first && rx.changed().await.is_err() {
            return None;
        }
        let snap = rx.borrow_and_update().clone();
        let html = line::live_html(&snap, lang).replace('\r', "");
        Some((Ok(Event::default().event("line").data(html)), (rx, false)))
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// An SN from a URL: what the store could hold, else nothing is looked up.
fn checked_sn(sn: &str) -> Option<String> {
    emulator::valid_sn(sn).then(|| sn.to_owned())
}

async fn devices_page(
    State(app): State<Shared>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let lang = page::request_lang(&headers);
    let text = q.get("q").map(|s| s.trim().to_owned()).unwrap_or_default();
    let batch = q.get("batch").map(|s| s.trim()).filter(|s| !s.is_empty());
    let ok_text = text.len() <= devices::MAX_QUERY
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.*?".contains(&b));
    let batch = match batch.map(str::parse::<i64>) {
        None => Ok(None),
        Some(Ok(b)) if b > 0 => Ok(Some(b)),
        Some(_) => Err(()),
    };
    let (Ok(batch), true) = (batch, ok_text) else {
        return refuse(StatusCode::BAD_REQUEST, &t!(lang, "console-bad-query"));
    };
    // The language switch comes back to the same search.
    let mut here = "/devices".to_owned();
    let mut sep = '?';
    if !text.is_empty() {
        here.push_str(&format!("{sep}q={}", page::url_enc(&text)));
        sep = '&';
    }
    if let Some(b) = batch {
        here.push_str(&format!("{sep}batch={b}"));
    }
    let r = with_store(&app, move |s| devices::search(s, lang, &text, batch)).await;
    match r {
        Ok(body) => html(
            StatusCode::OK,
            page::page(
                lang,
                Nav::Devices,
                &here,
                &t!(lang, "console-devices-title"),
                app.cloud_dir.is_some(),
                &body,
            ),
        ),
        Err(f) => failed(&app, lang, &f),
    }
}

async fn unit_page(
    State(app): State<Shared>,
    headers: HeaderMap,
    UrlPath(sn): UrlPath<String>,
) -> Response {
    let lang = page::request_lang(&headers);
    let Some(sn) = checked_sn(&sn) else {
        return not_found(State(app), headers).await;
    };
    let r = with_store(&app, move |s| match s.get(&sn)? {
        Some(d) => devices::unit(s, lang, &d).map(|b| Some((d.sn.clone(), b))),
        None => Ok(None),
    })
    .await;
    match r {
        Ok(Some((sn, body))) => html(
            StatusCode::OK,
            page::page(
                lang,
                Nav::Devices,
                &format!("/devices/{}", page::url_enc(&sn)),
                &sn,
                app.cloud_dir.is_some(),
                &body,
            ),
        ),
        Ok(None) => not_found(State(app), headers).await,
        Err(f) => failed(&app, lang, &f),
    }
}

async fn label(
    State(app): State<Shared>,
    headers: HeaderMap,
    UrlPath(sn): UrlPath<String>,
) -> Response {
    let Some(sn) = checked_sn(&sn) else {
        return not_found(State(app), headers).await;
    };
    let r = with_store(&app, move |s| {
        Ok(s.get(&sn)?.as_ref().and_then(devices::label_svg))
    })
    .await;
    match r {
        Ok(Some(svg)) => ([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response(),
        Ok(None) => not_found(State(app), headers).await,
        Err(f) => failed(&app, page::request_lang(&headers), &f),
    }
}

/// One control request, off the runtime's threads.
async fn emulator_call(dir: PathBuf, req: serde_json::Value) -> Result<serde_json::Value, Failure> {
    tokio::task::spawn_blocking(move || emulator::call(&dir, &req))
        .await
        .unwrap_or_else(|e| {
            Err(Failure::caused_by(
                ErrorCode::InternalBug,
                crate::fl!("console-task-failed"),
                e,
            ))
        })
}

async fn emulator_status(dir: PathBuf) -> Result<serde_json::Value, Failure> {
    emulator_call(dir, serde_json::json!({"action": "status"})).await
}

/// The emulator page for `lang`: the status, then the frame log of the device `want`
/// (or the one [`emulator::pick_sn`] picks), with `note` on top.
async fn emulator_render(
    app: &App,
    dir: PathBuf,
    lang: crate::i18n::Lang,
    want: Option<&str>,
    note: Option<(bool, String)>,
) -> Response {
    let status = emulator_status(dir.clone()).await;
    let log = match status
        .as_ref()
        .ok()
        .and_then(|s| emulator::pick_sn(s, want))
    {
        Some(sn) => {
            let frames = emulator_call(
                dir,
                serde_json::json!({"action": "frames", "sn": sn, "after": 0}),
            )
            .await;
            Some(emulator::Log { sn, frames })
        }
        None => None,
    };
    // The language switch comes back to this device's frame log.
    let here = match &log {
        Some(l) => format!("/emulator?sn={}", page::url_enc(&l.sn)),
        None => "/emulator".to_owned(),
    };
    html(
        StatusCode::OK,
        page::page(
            lang,
            Nav::Emulator,
            &here,
            &t!(lang, "console-emu-title"),
            app.cloud_dir.is_some(),
            &emulator::body(lang, status, note, log),
        ),
    )
}

async fn emulator_page(
    State(app): State<Shared>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let Some(dir) = app.cloud_dir.clone() else {
        return emulator_off(&headers);
    };
    let lang = page::request_lang(&headers);
    emulator_render(&app, dir, lang, q.get("sn").map(String::as_str), None).await
}

async fn emulator_action(
    State(app): State<Shared>,
    headers: HeaderMap,
    Form(a): Form<emulator::Action>,
) -> Response {
    let Some(dir) = app.cloud_dir.clone() else {
        return not_found(State(app), headers).await;
    };
    let lang = page::request_lang(&headers);
    let note = match emulator::request(&a) {
        Err(f) => {
            let mut r = emulator_render(&app, dir, lang, None, Some((false, f.message))).await;
            *r.status_mut() = StatusCode::BAD_REQUEST;
            return r;
        }
        Ok(req) => match emulator_call(dir.clone(), req).await {
            Ok(_) => (
                true,
                t!(
                    lang,
                    "console-emu-done",
                    action = a.action.clone(),
                    sn = a.sn.clone()
                ),
            ),
            Err(f) => (false, f.message),
        },
    };
    emulator_render(&app, dir, lang, Some(&a.sn), Some(note)).await
}

/// A fault switch from the page: switched through the control socket, then the page
/// again (with the frame log it showed) and a note saying what changed.
async fn emulator_fault(
    State(app): State<Shared>,
    headers: HeaderMap,
    Form(f): Form<emulator::FaultForm>,
) -> Response {
    let Some(dir) = app.cloud_dir.clone() else {
        return not_found(State(app), headers).await;
    };
    let lang = page::request_lang(&headers);
    let log = f.log.as_deref();
    let req = match emulator::fault_request(&f) {
        Ok(r) => r,
        Err(e) => {
            let mut r = emulator_render(&app, dir, lang, log, Some((false, e.message))).await;
            *r.status_mut() = StatusCode::BAD_REQUEST;
            return r;
        }
    };
    let on = req["on"] == true;
    let note = match emulator_call(dir.clone(), req).await {
        Ok(_) => (
            true,
            t!(
                lang,
                "console-emu-fault-done",
                fault = f.fault.clone(),
                state = if on {
                    t!(lang, "console-emu-fault-on")
                } else {
                    t!(lang, "console-emu-fault-off")
                }
            ),
        ),
        Err(e) => (false, e.message),
    };
    emulator_render(&app, dir, lang, log, Some(note)).await
}

/// How often an open emulator page asks the emulator for news (the bound for a
/// polled feed is 500 ms).
const EMU_POLL: Duration = Duration::from_millis(250);

/// The emulator page's live feed: every [`EMU_POLL`], the device's frames newer than the
/// last one sent (`frames` events, rows rendered in the page's language, each event's id
/// the newest seq so that a reconnecting browser resumes after it), and the devices' and
/// fault switches' states when they changed (`state` events). An emulator that does not
/// answer is asked again at the next tick.
async fn emulator_events(
    State(app): State<Shared>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let Some(dir) = app.cloud_dir.clone() else {
        return not_found(State(app), headers).await;
    };
    let lang = page::request_lang(&headers);
    let sn = q
        .get("sn")
        .filter(|s| emulator::valid_sn(s))
        .cloned()
        .unwrap_or_default();
    let resumed = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    let after = q
        .get("after")
        .and_then(|a| a.parse::<u64>().ok())
        .into_iter()
        .chain(resumed)
        .max()
        .unwrap_or(0);
    struct Feed {
        dir: PathBuf,
        sn: String,
        after: u64,
        state: String,
        queue: std::collections::VecDeque<Event>,
    }
    let feed = Feed {
        dir,
        sn,
        after,
        state: String::new(),
        queue: Default::default(),
    };
    let stream = futures_util::stream::unfold(feed, move |mut f| async move {
        loop {
            if let Some(e) = f.queue.pop_front() {
                return Some((Ok::<_, Infallible>(e), f));
            }
            tokio::time::sleep(EMU_POLL).await;
            if !f.sn.is_empty()
                && let Ok(v) = emulator_call(
                    f.dir.clone(),
                    serde_json::json!({"action": "frames", "sn": f.sn, "after": f.after}),
                )
                .await
            {
                let newest = v["frames"]
                    .as_array()
                    .and_then(|a| a.last())
                    .and_then(|e| e["seq"].as_u64());
                if let Some(newest) = newest {
                    f.after = newest;
                    f.queue.push_back(
                        Event::default()
                            .event("frames")
                            .id(newest.to_string())
                            .data(emulator::frame_rows(lang, &v)),
                    );
                }
            }
            if let Ok(s) = emulator_status(f.dir.clone()).await {
                let mut state = emulator::state_json(lang, &s);
                // Sent when something but the cloud clock changed (its time rides along).
                let summary = state
                    .as_object_mut()
                    .and_then(|o| o.remove("summary"))
                    .unwrap_or_default();
                let key = state.to_string();
                if key != f.state {
                    state["summary"] = summary;
                    f.queue
                        .push_back(Event::default().event("state").data(state.to_string()));
                    f.state = key;
                }
            }
        }
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response()
}

/// `/emulator` of a console without an emulator: still "not found", but saying how to
/// attach one (the navigation has no link to it then; an old bookmark lands here).
fn emulator_off(headers: &HeaderMap) -> Response {
    let lang = page::request_lang(headers);
    html(
        StatusCode::NOT_FOUND,
        page::page(
            lang,
            Nav::Emulator,
            "/emulator",
            &t!(lang, "console-emu-title"),
            false,
            &format!(
                "<h1>{}</h1><p id=\"emu-off\">{}</p><p id=\"emu-off-hint\">{}</p>",
                esc(&t!(lang, "console-emu-title")),
                esc(&t!(lang, "console-emu-off")),
                esc(&t!(lang, "console-emu-off-hint"))
            ),
        ),
    )
}

/// The language switch: remembers the choice in a cookie and goes back to the page.
async fn set_lang(Form(f): Form<HashMap<String, String>>) -> Response {
    let Some(lang) = f.get("lang").and_then(|l| page::parse_lang(l)) else {
        return refuse(StatusCode::BAD_REQUEST, "lang: en | zh-CN");
    };
    // Back to a path of this server only (never `//host`, never a scheme), with the
    // query it had (a search, the device shown).
    let back = f
        .get("back")
        .filter(|b| {
            b.len() <= 300
                && b.starts_with('/')
                && !b.starts_with("//")
                && b.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || b"/-_.%?=&*".contains(&c))
        })
        .map_or("/line", String::as_str);
    let mut r = redirect(back);
    r.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&format!(
            "{}={}; Path=/; SameSite=Strict; Max-Age=31536000",
            page::LANG_COOKIE,
            lang.tag()
        ))
        .expect("a language tag is a valid header"),
    );
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_must_be_this_host() {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
        assert!(!same_origin(&h), "no Origin, no Referer");
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://127.0.0.1:8080"),
        );
        assert!(same_origin(&h));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://evil.example"),
        );
        assert!(!same_origin(&h));
        h.remove(header::ORIGIN);
        h.insert(
            header::REFERER,
            HeaderValue::from_static("http://127.0.0.1:8080.evil/x"),
        );
        assert!(!same_origin(&h));
        h.insert(
            header::REFERER,
            HeaderValue::from_static("http://127.0.0.1:8080/line"),
        );
        assert!(same_origin(&h));
    }

    #[test]
    fn tokens_compare_whole() {
        assert!(same_token("abc", "abc"));
        assert!(!same_token("abc", "abd"));
        assert!(!same_token("abc", "ab"));
        assert_eq!(query_token(Some("a=1&token=xyz")), Some("xyz"));
        assert_eq!(
            without_token(Some("q=E3&token=xyz&batch=2")),
            "q=E3&batch=2"
        );
        assert_eq!(without_token(Some("token=xyz")), "");
    }
}
