//! Opening the WebSocket: TCP, TLS by rustls (ring) with the system roots plus the bundled
//! web roots plus an optional private CA, then the upgrade. There is deliberately no way to
//! skip certificate verification; plain `ws://` needs an explicit opt-in.

use crate::output::{ErrorCode, Failure};
use rustls::RootCertStore;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, ServerName};
use std::path::Path;
use std::sync::Arc;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::http::Uri;

/// Cap on bytes queued for the cloud: the largest upload (2 MiB) plus headroom.
pub const MAX_WRITE_BUFFER: usize = 4 << 20;

/// Any byte stream the WebSocket can run over (TLS or, when allowed, plain TCP).
pub trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

pub type Ws = WebSocketStream<Box<dyn Io>>;

/// Where to connect and how to trust it.
#[derive(Clone)]
pub struct Endpoint {
    pub url: String,
    host: String,
    port: u16,
    tls: Option<Arc<rustls::ClientConfig>>,
    /// Largest WebSocket message (and frame) accepted from the cloud.
    pub max_message: usize,
}

/// Default of [`Endpoint::max_message`]: the protocol's replies are small JSON and
/// login-QR images of a few KiB (the real limit is unknown, `wss.md` 14 #12).
pub const DEFAULT_MAX_MESSAGE: usize = 1 << 20;

/// Why a connection attempt failed, and whether retrying can help.
#[derive(Debug, Clone)]
pub struct ConnectError {
    pub failure: ConnectFailure,
    /// Where it failed, for the user's next step.
    pub step: ConnectStep,
    /// Certificate verification failed: retrying cannot fix that; the user must give the
    /// right `--ca-file` or endpoint.
    pub certificate: bool,
}

/// Why an attempt to open the WebSocket failed, as data. [`ConnectFailure::message`] says
/// it in the reader's language; [`ConnectFailure::stable`] is the English record that
/// `--json` (a `reconnecting` event's `reason`), the transcript and the ledger carry, the
/// same in every language. `error` is the system's or the TLS library's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConnectFailure {
    /// TCP connect failed (`addr` is `host:port`).
    CannotReach {
        addr: String,
        error: String,
    },
    /// The host is not a name TLS can check.
    BadHost {
        host: String,
        error: String,
    },
    Tls {
        host: String,
        error: String,
    },
    Upgrade {
        error: String,
    },
    /// The run's deadline passed before any attempt finished.
    Deadline {
        url: String,
    },
    /// The run's deadline (`--timeout`) cut an attempt short.
    CutShort {
        addr: String,
    },
    /// One attempt took longer than its own limit.
    Within {
        addr: String,
        secs: u64,
    },
}

impl ConnectFailure {
    /// The failure in the reader's language.
    pub fn message(&self) -> String {
        use ConnectFailure::*;
        match self {
            CannotReach { addr, error } => crate::fl!(
                "rest-transport-cannot-reach",
                addr = addr.clone(),
                error = error.clone()
            ),
            BadHost { host, error } => crate::fl!(
                "rest-transport-bad-host",
                host = format!("{host:?}"),
                error = error.clone()
            ),
            Tls { host, error } => crate::fl!(
                "rest-transport-tls-failed",
                host = host.clone(),
                error = error.clone()
            ),
            Upgrade { error } => {
                crate::fl!("rest-transport-upgrade-failed", error = error.clone())
            }
            Deadline { url } => crate::fl!("fmt-no-connection-deadline", url = url.clone()),
            CutShort { addr } => crate::fl!("fmt-no-connection-timeout", addr = addr.clone()),
            Within { addr, secs } => crate::fl!(
                "fmt-no-connection-within",
                addr = addr.clone(),
                secs = secs.to_string()
            ),
        }
    }

    /// The stable English record (see the type).
    pub fn stable(&self) -> String {
        use ConnectFailure::*;
        match self {
            CannotReach { addr, error } => format!("cannot reach {addr}: {error}"),
            BadHost { host, error } => format!("bad host name {host:?}: {error}"),
            Tls { host, error } => format!("TLS handshake with {host} failed: {error}"),
            Upgrade { error } => format!("WebSocket upgrade failed: {error}"),
            Deadline { url } => format!("no connection to {url} before the deadline"),
            CutShort { addr } => {
                format!("no connection to {addr} before the deadline (--timeout)")
            }
            Within { addr, secs } => format!("no connection to {addr} within {secs} s"),
        }
    }
}

impl ConnectError {
    /// A failure that is not about certificates.
    pub fn plain(step: ConnectStep, failure: ConnectFailure) -> ConnectError {
        ConnectError {
            failure,
            step,
            certificate: false,
        }
    }

    /// The failure in the reader's language.
    pub fn message(&self) -> String {
        self.failure.message()
    }
}

/// The steps of opening the WebSocket, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnectStep {
    /// Name resolution and TCP connect.
    Tcp,
    Tls,
    /// The HTTP upgrade to WebSocket.
    Upgrade,
    /// No answer within the per-attempt timeout (whichever step it was at).
    Timeout,
}

impl std::fmt::Display for ConnectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl Endpoint {
    /// Parses `wss://host[:port]/path` (or `ws://` when `allow_plain`) and builds the TLS
    /// configuration once.
    pub fn new(url: &str, ca_file: Option<&Path>, allow_plain: bool) -> Result<Endpoint, Failure> {
        let quoted = format!("{url:?}");
        let bad = |message: String| Failure::new(ErrorCode::UsageBadValue, message);
        let uri: Uri = url.parse().map_err(|e| {
            bad(crate::fl!("connect-endpoint-not-url", url = quoted.clone())).with_source(e)
        })?;
        let scheme = uri.scheme_str().unwrap_or("");
        let host = uri
            .host()
            .ok_or_else(|| bad(crate::fl!("connect-endpoint-no-host", url = quoted.clone())))?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        let (tls, default_port) = match scheme {
            "wss" => (Some(Arc::new(client_config(ca_file)?)), 443),
            "ws" if allow_plain => (None, 80),
            "ws" => return Err(bad(crate::fl!("connect-endpoint-plain", url = quoted))),
            _ => return Err(bad(crate::fl!("connect-endpoint-scheme", url = quoted))),
        };
        if ca_file.is_some() && tls.is_none() {
            return Err(Failure::new(
                ErrorCode::UsageBadCombination,
                crate::fl!("connect-ca-file-plain"),
            ));
        }
        Ok(Endpoint {
            url: url.to_owned(),
            port: uri.port_u16().unwrap_or(default_port),
            host,
            tls,
            max_message: DEFAULT_MAX_MESSAGE,
        })
    }

    pub fn host(&self) -> &str {
        &self.host
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `host:port`, as a failure names it.
    pub fn addr(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }

    pub fn is_tls(&self) -> bool {
        self.tls.is_some()
    }

    /// The TLS configuration (same roots) for other downloads, e.g. firmware over https.
    pub fn tls_config(&self, ca_file: Option<&Path>) -> Result<Arc<rustls::ClientConfig>, Failure> {
        match &self.tls {
            Some(c) => Ok(c.clone()),
            None => Ok(Arc::new(client_config(ca_file)?)),
        }
    }

    /// TCP connect, TLS handshake, WebSocket upgrade (no subprotocol, `wss.md` 1).
    pub async fn connect(&self) -> Result<Ws, ConnectError> {
        let plain = ConnectError::plain;
        let tcp = TcpStream::connect((self.host.as_str(), self.port))
            .await
            .map_err(|e| {
                plain(
                    ConnectStep::Tcp,
                    ConnectFailure::CannotReach {
                        addr: self.addr(),
                        error: e.to_string(),
                    },
                )
            })?;
        let _ = tcp.set_nodelay(true);
        let stream: Box<dyn Io> = match &self.tls {
            None => Box::new(tcp),
            Some(cfg) => {
                let name = ServerName::try_from(self.host.clone()).map_err(|e| {
                    plain(
                        ConnectStep::Tls,
                        ConnectFailure::BadHost {
                            host: self.host.clone(),
                            error: e.to_string(),
                        },
                    )
                })?;
                let tls = tokio_rustls::TlsConnector::from(cfg.clone())
                    .connect(name, tcp)
                    .await
                    .map_err(|e| {
                        let certificate = e
                            .get_ref()
                            .and_then(|i| i.downcast_ref::<rustls::Error>())
                            .is_some_and(|r| {
                                matches!(
                                    r,
                                    rustls::Error::InvalidCertificate(_)
                                        | rustls::Error::NoCertificatesPresented
                                )
                            });
                        ConnectError {
                            failure: ConnectFailure::Tls {
                                host: self.host.clone(),
                                error: e.to_string(),
                            },
                            step: ConnectStep::Tls,
                            certificate,
                        }
                    })?;
                Box::new(tls)
            }
        };
        // Bounded memory whatever the cloud sends: one frame or one message (fragments
        // included) over `max_message` fails the connection before it is buffered, and
        // queued writes (our pongs and requests) are capped as well.
        let config = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
            .max_message_size(Some(self.max_message))
            .max_frame_size(Some(self.max_message))
            .max_write_buffer_size(MAX_WRITE_BUFFER);
        let (ws, _resp) =
            tokio_tungstenite::client_async_with_config(self.url.as_str(), stream, Some(config))
                .await
                .map_err(|e| {
                    plain(
                        ConnectStep::Upgrade,
                        ConnectFailure::Upgrade {
                            error: e.to_string(),
                        },
                    )
                })?;
        Ok(ws)
    }
}

/// System roots (rustls-native-certs) plus the bundled Mozilla roots (webpki-roots), plus
/// every certificate of `ca_file`; verification is always on.
fn client_config(ca_file: Option<&Path>) -> Result<rustls::ClientConfig, Failure> {
    let (roots, _) = root_store(ca_file)?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| {
            Failure::caused_by(
                ErrorCode::InternalBug,
                crate::fl!("rest-transport-tls-config"),
                e,
            )
        })?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

/// The trust store every wss connection uses: the bundled Mozilla roots, the system's
/// roots and the certificates of `ca_file`. Also returns how many system roots were found
/// (`doctor` reports which trust store was used).
pub fn root_store(ca_file: Option<&Path>) -> Result<(RootCertStore, usize), Failure> {
    let mut roots = RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    // Unreadable system certificates are not fatal: the bundled roots still apply.
    let native = rustls_native_certs::load_native_certs();
    let (system, _) = roots.add_parsable_certificates(native.certs);
    if let Some(path) = ca_file {
        let shown = path.display().to_string();
        let bad = |id: String| Failure::new(ErrorCode::UsageBadValue, id);
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
            .map_err(|e| {
                Failure::caused_by(
                    ErrorCode::IoReadFailed,
                    crate::fl!("connect-ca-file-unreadable", path = shown.clone()),
                    e,
                )
            })?
            .collect::<Result<_, _>>()
            .map_err(|e| {
                bad(crate::fl!("connect-ca-file-not-pem", path = shown.clone())).with_source(e)
            })?;
        if certs.is_empty() {
            return Err(bad(crate::fl!("connect-ca-file-empty", path = shown)));
        }
        for c in certs {
            roots.add(c).map_err(|e| {
                bad(crate::fl!("connect-ca-file-unusable", path = shown.clone())).with_source(e)
            })?;
        }
    }
    Ok((roots, system))
}
