//! The listener, the per-connection tasks, and the operator's control socket.

use super::control::{self, ControlRequest, PublishFile};
use super::{http, now_secs, pki, state};
use crate::core::errcode;
use crate::core::wss::cloud::{
    Action, Admin, AdminError, Cloud, ConnId, Event, Firmware, Level, LogEvent, Outbound,
};
use crate::output::{ErrorCode, Failure, error_text};
use anyhow::Result;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context as TaskContext, Poll};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream, UnixListener, UnixStream};
use tokio::sync::{Notify, mpsc};
use tokio_tungstenite::tungstenite::Message;

/// How `serve` runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub listen: SocketAddr,
    /// Plain `ws://` instead of TLS.
    pub plain: bool,
    pub state_dir: PathBuf,
    /// Extra DNS names or IPs for the server certificate.
    pub extra_names: Vec<String>,
    /// Where published firmware is served over HTTP.
    pub firmware_listen: SocketAddr,
    /// Close a connection silent for this long (0: never). The real server's timeout is
    /// not documented; devices ping every 20–40 s.
    pub idle_timeout_secs: u64,
    /// Largest WebSocket message accepted from a device (the upload cap plus headroom).
    pub max_message: usize,
    pub json: bool,
    pub verbose: u8,
    pub quiet: bool,
}

/// Event output: NDJSON on stdout with `--json`, human lines on stderr otherwise.
struct Logger {
    json: bool,
    verbose: u8,
    quiet: bool,
}

impl Logger {
    fn event(&self, e: &LogEvent) {
        let shown = match e.level {
            Level::Debug => self.verbose > 0,
            Level::Info => !self.quiet,
            Level::Warn => true,
        };
        if !shown {
            return;
        }
        if self.json {
            let mut v = json!({"ts": now_secs(), "level": match e.level {
                Level::Debug => "debug", Level::Info => "info", Level::Warn => "warn" }});
            if let (Some(m), Value::Object(d)) = (v.as_object_mut(), &e.data) {
                m.extend(d.clone());
            }
            let mut out = crate::output::stdout();
            let _ = writeln!(out, "{v}");
            let _ = out.flush();
        } else {
            let line = if e.level == Level::Warn {
                crate::fl!(
                    "output-labelled",
                    label = crate::fl!("output-warning"),
                    text = e.message.clone()
                )
            } else {
                e.message.clone()
            };
            let _ = writeln!(std::io::stderr(), "{line}");
        }
    }

    fn info(&self, message: String, data: Value) {
        self.event(&LogEvent {
            level: Level::Info,
            message,
            data,
        });
    }

    fn warn(&self, message: String, data: Value) {
        self.event(&LogEvent {
            level: Level::Warn,
            message,
            data,
        });
    }
}

type Tx = mpsc::Sender<(Outbound, u64)>;

/// Frames waiting for one device's writer. A device that sends requests but never reads
/// would otherwise make the emulator queue replies without end; at this many it is closed.
const MAX_QUEUED: usize = 256;

/// The driver's side of one open connection.
struct Peer {
    /// Frames for its writer task.
    tx: Tx,
    /// Write one byte at a time (see [`Dribble`]).
    dribble: Arc<AtomicBool>,
}

struct Inner {
    cloud: Cloud,
    peers: HashMap<ConnId, Peer>,
}

struct Shared {
    inner: Mutex<Inner>,
    persist: Notify,
    saving: Mutex<()>,
    log: Logger,
    state_dir: PathBuf,
    firmware_url: String,
    upload_seq: AtomicU64,
    idle: Duration,
    /// Largest WebSocket message (and frame) accepted from a device.
    max_message: usize,
    /// Connections whose writer queue overflowed (see [`MAX_QUEUED`]): to be closed.
    stalled: Mutex<std::collections::HashSet<ConnId>>,
    /// The last frames of each device, masked, for the console.
    frames: super::framelog::FrameLog,
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while holding the lock is a bug; the state is still the best we have.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Feeds one event to the core and carries out what it causes. Returns true when the
    /// state should be saved.
    fn handle(&self, ev: Event<'_>) -> bool {
        let mut inner = self.lock();
        inner.cloud.handle_event(ev, now_secs());
        self.frames.inbound(&inner.cloud, &ev);
        self.drain(&mut inner)
    }

    /// Carries out the core's actions, under the lock that fed it so that frames leave
    /// in the order the core decided. Returns true when the state should be saved.
    fn drain(&self, inner: &mut Inner) -> bool {
        let mut persist = false;
        while let Some(a) = inner.cloud.poll_action() {
            match a {
                Action::Send {
                    conn,
                    msg,
                    delay_ms,
                } => {
                    self.frames.outbound(&inner.cloud, conn, &msg);
                    if let Some(p) = inner.peers.get(&conn)
                        && let Err(mpsc::error::TrySendError::Full(_)) =
                            p.tx.try_send((msg, delay_ms))
                    {
                        self.stalled
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .insert(conn);
                    }
                }
                Action::SplitBytes { conn } => {
                    if let Some(p) = inner.peers.get(&conn) {
                        p.dribble.store(true, Ordering::Relaxed);
                    }
                }
                Action::Persist => persist = true,
                Action::StoreUpload {
                    sn,
                    req_id,
                    cmd,
                    version,
                    data,
                    args,
                } => self.store_upload(&sn, &req_id, &cmd, version, &data, args.as_deref()),
                Action::Log(e) => self.log.event(&e),
            }
        }
        persist
    }

    fn store_upload(
        &self,
        sn: &str,
        req_id: &str,
        cmd: &str,
        version: u32,
        data: &[u8],
        args: Option<&[u8]>,
    ) {
        let dir = self.state_dir.join("uploads").join(sn);
        let seq = self.upload_seq.fetch_add(1, Ordering::Relaxed);
        // req_id comes from the device: keep only harmless characters in the file name.
        let safe: String = req_id
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .take(64)
            .collect();
        let base = format!("{}-{seq}-{safe}", now_secs());
        let result = std::fs::create_dir_all(&dir)
            .and_then(|()| crate::io::atomic::write(&dir.join(format!("{base}.bin")), data, None))
            .and_then(|()| match args {
                Some(a) => crate::io::atomic::write(&dir.join(format!("{base}.args")), a, None),
                None => Ok(()),
            });
        match result {
            Ok(()) => self.log.info(
                crate::fl!("cloud-log-upload", sn = sn.to_string(), cmd = cmd.to_string(), version = version.to_string(),
                    req_id = req_id.to_string(), bytes = data.len().to_string(), dir = dir.display().to_string()),
                json!({"event": "upload", "sn": sn, "req_id": req_id, "cmd": cmd, "version": version,
                       "bytes": data.len(), "file": dir.join(format!("{base}.bin"))}),
            ),
            Err(e) => self.log.warn(
                crate::fl!("cloud-log-upload-failed", sn = sn.to_string(), req_id = req_id.to_string(), error = e.to_string()),
                json!({"event": "upload_failed", "sn": sn, "req_id": req_id, "error": e.to_string()}),
            ),
        }
    }

    fn save_now(&self) -> Result<()> {
        // One writer at a time: the persister and the control socket both save, and the
        // atomic writer's temporary name is per process, not per call.
        let _saving = self.saving.lock().unwrap_or_else(|p| p.into_inner());
        let snap = self.lock().cloud.snapshot();
        Ok(state::save(&self.state_dir, &snap)?)
    }
}

/// Runs the emulator until Ctrl-C or SIGTERM.
pub async fn serve(cloud: Cloud, opts: ServeOptions) -> Result<()> {
    let dir = opts.state_dir.clone();
    std::fs::create_dir_all(&dir).map_err(|e| {
        Failure::caused_by(
            ErrorCode::IoWriteFailed,
            crate::fl!("rest-cloud-state-dir", dir = dir.display().to_string()),
            e,
        )
    })?;
    let control_path = state::control_path(&dir);
    if control_path.exists() {
        if UnixStream::connect(&control_path).await.is_ok() {
            return Err(Failure::new(
                ErrorCode::CloudAlreadyServing,
                crate::fl!(
                    "rest-cloud-already-serving",
                    dir = dir.display().to_string()
                ),
            )
            .hint(crate::fl!("rest-cloud-already-serving-hint"))
            .into());
        }
        let _ = std::fs::remove_file(&control_path);
    }
    let listener = TcpListener::bind(opts.listen).await.map_err(|e| {
        Failure::caused_by(
            ErrorCode::NetListenFailed,
            crate::fl!("rest-cloud-cannot-listen", addr = opts.listen.to_string()),
            e,
        )
    })?;
    let addr = listener.local_addr()?;
    let mut names: Vec<String> = vec!["localhost".into(), "127.0.0.1".into(), "::1".into()];
    if !addr.ip().is_unspecified() {
        names.push(addr.ip().to_string());
    }
    names.extend(opts.extra_names.iter().cloned());
    let pki = if opts.plain {
        None
    } else {
        Some(pki::load_or_create(&dir, &names)?)
    };
    let fw_listener = TcpListener::bind(opts.firmware_listen).await.map_err(|e| {
        Failure::caused_by(
            ErrorCode::NetListenFailed,
            crate::fl!(
                "rest-cloud-cannot-listen-firmware",
                addr = opts.firmware_listen.to_string()
            ),
            e,
        )
    })?;
    let fw_addr = fw_listener.local_addr()?;
    let fw_dir = dir.join("firmware");
    let control = UnixListener::bind(&control_path).map_err(|e| {
        Failure::caused_by(
            ErrorCode::NetListenFailed,
            crate::fl!(
                "cloud-control-bind",
                path = control_path.display().to_string()
            ),
            e,
        )
    })?;

    let log = Logger {
        json: opts.json,
        verbose: opts.verbose,
        quiet: opts.quiet,
    };
    let scheme = if opts.plain { "ws" } else { "wss" };
    let url = format!("{scheme}://{addr}/");
    let ca = pki.as_ref().map(|p| p.ca_path.clone());
    let devices = cloud.device_count();
    // The first line on stdout, machine-readable in both modes, so scripts and tests can
    // start the emulator on port 0 and learn where it is.
    if opts.json {
        crate::outln!(
            "{}",
            json!({"ts": now_secs(), "level": "info", "event": "listening", "address": addr.to_string(), "url": url,
                   "ca_file": ca, "control_socket": control_path, "state_dir": dir,
                   "firmware_url": format!("http://{fw_addr}/firmware/"), "devices": devices})
        )?;
    } else {
        crate::outln!(
            "listening url={url} ca_file={} control_socket={}",
            ca.as_deref()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "-".into()),
            control_path.display()
        )?;
    }
    let _ = std::io::stdout().flush();
    if !opts.json && !opts.quiet {
        crate::errln!(
            "{}",
            crate::fl!(
                "cloud-serving",
                url = url.clone(),
                devices = devices,
                dir = dir.display().to_string()
            )
        );
        let line = match &pki {
            Some(p) if p.created_ca => crate::fl!(
                "cloud-new-ca",
                ca = p.ca_path.display().to_string(),
                url = url.clone()
            ),
            Some(p) => crate::fl!("cloud-trust-ca", ca = p.ca_path.display().to_string()),
            None => crate::fl!("cloud-plain"),
        };
        crate::errln!("{line}");
        crate::errln!(
            "{}",
            crate::fl!(
                "cloud-operator-commands",
                command = format!("wecom-hw cloud --state-dir {} bind SN", dir.display())
            )
        );
        if devices == 0 {
            crate::errln!(
                "{}",
                crate::fl!(
                    "output-labelled",
                    label = crate::fl!("output-warning"),
                    text = crate::fl!("cloud-no-devices", code = errcode::INVALID_SN.to_string())
                )
            );
        }
    }

    let shared = Arc::new(Shared {
        inner: Mutex::new(Inner {
            cloud,
            peers: HashMap::new(),
        }),
        persist: Notify::new(),
        saving: Mutex::new(()),
        log,
        state_dir: dir.clone(),
        firmware_url: format!("http://{fw_addr}/firmware/"),
        upload_seq: AtomicU64::new(0),
        max_message: opts.max_message,
        stalled: Mutex::new(Default::default()),
        frames: Default::default(),
        idle: match opts.idle_timeout_secs {
            0 => Duration::MAX,
            s => Duration::from_secs(s),
        },
    });
    shared.save_now()?;

    tokio::spawn(http::run(fw_listener, fw_dir));
    tokio::spawn(persister(shared.clone()));
    tokio::spawn(control_loop(control, shared.clone()));
    let acceptor = pki.map(|p| tokio_rustls::TlsAcceptor::from(p.server));

    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    loop {
        tokio::select! {
            r = listener.accept() => match r {
                Ok((stream, peer)) => {
                    let _ = stream.set_nodelay(true);
                    tokio::spawn(accept(stream, peer, acceptor.clone(), shared.clone()));
                }
                Err(e) => {
                    // Out of file descriptors, typically: back off instead of spinning.
                    shared.log.warn(crate::fl!("cloud-log-accept-failed", error = e.to_string()), json!({"event": "accept_failed", "error": e.to_string()}));
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            },
            _ = tokio::signal::ctrl_c() => break,
            _ = term.recv() => break,
        }
    }
    shared.save_now()?;
    let _ = std::fs::remove_file(&control_path);
    shared
        .log
        .info(crate::fl!("cloud-log-stopped"), json!({"event": "stopped"}));
    Ok(())
}

/// Coalesces saves requested by device traffic (registrations, exchanges).
async fn persister(shared: Arc<Shared>) {
    loop {
        shared.persist.notified().await;
        if let Err(e) = shared.save_now() {
            shared.log.warn(
                crate::fl!("cloud-log-save-failed", error = error_text(&e)),
                json!({"event": "save_failed", "error": error_text(&e)}),
            );
        }
        // At most a few writes a second, however busy the devices are.
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn accept(
    stream: TcpStream,
    peer: SocketAddr,
    acceptor: Option<tokio_rustls::TlsAcceptor>,
    shared: Arc<Shared>,
) {
    let Some(acceptor) = acceptor else {
        return websocket(stream, peer, shared).await;
    };
    if !shared.lock().cloud.admit_tls() {
        shared.log.warn(
            crate::fl!("rest-cloud-log-tls-refused", peer = peer.to_string()),
            json!({"event": "fault", "fault": "refuse_tls", "peer": peer.to_string()}),
        );
        drop(stream);
        return;
    }
    match tokio::time::timeout(Duration::from_secs(10), acceptor.accept(stream)).await {
        Ok(Ok(tls)) => websocket(tls, peer, shared).await,
        Ok(Err(e)) => shared.log.event(&LogEvent {
            level: Level::Info,
            message: crate::fl!(
                "cloud-log-tls-failed",
                peer = peer.to_string(),
                error = e.to_string()
            ),
            data: json!({"event": "tls_failed", "peer": peer.to_string(), "error": e.to_string()}),
        }),
        Err(_) => shared.log.event(&LogEvent {
            level: Level::Info,
            message: crate::fl!("cloud-log-tls-timeout", peer = peer.to_string()),
            data: json!({"event": "tls_failed", "peer": peer.to_string(), "error": "timeout"}),
        }),
    }
}

async fn websocket<S>(stream: S, peer: SocketAddr, shared: Arc<Shared>)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    // Off until the split-bytes fault picks this connection (after the upgrade).
    let dribble = Arc::new(AtomicBool::new(false));
    let stream = Dribble {
        inner: stream,
        on: dribble.clone(),
    };
    let max = shared.max_message;
    // Any path and any (or no) subprotocol is accepted (11.1).
    let ws = match tokio::time::timeout(
        Duration::from_secs(10),
        // Small buffers: a fleet of idle devices should cost little memory each (the
        // default read buffer is 128 KiB per connection). Larger messages still work, up
        // to the largest upload plus its header fields.
        tokio_tungstenite::accept_async_with_config(
            stream,
            Some(
                tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
                    .read_buffer_size(8 * 1024)
                    .write_buffer_size(0)
                    .max_message_size(Some(max))
                    .max_frame_size(Some(max)),
            ),
        ),
    )
    .await
    {
        Ok(Ok(ws)) => ws,
        Ok(Err(e)) => {
            return shared.log.event(&LogEvent {
                level: Level::Info,
                message: crate::fl!("cloud-log-ws-failed", peer = peer.to_string(), error = e.to_string()),
                data: json!({"event": "ws_failed", "peer": peer.to_string(), "error": e.to_string()}),
            });
        }
        Err(_) => return,
    };
    let (mut sink, mut stream) = ws.split();
    let (tx, mut rx) = mpsc::channel::<(Outbound, u64)>(MAX_QUEUED);
    let conn = {
        let mut inner = shared.lock();
        let id = inner.cloud.connect();
        inner.peers.insert(id, Peer { tx, dribble });
        shared.drain(&mut inner);
        id
    };
    shared.log.event(&LogEvent {
        level: Level::Info,
        message: crate::fl!(
            "cloud-log-opened",
            conn = conn.to_string(),
            peer = peer.to_string()
        ),
        data: json!({"event": "connected", "conn": conn, "peer": peer.to_string()}),
    });
    // The writer owns the sink: delayed replies (a fault) wait here, in order, without
    // holding up reading.
    let mut writer = tokio::spawn(async move {
        // A reply held back by the reorder fault, with the time it must go out anyway.
        let mut held: Option<(Outbound, tokio::time::Instant)> = None;
        loop {
            let next = match &held {
                Some((_, until)) => tokio::select! {
                    m = rx.recv() => m,
                    _ = tokio::time::sleep_until(*until) => {
                        let (m, _) = held.take().expect("held");
                        if write(&mut sink, m).await.is_err() {
                            break;
                        }
                        continue;
                    }
                },
                None => rx.recv().await,
            };
            let Some((msg, delay_ms)) = next else { break };
            if delay_ms > 0 {
                tokio::time::sleep(Duration::from_millis(delay_ms)).await;
            }
            let msg = match msg {
                Outbound::Held(m) => {
                    held = Some((*m, tokio::time::Instant::now() + Duration::from_secs(2)));
                    continue;
                }
                Outbound::Close => {
                    let _ = sink.send(Message::Close(None)).await;
                    break;
                }
                m => m,
            };
            let is_reply = is_reply(&msg);
            if write(&mut sink, msg).await.is_err() {
                break;
            }
            if is_reply
                && let Some((m, _)) = held.take()
                && write(&mut sink, m).await.is_err()
            {
                break;
            }
        }
        let _ = sink.close().await;
    });
    loop {
        tokio::select! {
            m = tokio::time::timeout(shared.idle, stream.next()) => {
                let Ok(m) = m else {
                    shared.log.event(&LogEvent {
                        level: Level::Info,
                        message: crate::fl!("cloud-log-idle", conn = conn.to_string(), secs = shared.idle.as_secs().to_string()),
                        data: json!({"event": "idle_timeout", "conn": conn}),
                    });
                    if let Some(p) = shared.lock().peers.get(&conn) {
                        let _ = p.tx.try_send((Outbound::Close, 0));
                    }
                    let _ = tokio::time::timeout(Duration::from_secs(2), &mut writer).await;
                    break;
                };
                let persist = match m {
                    Some(Ok(Message::Text(t))) => shared.handle(Event::Text { conn, text: t.as_str() }),
                    Some(Ok(Message::Binary(b))) => shared.handle(Event::Binary { conn, data: &b }),
                    // tungstenite queues the pong itself and sends it on the next poll.
                    Some(Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_))) => continue,
                    Some(Ok(Message::Close(_))) | None => break,
                    Some(Err(e)) => {
                        shared.log.event(&LogEvent {
                            level: Level::Info,
                            message: format!("conn {conn}: {e}"),
                            data: json!({"event": "ws_error", "conn": conn, "error": e.to_string()}),
                        });
                        break;
                    }
                };
                if persist {
                    shared.persist.notify_one();
                }
                if shared.stalled.lock().unwrap_or_else(|p| p.into_inner()).remove(&conn) {
                    shared.log.warn(
                        crate::fl!("cloud-log-stalled", conn = conn.to_string(), queued = MAX_QUEUED.to_string()),
                        json!({"event": "stalled", "conn": conn, "queued": MAX_QUEUED}),
                    );
                    break;
                }
            }
            _ = &mut writer => break,
        }
    }
    let mut inner = shared.lock();
    inner.peers.remove(&conn);
    shared
        .stalled
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .remove(&conn);
    inner.cloud.handle_event(Event::Closed(conn), now_secs());
    shared.drain(&mut inner);
    drop(inner);
    writer.abort();
}

async fn control_loop(listener: UnixListener, shared: Arc<Shared>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let shared = shared.clone();
        tokio::spawn(async move {
            let (r, mut w) = stream.into_split();
            let mut lines = BufReader::new(r).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                let answer = match handle_control(&line, &shared).await {
                    Ok(v) => json!({"ok": true, "result": v}),
                    Err(Refused::Text(e)) => json!({"ok": false, "error": e}),
                    Err(Refused::Admin(e)) => {
                        json!({"ok": false, "error": e.to_string(), "refusal": e})
                    }
                };
                let mut text = answer.to_string();
                text.push('\n');
                if w.write_all(text.as_bytes()).await.is_err() {
                    break;
                }
            }
        });
    }
}

/// Why a control request was refused: an operator action the cloud refused (sent as data,
/// for the client to say in its language), or anything else (sent as text).
enum Refused {
    Admin(AdminError),
    Text(String),
}

impl From<String> for Refused {
    fn from(s: String) -> Refused {
        Refused::Text(s)
    }
}

async fn handle_control(line: &str, shared: &Shared) -> Result<Value, Refused> {
    let admin = match control::parse(line)? {
        ControlRequest::Admin(a) => a,
        ControlRequest::PublishFile(p) => publish(p, shared).await?,
        ControlRequest::Frames(q) => return Ok(shared.frames.query(&q)),
    };
    let (result, persist) = {
        let mut inner = shared.lock();
        let result = inner
            .cloud
            .admin(admin, now_secs())
            .map_err(Refused::Admin)?;
        let persist = shared.drain(&mut inner);
        (result, persist)
    };
    // Saved before answering: once `cloud bind` returns, a restart keeps the binding.
    if persist {
        shared.save_now().map_err(|e| error_text(&e))?;
    }
    Ok(result)
}

/// Copies the image into the state dir (served over HTTP) and describes it.
async fn publish(p: PublishFile, shared: &Shared) -> Result<Admin, String> {
    let image = tokio::fs::read(&p.path)
        .await
        .map_err(|e| format!("reading {}: {e}", p.path.display()))?;
    if p.version.is_empty() || p.version.len() > 20 {
        return Err(format!(
            "firmware version {:?} must be 1 to 20 bytes ({} in the console)",
            p.version,
            errcode::INVALID_FIRMWARE_NAME
        ));
    }
    let name: String = p
        .version
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect::<String>()
        + ".bin";
    let dir = shared.state_dir.join("firmware");
    let url = match p.url {
        Some(u) => u,
        None => {
            std::fs::create_dir_all(&dir)
                .map_err(|e| format!("creating {}: {e}", dir.display()))?;
            crate::io::atomic::write(&dir.join(&name), &image, None)
                .map_err(|e| format!("writing {}: {e}", dir.join(&name).display()))?;
            format!("{}{name}", shared.firmware_url)
        }
    };
    Ok(Admin::PublishFirmware {
        firmware: Firmware::describe(&p.version, &image, &url),
    })
}

type Sink<S> =
    futures_util::stream::SplitSink<tokio_tungstenite::WebSocketStream<Dribble<S>>, Message>;

/// Writes one outbound frame (or several, for the adversarial kinds).
async fn write<S>(
    sink: &mut Sink<S>,
    msg: Outbound,
) -> Result<(), tokio_tungstenite::tungstenite::Error>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    use tokio_tungstenite::tungstenite::protocol::frame::Frame;
    use tokio_tungstenite::tungstenite::protocol::frame::coding::{Data, OpCode};
    match msg {
        Outbound::Text(t) => sink.send(Message::text(t)).await,
        Outbound::Binary(b) => sink.send(Message::binary(b)).await,
        Outbound::RawText(b) => {
            sink.send(Message::Frame(Frame::message(
                b,
                OpCode::Data(Data::Text),
                true,
            )))
            .await
        }
        Outbound::Fragmented(b) => {
            let chunks: Vec<&[u8]> = b.chunks(64 * 1024).collect();
            let last = chunks.len().saturating_sub(1);
            for (i, c) in chunks.into_iter().enumerate() {
                let op = if i == 0 { Data::Binary } else { Data::Continue };
                sink.feed(Message::Frame(Frame::message(
                    c.to_vec(),
                    OpCode::Data(op),
                    i == last,
                )))
                .await?;
            }
            sink.flush().await
        }
        Outbound::PingFlood(n) => {
            let payload = vec![b'p'; 125];
            for _ in 0..n {
                sink.feed(Message::Ping(payload.clone().into())).await?;
            }
            sink.flush().await
        }
        Outbound::Held(m) => Box::pin(write(sink, *m)).await,
        Outbound::Close => sink.send(Message::Close(None)).await,
    }
}

/// A reply (text without `cmd`, or a binary reply), as opposed to a push.
fn is_reply(msg: &Outbound) -> bool {
    match msg {
        Outbound::Text(t) => matches!(
            crate::core::wss::envelope::classify(t),
            Ok(crate::core::wss::envelope::Inbound::Reply(_))
        ),
        Outbound::Binary(_) | Outbound::Fragmented(_) | Outbound::RawText(_) => true,
        _ => false,
    }
}

/// The byte stream under the WebSocket. When `on`, every write carries at most one byte
/// and is flushed at once, so a frame reaches the device as one TCP segment (one TLS
/// record) per byte: the adversarial split-bytes mode.
struct Dribble<S> {
    inner: S,
    on: Arc<AtomicBool>,
}

impl<S: AsyncRead + Unpin> AsyncRead for Dribble<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut TaskContext<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Dribble<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut TaskContext<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        if !self.on.load(Ordering::Relaxed) || buf.is_empty() {
            return Pin::new(&mut self.inner).poll_write(cx, buf);
        }
        // One byte, pushed out before the next one is accepted.
        match Pin::new(&mut self.inner).poll_write(cx, &buf[..1]) {
            Poll::Ready(Ok(n)) => {
                let _ = Pin::new(&mut self.inner).poll_flush(cx);
                Poll::Ready(Ok(n))
            }
            other => other,
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: Pin<&mut Self>,
        cx: &mut TaskContext<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records the size of every write it is given.
    #[derive(Default)]
    struct Writes(Vec<usize>, usize);

    impl AsyncWrite for Writes {
        fn poll_write(
            mut self: Pin<&mut Self>,
            _: &mut TaskContext<'_>,
            buf: &[u8],
        ) -> Poll<std::io::Result<usize>> {
            self.0.push(buf.len());
            Poll::Ready(Ok(buf.len()))
        }
        fn poll_flush(
            mut self: Pin<&mut Self>,
            _: &mut TaskContext<'_>,
        ) -> Poll<std::io::Result<()>> {
            self.1 += 1;
            Poll::Ready(Ok(()))
        }
        fn poll_shutdown(
            self: Pin<&mut Self>,
            _: &mut TaskContext<'_>,
        ) -> Poll<std::io::Result<()>> {
            Poll::Ready(Ok(()))
        }
    }

    #[tokio::test]
    async fn dribble_writes_and_flushes_one_byte_at_a_time_when_on() {
        let on = Arc::new(AtomicBool::new(false));
        let mut d = Dribble {
            inner: Writes::default(),
            on: on.clone(),
        };
        d.write_all(b"frame").await.unwrap();
        assert_eq!(d.inner.0, [5]);
        on.store(true, Ordering::Relaxed);
        d.write_all(b"frame").await.unwrap();
        assert_eq!(d.inner.0, [5, 1, 1, 1, 1, 1]);
        assert_eq!(d.inner.1, 5, "each byte flushed");
    }
}
