//! The real `wecom-hw cloud serve` as a child process on 127.0.0.1 port 0 (TLS with the CA
//! it generates), as a user starts it in a terminal: the cloud tests talk to it with the
//! raw client below, the connect, crash and secret tests run the real device against it
//! (`support::connect`).
//!
//! The raw client is a device-side WebSocket written here — tokio-tungstenite over
//! tokio-rustls trusting the emulator's CA, JSON built by hand, the signature computed
//! here from the spec's rule — so the emulator and our device code cannot share a mistake.

use futures_util::{SinkExt, StreamExt};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use serde_json::{Value, json};
use sha1::{Digest, Sha1};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{WebSocketStream, client_async};

/// The units every emulator of these tests knows (its `--devices` file).
pub const SN: &str = "E30000000001";
pub const SECRET_NO: &str = "708d0b6f4d4bd97e5d4eb1cb47d260ac";
pub const SEED_SN: &str = "S30000000001";
pub const SEED: &str = "dbd7f84e64ec64708df6df39aadfb039";
/// Known to the cloud but never bound by the tests that use it.
pub const SN2: &str = "E30000000002";
pub const SECRET_NO2: &str = "11112222333344445555666677778888";

pub fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("wecom-hw")
}

pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// `wss.md` 3.1, written out again: sort byte-wise, concatenate, SHA-1, lowercase hex.
pub fn signature(values: &[&str]) -> String {
    let mut v: Vec<&str> = values.to_vec();
    v.sort();
    let mut h = Sha1::new();
    for s in v {
        h.update(s.as_bytes());
    }
    hex::encode(h.finalize())
}

pub fn signed_body(sn: &str, secret: &str, scene: &str, ts: u64) -> Value {
    let nonce: u64 = 123456;
    let sig = signature(&[sn, secret, &ts.to_string(), &nonce.to_string(), scene]);
    json!({"sn": sn, "nonce": nonce, "timestamp": ts, "device_signature": sig})
}

/// Lines of a child's stream, collected by a thread.
#[derive(Clone, Default)]
pub struct Lines(Arc<Mutex<Vec<String>>>);

impl Lines {
    /// Collects the lines of `r` from now on, each also sent to `tx` if given.
    pub(super) fn follow(
        &self,
        r: impl std::io::Read + Send + 'static,
        tx: Option<std::sync::mpsc::Sender<String>>,
    ) {
        let me = self.clone();
        std::thread::spawn(move || {
            for l in BufReader::new(r).lines() {
                let Ok(l) = l else { break };
                if let Some(tx) = &tx {
                    let _ = tx.send(l.clone());
                }
                me.0.lock().unwrap().push(l);
            }
        });
    }

    pub fn text(&self) -> String {
        self.0.lock().unwrap().join("\n")
    }

    pub fn json(&self) -> Vec<Value> {
        self.0
            .lock()
            .unwrap()
            .iter()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }
}

/// Polls `f` every 50 ms until it holds, at most `secs` seconds.
pub fn wait_until(secs: u64, what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Ctrl-C (SIGINT) to `child`, then waits at most `secs` seconds for it to exit.
pub(super) fn interrupt(child: &mut Child, secs: u64) -> std::process::ExitStatus {
    let pid = child.id().to_string();
    let _ = Command::new("kill").args(["-INT", &pid]).status();
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(s) = child.try_wait().unwrap() {
            return s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("process {pid} did not stop on SIGINT");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A running `cloud serve`; killed when dropped.
pub struct Cloud {
    pub dir: tempfile::TempDir,
    /// Its `--state-dir` (`state/` in `dir`).
    pub state: PathBuf,
    pub url: String,
    /// The CA it generated; `None` with `--insecure-plain`.
    pub ca: Option<PathBuf>,
    pub out: Lines,
    pub err: Lines,
    child: Child,
}

impl Cloud {
    pub fn start(extra: &[&str]) -> Cloud {
        let dir = tempfile::tempdir().unwrap();
        Cloud::start_in(dir, extra)
    }

    /// Starts in `dir` (its `state/` keeps the emulator state across restarts).
    pub fn start_in(dir: tempfile::TempDir, extra: &[&str]) -> Cloud {
        let devices = dir.path().join("devices.csv");
        std::fs::write(
            &devices,
            format!(
                "sn,secret_no,seed\n{SN},{SECRET_NO},no\n{SEED_SN},{SEED},yes\n{SN2},{SECRET_NO2},no\n"
            ),
        )
        .unwrap();
        let state = dir.path().join("state");
        let mut child = Command::new(bin())
            .args(["--lang", "en", "--json", "cloud", "--state-dir"])
            .arg(&state)
            .args(["serve", "--listen", "127.0.0.1:0", "--devices"])
            .arg(&devices)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (out, err) = (Lines::default(), Lines::default());
        let (tx, rx) = std::sync::mpsc::channel();
        out.follow(child.stdout.take().unwrap(), Some(tx));
        err.follow(child.stderr.take().unwrap(), None);
        let first = rx
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|_| panic!("cloud serve printed nothing; stderr: {}", err.text()));
        let first: Value = serde_json::from_str(&first).unwrap();
        assert_eq!(first["event"], "listening", "{first}");
        Cloud {
            url: first["url"].as_str().unwrap().to_owned(),
            ca: first["ca_file"].as_str().map(PathBuf::from),
            dir,
            state,
            out,
            err,
            child,
        }
    }

    /// The CA file to trust; the cloud must serve TLS.
    pub fn ca_file(&self) -> &Path {
        self.ca
            .as_deref()
            .expect("a TLS cloud (started without --insecure-plain)")
    }

    /// `wecom-hw cloud --state-dir <state> ARGS`, as the admin in a third terminal.
    pub fn admin(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        assert_cmd::Command::new(bin())
            .args(["--lang", "en", "cloud", "--state-dir"])
            .arg(&self.state)
            .args(args)
            .timeout(Duration::from_secs(30))
            .assert()
    }

    pub fn admin_json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.admin(&all).success().get_output().stdout.clone();
        serde_json::from_slice(&out).unwrap()
    }

    /// NDJSON events logged so far.
    pub fn events(&self) -> Vec<Value> {
        self.out.json()
    }

    /// Waits (bounded) until an event matching `f` has been logged.
    pub fn wait_event(&self, f: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(e) = self.events().into_iter().find(|e| f(e)) {
                return e;
            }
            assert!(
                Instant::now() < deadline,
                "event not seen; got {:?}",
                self.events()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Everything the emulator printed so far.
    pub fn all_output(&self) -> String {
        format!("{}\n{}", self.out.text(), self.err.text())
    }

    /// Stops it the way Ctrl-C would (SIGINT), waits, and hands back its directory.
    pub fn stop(mut self) -> tempfile::TempDir {
        interrupt(&mut self.child, 10);
        let dir = tempfile::tempdir().unwrap();
        std::mem::replace(&mut self.dir, dir)
    }

    /// A raw client connected to it.
    pub async fn client(&self) -> Client {
        Client::connect(&self.url, self.ca.as_deref())
            .await
            .expect("connect")
    }
}

impl Drop for Cloud {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub enum Stream {
    Tls(Box<WebSocketStream<tokio_rustls::client::TlsStream<TcpStream>>>),
    Plain(Box<WebSocketStream<TcpStream>>),
}

/// A raw device-side WebSocket.
pub struct Client {
    ws: Stream,
    n: u64,
}

#[derive(Debug)]
pub enum Frame {
    Text(Value),
    Binary(Vec<u8>),
    Pong,
    Closed,
}

pub fn tls_config(ca: &Path) -> Arc<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    for c in CertificateDer::pem_file_iter(ca).unwrap() {
        roots.add(c.unwrap()).unwrap();
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Arc::new(
        rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth(),
    )
}

impl Client {
    pub async fn connect(url: &str, ca: Option<&Path>) -> Result<Client, String> {
        let hostport = url
            .trim_start_matches("wss://")
            .trim_start_matches("ws://")
            .trim_end_matches('/');
        let tcp = TcpStream::connect(hostport)
            .await
            .map_err(|e| e.to_string())?;
        let ws = match ca {
            Some(ca) => {
                let conn = tokio_rustls::TlsConnector::from(tls_config(ca));
                let name = ServerName::try_from("127.0.0.1").unwrap();
                let tls = conn
                    .connect(name, tcp)
                    .await
                    .map_err(|e| format!("TLS: {e}"))?;
                let (ws, _) = client_async(url, tls).await.map_err(|e| e.to_string())?;
                Stream::Tls(Box::new(ws))
            }
            None => {
                let (ws, _) = client_async(url, tcp).await.map_err(|e| e.to_string())?;
                Stream::Plain(Box::new(ws))
            }
        };
        Ok(Client { ws, n: 0 })
    }

    pub async fn send(&mut self, m: Message) {
        match &mut self.ws {
            Stream::Tls(w) => w.send(m).await.unwrap(),
            Stream::Plain(w) => w.send(m).await.unwrap(),
        }
    }

    /// Like [`send`](Self::send), but false instead of a panic when the peer has gone.
    pub async fn try_send(&mut self, m: Message) -> bool {
        match &mut self.ws {
            Stream::Tls(w) => w.send(m).await.is_ok(),
            Stream::Plain(w) => w.send(m).await.is_ok(),
        }
    }

    pub async fn send_text(&mut self, t: &str) {
        self.send(Message::text(t.to_owned())).await
    }

    /// Next frame within `secs` seconds; `None` on timeout.
    pub async fn recv_within(&mut self, ms: u64) -> Option<Frame> {
        let fut = async {
            loop {
                let m = match &mut self.ws {
                    Stream::Tls(w) => w.next().await,
                    Stream::Plain(w) => w.next().await,
                };
                return match m {
                    Some(Ok(Message::Text(t))) => {
                        Frame::Text(serde_json::from_str(t.as_str()).expect("JSON text"))
                    }
                    Some(Ok(Message::Binary(b))) => Frame::Binary(b.to_vec()),
                    Some(Ok(Message::Pong(_))) => Frame::Pong,
                    Some(Ok(Message::Ping(_) | Message::Frame(_))) => continue,
                    Some(Ok(Message::Close(_))) | None | Some(Err(_)) => Frame::Closed,
                };
            }
        };
        tokio::time::timeout(Duration::from_millis(ms), fut)
            .await
            .ok()
    }

    pub async fn recv(&mut self) -> Frame {
        self.recv_within(10_000).await.expect("a frame within 10 s")
    }

    pub async fn recv_text(&mut self) -> Value {
        match self.recv().await {
            Frame::Text(v) => v,
            other => panic!("expected text, got {other:?}"),
        }
    }

    /// Sends `{"cmd", "headers":{"req_id"}, "body"}` and returns the req_id used.
    pub async fn request(&mut self, cmd: &str, body: Option<Value>) -> String {
        self.n += 1;
        let req_id = format!("{cmd}-{}", self.n);
        let mut v = json!({"cmd": cmd, "headers": {"req_id": req_id}});
        if let Some(b) = body {
            v["body"] = b;
        }
        self.send_text(&v.to_string()).await;
        req_id
    }

    /// Request, then the next text frame, which must be the reply to it.
    pub async fn call(&mut self, cmd: &str, body: Option<Value>) -> Value {
        let id = self.request(cmd, body).await;
        let r = self.recv_text().await;
        assert!(
            r.get("cmd").is_none(),
            "expected the reply to {cmd}, got push {r}"
        );
        assert_eq!(r["headers"]["req_id"], id.as_str(), "{r}");
        r
    }

    pub async fn register(&mut self, sn: &str, secret_no: &str) -> Value {
        self.call(
            "register",
            Some(signed_body(sn, secret_no, "register", now())),
        )
        .await
    }

    /// register → (bind must already be done) active → subscribe; returns the secret.
    pub async fn login_bound(&mut self) -> String {
        let r = self.register(SN, SECRET_NO).await;
        assert_eq!(r["errcode"], 0, "{r}");
        let ac = r["body"]["active_code"].as_str().unwrap().to_owned();
        let r = self.call("active", Some(json!({"active_code": ac}))).await;
        assert_eq!(r["errcode"], 0, "{r}");
        let secret = r["body"]["secret"].as_str().unwrap().to_owned();
        let r = self
            .call(
                "subscribe_corp",
                Some(json!({"secret": secret, "firmware_version": "1.0.0"})),
            )
            .await;
        assert_eq!(r["errcode"], 0, "{r}");
        secret
    }
}

pub fn code(v: &Value) -> i64 {
    v["errcode"].as_i64().unwrap()
}
