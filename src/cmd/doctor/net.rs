//! The clock and network checks: one walk to the endpoint — DNS, TCP, TLS, the WebSocket
//! upgrade, `get_timestamp` — timing each step, keeping the server's certificate chain
//! even when it does not verify (to name its issuer), and the proxy variables in effect.
//! The same trust store as `connect` (system roots, bundled Mozilla roots, `--ca-file`).

use crate::core::doctor::{self, Check, Status};
use crate::fl;
use crate::output::ErrorCode;
use futures_util::{SinkExt, StreamExt};
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::http::Uri;

/// The endpoint to walk to, parsed.
#[derive(Debug, Clone)]
pub struct Target {
    pub url: String,
    pub host: String,
    pub port: u16,
    pub tls: bool,
}

/// Parses `wss://host[:port]/path` (or `ws://`, for a plain local emulator). `None`: not
/// such a URL.
pub fn target(url: &str) -> Option<Target> {
    let uri: Uri = url.parse().ok()?;
    let tls = match uri.scheme_str()? {
        "wss" => true,
        "ws" => false,
        _ => return None,
    };
    let host = uri
        .host()?
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_owned();
    Some(Target {
        url: url.to_owned(),
        port: uri.port_u16().unwrap_or(if tls { 443 } else { 80 }),
        host,
        tls,
    })
}

/// The proxy variables a program would pick up. wecom-hw connects directly, so a set
/// variable is a warning: where only the proxy may reach the internet, connect fails.
pub fn proxy_check(var: impl Fn(&str) -> Option<String>) -> Check {
    const NAME: &str = "network.proxy";
    let set: Vec<String> = [
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "HTTP_PROXY",
        "http_proxy",
    ]
    .iter()
    .filter_map(|n| {
        var(n)
            .filter(|v| !v.is_empty())
            .map(|v| format!("{n}={}", doctor::redact_userinfo(&v)))
    })
    .collect();
    if set.is_empty() {
        return Check::ok(NAME, fl!("doctor-proxy-none"));
    }
    Check::warn(
        NAME,
        ErrorCode::NetProxyIgnored,
        fl!("doctor-proxy-set", vars = set.join(", ")),
        fl!("doctor-proxy-hint"),
    )
}

/// Everything learnt on the walk: the network checks and the clock check.
pub struct Walk {
    pub network: Vec<Check>,
    pub clock: Check,
}

fn ms(d: Duration) -> String {
    format!("{}", d.as_millis())
}

fn now_secs_f64() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// Walks to the endpoint. Each step has `timeout`; a failed step fails its check and
/// skips the ones after it.
pub async fn walk(t: &Target, ca_file: Option<&Path>, timeout: Duration) -> Walk {
    let mut network = Vec::new();
    let mut clock = Check::skip("clock", fl!("doctor-clock-unmeasured"));
    let skip_rest = |network: &mut Vec<Check>, from: usize| {
        for name in &[
            "network.dns",
            "network.tcp",
            "network.tls",
            "network.websocket",
        ][from..]
        {
            network.push(Check::skip(name, fl!("doctor-skip-after-failure")));
        }
    };
    let endpoint = format!("{}:{}", t.host, t.port);

    // DNS
    let start = Instant::now();
    let addrs: Vec<SocketAddr> =
        match tokio::time::timeout(timeout, tokio::net::lookup_host((t.host.as_str(), t.port)))
            .await
        {
            Ok(Ok(a)) => a.collect(),
            Ok(Err(e)) => {
                network.push(Check::fail(
                    "network.dns",
                    ErrorCode::NetDnsFailed,
                    fl!(
                        "doctor-dns-failed",
                        host = t.host.clone(),
                        error = e.to_string()
                    ),
                    fl!("doctor-dns-hint", host = t.host.clone()),
                ));
                skip_rest(&mut network, 1);
                return Walk { network, clock };
            }
            Err(_) => Vec::new(),
        };
    if addrs.is_empty() {
        network.push(Check::fail(
            "network.dns",
            ErrorCode::NetDnsFailed,
            fl!(
                "doctor-dns-none",
                host = t.host.clone(),
                ms = ms(start.elapsed())
            ),
            fl!("doctor-dns-hint", host = t.host.clone()),
        ));
        skip_rest(&mut network, 1);
        return Walk { network, clock };
    }
    let shown: Vec<String> = addrs.iter().map(|a| a.ip().to_string()).collect();
    network.push(Check::ok(
        "network.dns",
        fl!(
            "doctor-dns-ok",
            host = t.host.clone(),
            addrs = shown.join(", "),
            ms = ms(start.elapsed())
        ),
    ));

    // TCP
    let start = Instant::now();
    let mut tcp = None;
    let mut last_err = String::from("timeout");
    for a in &addrs {
        match tokio::time::timeout(timeout, TcpStream::connect(a)).await {
            Ok(Ok(s)) => {
                tcp = Some((s, *a));
                break;
            }
            Ok(Err(e)) => last_err = e.to_string(),
            Err(_) => last_err = fl!("doctor-timed-out", secs = timeout.as_secs()),
        }
    }
    let Some((tcp, addr)) = tcp else {
        network.push(Check::fail(
            "network.tcp",
            ErrorCode::NetUnreachable,
            fl!(
                "doctor-tcp-failed",
                endpoint = endpoint.clone(),
                error = last_err
            ),
            fl!("doctor-tcp-hint", endpoint = endpoint.clone()),
        ));
        skip_rest(&mut network, 2);
        return Walk { network, clock };
    };
    let _ = tcp.set_nodelay(true);
    network.push(Check::ok(
        "network.tcp",
        fl!(
            "doctor-tcp-ok",
            addr = addr.to_string(),
            ms = ms(start.elapsed())
        ),
    ));

    // TLS
    let stream: Box<dyn crate::net::client::transport::Io>;
    let mut tls_config = None;
    if t.tls {
        let start = Instant::now();
        let (roots, system) = match crate::net::client::transport::root_store(ca_file) {
            Ok(r) => r,
            Err(e) => {
                network.push(Check::fail(
                    "network.tls",
                    ErrorCode::NetTlsUntrusted,
                    format!("{e:#}"),
                    fl!("doctor-ca-file-hint"),
                ));
                skip_rest(&mut network, 3);
                return Walk { network, clock };
            }
        };
        let trust = match ca_file {
            Some(p) => fl!(
                "doctor-trust-with-ca",
                system = system,
                file = p.display().to_string()
            ),
            None => fl!("doctor-trust", system = system),
        };
        let seen = Arc::new(Mutex::new(Vec::new()));
        let config = match recording_config(roots, seen.clone()) {
            Ok(c) => Arc::new(c),
            Err(e) => {
                network.push(Check::fail(
                    "network.tls",
                    ErrorCode::NetTlsUntrusted,
                    e.to_string(),
                    fl!("doctor-ca-file-hint"),
                ));
                skip_rest(&mut network, 3);
                return Walk { network, clock };
            }
        };
        tls_config = Some(config.clone());
        let Ok(name) = ServerName::try_from(t.host.clone()) else {
            network.push(Check::fail(
                "network.tls",
                ErrorCode::NetTlsUntrusted,
                fl!("doctor-tls-bad-name", host = t.host.clone()),
                fl!("doctor-ca-file-hint"),
            ));
            skip_rest(&mut network, 3);
            return Walk { network, clock };
        };
        let result = tokio::time::timeout(
            timeout,
            tokio_rustls::TlsConnector::from(config).connect(name, tcp),
        )
        .await;
        let chain = seen.lock().map(|c| c.clone()).unwrap_or_default();
        let leaf = chain.first().and_then(|c| cert_info(c));
        match result {
            Ok(Ok(s)) => {
                let leaf = leaf.unwrap_or_default();
                let days = leaf.days_left();
                let value = fl!(
                    "doctor-tls-ok",
                    issuer = leaf.issuer.clone(),
                    days = days,
                    sni = t.host.clone(),
                    trust = trust,
                    ms = ms(start.elapsed())
                );
                // Trusted only through a root this machine added (a company CA in the
                // system store): what TLS-inspecting firewalls and proxies need.
                let inspected = !verifies_without_system_roots(&chain, &t.host, ca_file);
                network.push(match doctor::cert_expiry_status(days) {
                    Status::Ok if inspected => Check::warn(
                        "network.tls",
                        ErrorCode::NetTlsUntrusted,
                        fl!("doctor-tls-system-only", value = value),
                        fl!("doctor-tls-untrusted-hint", host = t.host.clone()),
                    ),
                    Status::Ok => Check::ok("network.tls", value),
                    status => Check::bad(
                        "network.tls",
                        status,
                        ErrorCode::NetTlsUntrusted,
                        value,
                        fl!("doctor-tls-expiry-hint", host = t.host.clone()),
                    ),
                });
                stream = Box::new(s);
            }
            Ok(Err(e)) => {
                let issuer = leaf
                    .map(|l| l.issuer)
                    .unwrap_or_else(|| fl!("doctor-tls-no-certificate"));
                let certificate = e
                    .get_ref()
                    .and_then(|i| i.downcast_ref::<rustls::Error>())
                    .is_some_and(|r| matches!(r, rustls::Error::InvalidCertificate(_)));
                let (value, hint) = if certificate {
                    (
                        fl!(
                            "doctor-tls-untrusted",
                            issuer = issuer,
                            error = e.to_string(),
                            trust = trust
                        ),
                        fl!("doctor-tls-untrusted-hint", host = t.host.clone()),
                    )
                } else {
                    (
                        fl!("doctor-tls-failed", error = e.to_string()),
                        fl!("doctor-tcp-hint", endpoint = endpoint.clone()),
                    )
                };
                network.push(Check::fail(
                    "network.tls",
                    ErrorCode::NetTlsUntrusted,
                    value,
                    hint,
                ));
                skip_rest(&mut network, 3);
                return Walk { network, clock };
            }
            Err(_) => {
                network.push(Check::fail(
                    "network.tls",
                    ErrorCode::NetUnreachable,
                    fl!("doctor-timed-out", secs = timeout.as_secs()),
                    fl!("doctor-tcp-hint", endpoint = endpoint.clone()),
                ));
                skip_rest(&mut network, 3);
                return Walk { network, clock };
            }
        }
    } else {
        network.push(Check::skip("network.tls", fl!("doctor-tls-plain")));
        stream = Box::new(tcp);
    }

    // The WebSocket upgrade.
    let start = Instant::now();
    let upgraded =
        tokio::time::timeout(timeout, tokio_tungstenite::client_async(&t.url, stream)).await;
    let (mut ws, date) = match upgraded {
        Ok(Ok((ws, resp))) => {
            let date = resp
                .headers()
                .get("date")
                .and_then(|v| v.to_str().ok())
                .and_then(parse_http_date);
            network.push(Check::ok(
                "network.websocket",
                fl!("doctor-ws-ok", ms = ms(start.elapsed())),
            ));
            (ws, date)
        }
        other => {
            let error = match other {
                Ok(Err(e)) => e.to_string(),
                _ => fl!("doctor-timed-out", secs = timeout.as_secs()),
            };
            network.push(Check::fail(
                "network.websocket",
                ErrorCode::NetUnreachable,
                fl!("doctor-ws-failed", error = error),
                fl!("doctor-ws-hint", url = t.url.clone()),
            ));
            if let Some(cfg) = tls_config {
                clock = http_date_clock(t, cfg, timeout).await.unwrap_or(clock);
            }
            return Walk { network, clock };
        }
    };

    // The cloud's clock: get_timestamp, timed so the skew is against the middle of the
    // round trip.
    let before = now_secs_f64();
    let asked = async {
        ws.send(Message::text(
            r#"{"cmd":"get_timestamp","headers":{"req_id":"doctor-1"}}"#,
        ))
        .await
        .ok()?;
        while let Some(Ok(m)) = ws.next().await {
            if let Message::Text(t) = m {
                let v: serde_json::Value = serde_json::from_str(t.as_str()).ok()?;
                if v["headers"]["req_id"] == "doctor-1" {
                    return v["body"]["timestamp"].as_u64();
                }
            }
        }
        None
    };
    let ts = tokio::time::timeout(timeout, asked).await.ok().flatten();
    let after = now_secs_f64();
    let _ = ws.close(None).await;
    clock = match ts {
        Some(ts) => clock_check(ts as f64 - (before + after) / 2.0, "get_timestamp"),
        None => match date {
            Some(d) => clock_check(d as f64 - after, "HTTP Date"),
            None => match tls_config {
                Some(cfg) => http_date_clock(t, cfg, timeout).await.unwrap_or(clock),
                None => clock,
            },
        },
    };
    Walk { network, clock }
}

/// [`walk`] from synchronous code (a station's preflight): `None` when `url` is not a
/// `wss://` or `ws://` URL.
pub fn walk_blocking(url: &str, ca_file: Option<&Path>, timeout: Duration) -> Option<Walk> {
    let t = target(url)?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    Some(rt.block_on(walk(&t, ca_file, timeout)))
}

/// The clock check for a measured skew (cloud minus local, seconds).
pub fn clock_check(skew: f64, source: &str) -> Check {
    let skew = skew.round() as i64;
    let value = fl!(
        "doctor-clock-skew",
        skew = format!("{skew:+}"),
        source = source.to_owned()
    );
    match doctor::clock_status(skew) {
        Status::Ok => Check::ok("clock", value),
        status => Check::bad(
            "clock",
            status,
            ErrorCode::ClockSkewed,
            value,
            if status == Status::Fail {
                fl!("doctor-clock-fail-hint", skew = skew)
            } else {
                fl!("doctor-clock-warn-hint")
            },
        ),
    }
}

/// The fallback clock: the `Date` header of a plain HTTPS request to the endpoint's host
/// (a second's resolution, enough for a 30 s limit).
async fn http_date_clock(
    t: &Target,
    cfg: Arc<rustls::ClientConfig>,
    timeout: Duration,
) -> Option<Check> {
    let go = async {
        let tcp = TcpStream::connect((t.host.as_str(), t.port)).await.ok()?;
        let name = ServerName::try_from(t.host.clone()).ok()?;
        let mut s = tokio_rustls::TlsConnector::from(cfg)
            .connect(name, tcp)
            .await
            .ok()?;
        let req = format!(
            "HEAD / HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            t.host
        );
        s.write_all(req.as_bytes()).await.ok()?;
        let mut buf = Vec::new();
        let mut chunk = [0u8; 2048];
        while buf.len() < 16 * 1024 {
            let n = s.read(&mut chunk).await.ok()?;
            if n == 0 {
                break;
            }
            buf.extend_from_slice(&chunk[..n]);
            if buf.windows(4).any(|w| w == b"\r\n\r\n") {
                break;
            }
        }
        let text = String::from_utf8_lossy(&buf);
        text.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("date")
                .then(|| parse_http_date(v.trim()))
                .flatten()
        })
    };
    let date = tokio::time::timeout(timeout, go).await.ok().flatten()?;
    Some(clock_check(date as f64 - now_secs_f64(), "HTTP Date"))
}

/// `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110's IMF-fixdate) → Unix seconds.
pub fn parse_http_date(s: &str) -> Option<i64> {
    let fmt = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    time::PrimitiveDateTime::parse(s.trim(), fmt)
        .ok()
        .map(|t| t.assume_utc().unix_timestamp())
}

/// What the checklist says about a certificate.
#[derive(Debug, Clone, Default)]
struct CertInfo {
    issuer: String,
    not_after: i64,
}

impl CertInfo {
    fn days_left(&self) -> i64 {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        (self.not_after - now).div_euclid(86_400)
    }
}

fn cert_info(der: &CertificateDer<'_>) -> Option<CertInfo> {
    use x509_cert::der::Decode;
    let c = x509_cert::Certificate::from_der(der.as_ref()).ok()?;
    Some(CertInfo {
        issuer: common_name(&c.tbs_certificate.issuer.to_string()),
        not_after: c
            .tbs_certificate
            .validity
            .not_after
            .to_unix_duration()
            .as_secs() as i64,
    })
}

/// Whether the chain the server sent verifies against the bundled Mozilla roots and
/// `ca_file` alone, without the roots of this machine's own trust store.
fn verifies_without_system_roots(
    chain: &[CertificateDer<'static>],
    host: &str,
    ca_file: Option<&Path>,
) -> bool {
    use rustls_pki_types::pem::PemObject;
    let Some((leaf, intermediates)) = chain.split_first() else {
        return false;
    };
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(path) = ca_file
        && let Ok(certs) = CertificateDer::pem_file_iter(path)
    {
        roots.add_parsable_certificates(certs.flatten());
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let Ok(verifier) =
        WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider).build()
    else {
        return false;
    };
    let Ok(name) = ServerName::try_from(host.to_owned()) else {
        return false;
    };
    verifier
        .verify_server_cert(leaf, intermediates, &name, &[], UnixTime::now())
        .is_ok()
}

/// The issuer as people name it: its CN when it has one (`CN=wecom-hw cloud emulator CA`
/// → `wecom-hw cloud emulator CA`), else the whole distinguished name.
fn common_name(dn: &str) -> String {
    dn.split(',')
        .find_map(|part| part.trim().strip_prefix("CN="))
        .map(str::to_owned)
        .unwrap_or_else(|| dn.to_owned())
}

/// The verifier `connect` uses (webpki over the same roots), which also keeps the chain
/// the server sent, so a certificate that does not verify can still be named.
#[derive(Debug)]
struct Recording {
    inner: Arc<WebPkiServerVerifier>,
    seen: Arc<Mutex<Vec<CertificateDer<'static>>>>,
}

fn recording_config(
    roots: rustls::RootCertStore,
    seen: Arc<Mutex<Vec<CertificateDer<'static>>>>,
) -> Result<rustls::ClientConfig, rustls::Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let inner = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .map_err(|e| rustls::Error::General(e.to_string()))?;
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(Recording { inner, seen }))
        .with_no_client_auth())
}

impl ServerCertVerifier for Recording {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Ok(mut s) = self.seen.lock() {
            s.clear();
            s.push(end_entity.clone().into_owned());
            s.extend(intermediates.iter().map(|c| c.clone().into_owned()));
        }
        self.inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_and_targets() {
        assert_eq!(
            parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784111777)
        );
        assert_eq!(parse_http_date("yesterday"), None);
        let t = target("wss://openhw.work.weixin.qq.com/").unwrap();
        assert_eq!(
            (t.host.as_str(), t.port, t.tls),
            ("openhw.work.weixin.qq.com", 443, true)
        );
        let t = target("ws://[::1]:8080/x").unwrap();
        assert_eq!((t.host.as_str(), t.port, t.tls), ("::1", 8080, false));
        assert!(target("https://example.com/").is_none());
        assert_eq!(common_name("O=Acme,CN=Acme Root CA"), "Acme Root CA");
        assert_eq!(common_name("O=Acme,C=CN"), "O=Acme,C=CN");
    }

    #[test]
    fn proxies_are_named_without_their_password() {
        let c = proxy_check(|n| (n == "https_proxy").then(|| "http://u:pw@proxy:3128".into()));
        assert_eq!(c.status, Status::Warn);
        assert!(c.value.contains("proxy:3128") && !c.value.contains("pw"));
        assert_eq!(proxy_check(|_| None).status, Status::Ok);
    }
}
