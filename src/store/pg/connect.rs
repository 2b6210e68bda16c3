//! Reaching a PostgreSQL store: the URL, the password and TLS.
//!
//! The location is a libpq-style URL, `postgres://user@host:port/db?sslmode=…`. What libpq
//! users expect holds here too, with two deliberate differences:
//! - a password in the URL is refused: command lines end up in shell history and `ps`.
//!   The password comes from `PGPASSWORD`, a file named by `WECOM_HW_STORE_PASSWORD_FILE`
//!   (its first line), or the pgpass file (`passfile=` in the URL, `PGPASSFILE`, else
//!   `~/.pgpass`, ignored when group or others can read it, as libpq does);
//! - `sslmode=require` verifies the server's certificate chain and host name (libpq only
//!   encrypts). `verify-ca` checks the chain, `verify-full` chain and host name,
//!   `prefer` (the default) and `allow` encrypt when the server offers TLS without checking
//!   who it is, `disable` never encrypts. Roots: the system's, the bundled Mozilla set, and
//!   `sslrootcert=` or `PGSSLROOTCERT` (a PEM file).

use crate::output::{ErrorCode, Failure};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, Error as TlsError, RootCertStore, SignatureScheme};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

/// How much TLS the URL asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    /// TLS when offered, unverified (`allow`, `prefer`).
    Prefer,
    /// TLS required, chain and host name verified (`require`, `verify-full`).
    Full,
    /// TLS required, chain verified, any host name (`verify-ca`).
    Chain,
}

/// The parts of the URL this module handles itself; the rest goes to the driver.
#[derive(Debug)]
pub struct Target {
    pub config: postgres::Config,
    pub ssl: SslMode,
    pub root_cert: Option<PathBuf>,
    pub passfile: Option<PathBuf>,
}

fn usage(msg: impl Into<String>) -> Failure {
    Failure::new(ErrorCode::UsageBadValue, msg)
}

/// Parses the URL. Refuses (usage, exit 2) a password in it, without repeating it.
pub fn parse(url: &str) -> Result<Target, Failure> {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, q),
        None => (url, ""),
    };
    let mut ssl = SslMode::Prefer;
    let mut root_cert = None;
    let mut passfile = None;
    let mut rest = Vec::new();
    for kv in query.split('&').filter(|s| !s.is_empty()) {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        match k {
            "sslmode" => {
                ssl = match v {
                    "disable" => SslMode::Disable,
                    "allow" | "prefer" => SslMode::Prefer,
                    "require" | "verify-full" => SslMode::Full,
                    "verify-ca" => SslMode::Chain,
                    _ => {
                        return Err(usage(crate::fl!("store-url-bad-sslmode", value = v)));
                    }
                }
            }
            "sslrootcert" => root_cert = Some(PathBuf::from(decode(v))),
            "passfile" => passfile = Some(PathBuf::from(decode(v))),
            "password" => return Err(password_in_url()),
            _ => rest.push(kv),
        }
    }
    // The user-info part: `user:password@`.
    if let Some(after) = base.split_once("://").map(|(_, a)| a) {
        let authority = after.split('/').next().unwrap_or("");
        if let Some((userinfo, _)) = authority.rsplit_once('@')
            && userinfo.contains(':')
        {
            return Err(password_in_url());
        }
    }
    let driver_url = if rest.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", rest.join("&"))
    };
    // The driver's own errors name the option, never a value we could leak: the password
    // was refused above.
    let mut config = postgres::Config::from_str(&driver_url).map_err(|e| {
        usage(crate::fl!(
            "store-url-invalid",
            url = redact(url),
            error = e.to_string()
        ))
    })?;
    if config.get_password().is_some() {
        return Err(password_in_url());
    }
    if config.get_user().is_none() {
        let user = std::env::var("PGUSER")
            .ok()
            .filter(|u| !u.is_empty())
            .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
            .unwrap_or_else(|| "postgres".to_owned());
        config.user(&user);
    }
    if config.get_hosts().is_empty() {
        config.host(&std::env::var("PGHOST").unwrap_or_else(|_| "localhost".to_owned()));
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(Duration::from_secs(10));
    }
    // A station whose link dies mid-unit must notice within a minute, not hang forever.
    config.keepalives(true);
    config.keepalives_idle(Duration::from_secs(30));
    config.application_name("wecom-hw");
    Ok(Target {
        config,
        ssl,
        root_cert,
        passfile,
    })
}

fn password_in_url() -> Failure {
    usage(crate::fl!("store-url-password")).hint(crate::fl!("store-url-password-hint"))
}

/// The URL with anything after `://` up to `@` removed (for error messages).
pub fn redact(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => match rest.split_once('@') {
            Some((_, host)) if !rest.split('/').next().unwrap_or("").is_empty() => {
                format!("{scheme}://…@{host}")
            }
            _ => url.to_owned(),
        },
        None => url.to_owned(),
    }
}

fn decode(v: &str) -> String {
    let b = v.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(x) =
                u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or(""), 16)
        {
            out.push(x);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Fills in the password from the environment or files, in libpq's order.
pub fn resolve_password(t: &mut Target) -> Result<(), Failure> {
    if let Ok(p) = std::env::var("PGPASSWORD")
        && !p.is_empty()
    {
        t.config.password(p);
        return Ok(());
    }
    if let Some(f) = std::env::var_os("WECOM_HW_STORE_PASSWORD_FILE").filter(|f| !f.is_empty()) {
        let f = PathBuf::from(f);
        let text = std::fs::read_to_string(&f).map_err(|e| {
            crate::io::FileError::named(
                crate::io::FileOp::Read,
                format!("WECOM_HW_STORE_PASSWORD_FILE {}", f.display()),
                e,
            )
        })?;
        let p = text.lines().next().unwrap_or("").to_owned();
        if p.is_empty() {
            return Err(Failure::new(
                ErrorCode::SecretMissing,
                crate::fl!("store-password-file-empty", file = f.display().to_string()),
            ));
        }
        t.config.password(p);
        return Ok(());
    }
    let file = t
        .passfile
        .clone()
        .or_else(|| std::env::var_os("PGPASSFILE").map(PathBuf::from))
        .or_else(|| dirs::home_dir().map(|h| h.join(".pgpass")));
    if let Some(file) = file
        && let Some(p) = pgpass_lookup(&file, t)
    {
        t.config.password(p);
    }
    Ok(())
}

fn pgpass_lookup(file: &Path, t: &Target) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(file).ok()?.permissions().mode();
        if mode & 0o077 != 0 {
            // libpq ignores such a file too; say why the password was not found.
            crate::errln!(
                "{}",
                crate::fl!(
                    "output-labelled",
                    label = crate::fl!("output-warning"),
                    text = crate::fl!("rest-pgpass-too-open", file = file.display().to_string())
                )
            );
            return None;
        }
    }
    let text = std::fs::read_to_string(file).ok()?;
    let host = match t.config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(h)) => h.clone(),
        #[cfg(unix)]
        Some(postgres::config::Host::Unix(_)) => "localhost".to_owned(),
        None => "localhost".to_owned(),
    };
    let port = t
        .config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = t.config.get_user().unwrap_or("").to_owned();
    let db = t.config.get_dbname().unwrap_or(&user).to_owned();
    pgpass_match(&text, [&host, &port, &db, &user])
}

/// The password of the first pgpass line matching host, port, database and user (`*`
/// matches anything; `\:` and `\\` are escapes).
pub fn pgpass_match(text: &str, want: [&str; 4]) -> Option<String> {
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut cur = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => cur.extend(chars.next()),
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut cur)),
                c => cur.push(c),
            }
        }
        fields.push(cur);
        if fields.len() == 5
            && fields[..4]
                .iter()
                .zip(want)
                .all(|(f, w)| f == "*" || f == w)
        {
            return Some(fields[4].clone());
        }
    }
    None
}

/// Connects, with TLS as the URL asks.
pub fn connect(url: &str) -> Result<postgres::Client, Failure> {
    let mut t = parse(url)?;
    resolve_password(&mut t)?;
    let shown = redact(url);
    let servers = servers(&t.config);
    let user = t.config.get_user().unwrap_or("postgres").to_owned();
    let db = t.config.get_dbname().unwrap_or(&user).to_owned();
    let net = |e: postgres::Error| {
        let cause = Cause::of(&e);
        Failure::new(
            ErrorCode::StoreConnectionLost,
            crate::fl!(
                "store-cannot-connect",
                store = shown.as_str(),
                servers = servers
                    .iter()
                    .map(Server::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                error = error_text(&e)
            ),
        )
        .hint(cause.hint(&servers, &user, &db))
        .with_source(e)
    };
    match t.ssl {
        SslMode::Disable => {
            t.config.ssl_mode(postgres::config::SslMode::Disable);
            t.config.connect(postgres::NoTls).map_err(net)
        }
        mode => {
            t.config.ssl_mode(if mode == SslMode::Prefer {
                postgres::config::SslMode::Prefer
            } else {
                postgres::config::SslMode::Require
            });
            let root = t
                .root_cert
                .clone()
                .or_else(|| std::env::var_os("PGSSLROOTCERT").map(PathBuf::from));
            let tls = tls_config(mode, root.as_deref())?;
            t.config
                .connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls))
                .map_err(net)
        }
    }
}

/// One server the URL names: a TCP host or a Unix socket directory, and its port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    host: String,
    port: u16,
    socket: bool,
}

impl std::fmt::Display for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.socket {
            f.write_str(&crate::fl!(
                "store-server-socket",
                dir = self.host.as_str(),
                port = self.port
            ))
        } else if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port) // an IPv6 address
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

/// The servers of a parsed URL, as libpq pairs them: one port for all hosts, or one each;
/// 5432 when none is given. Never the password: only host and port are read.
pub fn servers(c: &postgres::Config) -> Vec<Server> {
    let ports = c.get_ports();
    c.get_hosts()
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let port = match ports.len() {
                0 => 5432,
                1 => ports[0],
                _ => ports.get(i).copied().unwrap_or(5432),
            };
            match h {
                postgres::config::Host::Tcp(h) => Server {
                    host: h.clone(),
                    port,
                    socket: false,
                },
                #[cfg(unix)]
                postgres::config::Host::Unix(p) => Server {
                    host: p.display().to_string(),
                    port,
                    socket: true,
                },
            }
        })
        .collect()
}

/// Why a connection failed, as far as the next step differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// Nothing answered: refused, timed out, unknown host.
    Unreachable,
    /// TLS was required (sslmode=require/verify-*) and the server has none.
    NoTlsOnServer,
    /// The TLS handshake failed: usually the certificate did not verify.
    Tls,
    /// Wrong or missing password, or the server does not let this user in.
    Auth,
    /// The server runs, the database does not exist.
    NoDatabase,
    Other,
}

impl Cause {
    pub fn of(e: &postgres::Error) -> Cause {
        if let Some(db) = e.as_db_error() {
            use postgres::error::SqlState;
            let code = db.code();
            return if *code == SqlState::INVALID_PASSWORD
                || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
            {
                Cause::Auth
            } else if *code == SqlState::INVALID_CATALOG_NAME {
                Cause::NoDatabase
            } else {
                Cause::Other
            };
        }
        // The driver's kinds are private; its messages for them are fixed strings.
        let top = e.to_string();
        let cause = std::error::Error::source(e)
            .map(|s| s.to_string())
            .unwrap_or_default();
        match top.as_str() {
            "error connecting to server" | "timeout waiting for server" => Cause::Unreachable,
            "error performing TLS handshake" if cause.contains("does not support TLS") => {
                Cause::NoTlsOnServer
            }
            "error performing TLS handshake" => Cause::Tls,
            "authentication error" => Cause::Auth,
            "invalid configuration" if cause.contains("password") => Cause::Auth,
            _ => Cause::Other,
        }
    }

    /// What to do next, with commands that run as printed for the server at hand.
    pub fn hint(self, servers: &[Server], user: &str, db: &str) -> String {
        let first = servers.first().cloned().unwrap_or(Server {
            host: "localhost".into(),
            port: 5432,
            socket: false,
        });
        let (h, p) = (first.host.as_str(), first.port);
        match self {
            Cause::Unreachable => crate::fl!(
                "store-connect-unreachable-hint",
                server = first.to_string(),
                host = h,
                port = p
            ),
            Cause::NoTlsOnServer => crate::fl!("store-connect-no-tls-hint"),
            Cause::Tls => crate::fl!("store-connect-tls-hint"),
            Cause::Auth => crate::fl!(
                "store-connect-auth-hint",
                user = user,
                host = h,
                port = p,
                db = db
            ),
            Cause::NoDatabase => crate::fl!(
                "store-connect-no-database-hint",
                user = user,
                host = h,
                port = p,
                db = db
            ),
            Cause::Other => crate::fl!("store-connect-other-hint", host = h, port = p),
        }
    }
}

/// The driver's error with its cause (the server's message, the socket error).
pub fn error_text(e: &postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        return db.message().to_owned();
    }
    match std::error::Error::source(e) {
        Some(s) => format!("{e}: {s}"),
        None => e.to_string(),
    }
}

fn tls_config(mode: SslMode, root: Option<&Path>) -> Result<rustls::ClientConfig, Failure> {
    let mut roots = RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
    if let Some(path) = root {
        let bad = |m: String| {
            Failure::new(
                ErrorCode::StoreCertInvalid,
                crate::fl!(
                    "store-root-cert-invalid",
                    file = path.display().to_string(),
                    error = m
                ),
            )
        };
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
            .map_err(|e| bad(e.to_string()))?
            .collect::<Result<_, _>>()
            .map_err(|e| bad(crate::fl!("store-root-cert-not-pem", error = e.to_string())))?;
        if certs.is_empty() {
            return Err(bad(crate::fl!("store-root-cert-empty")));
        }
        for c in certs {
            roots.add(c).map_err(|e| bad(e.to_string()))?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| {
            Failure::new(
                ErrorCode::InternalBug,
                crate::fl!("store-tls-setup", error = e.to_string()),
            )
        })?;
    let webpki = rustls::client::WebPkiServerVerifier::builder_with_provider(
        Arc::new(roots.clone()),
        provider.clone(),
    )
    .build()
    .map_err(|e| {
        Failure::new(
            ErrorCode::InternalBug,
            crate::fl!("store-tls-setup", error = e.to_string()),
        )
    })?;
    let config = match mode {
        SslMode::Full | SslMode::Disable => builder.with_root_certificates(roots),
        SslMode::Chain => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Lenient {
                inner: webpki,
                check_chain: true,
            })),
        SslMode::Prefer => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Lenient {
                inner: webpki,
                check_chain: false,
            })),
    };
    Ok(config.with_no_client_auth())
}

/// `verify-ca` (chain only, any name) and `prefer` (encryption only, like libpq): the
/// handshake signatures are still checked with the real verifier.
#[derive(Debug)]
struct Lenient {
    inner: Arc<rustls::client::WebPkiServerVerifier>,
    check_chain: bool,
}

impl ServerCertVerifier for Lenient {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        if !self.check_chain {
            return Ok(ServerCertVerified::assertion());
        }
        match self
            .inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Err(TlsError::InvalidCertificate(rustls::CertificateError::NotValidForName))
            | Err(TlsError::InvalidCertificate(
                rustls::CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_the_url_is_refused_without_being_repeated() {
        for url in [
            "postgres://line:hunter2@db.example/wecom",
            "postgresql://db.example/wecom?password=hunter2",
        ] {
            let e = parse(url).unwrap_err();
            assert_eq!(e.code, ErrorCode::UsageBadValue);
            assert!(!e.message.contains("hunter2"), "{}", e.message);
        }
    }

    #[test]
    fn sslmodes_map_to_verification_levels() {
        let m = |q: &str| parse(&format!("postgres://u@h/db{q}")).unwrap().ssl;
        assert_eq!(m(""), SslMode::Prefer);
        assert_eq!(m("?sslmode=disable"), SslMode::Disable);
        assert_eq!(m("?sslmode=require"), SslMode::Full);
        assert_eq!(m("?sslmode=verify-full"), SslMode::Full);
        assert_eq!(m("?sslmode=verify-ca&connect_timeout=3"), SslMode::Chain);
        assert!(parse("postgres://u@h/db?sslmode=bogus").is_err());
        let t = parse("postgres://u@h:6543/db?sslrootcert=%2Ftmp%2Fca.pem").unwrap();
        assert_eq!(t.root_cert.as_deref(), Some(Path::new("/tmp/ca.pem")));
        assert_eq!(t.config.get_ports(), [6543]);
    }

    #[test]
    fn servers_pair_hosts_and_ports_and_hints_name_them() {
        let t = parse("postgres://u@db1:6000,db2:6001/site").unwrap();
        let s = servers(&t.config);
        assert_eq!(
            s.iter().map(Server::to_string).collect::<Vec<_>>(),
            ["db1:6000", "db2:6001"]
        );
        let t = parse("postgres://u@[::1]/site").unwrap();
        assert_eq!(servers(&t.config)[0].to_string(), "[::1]:5432");
        let t = parse("postgres://u@10.0.0.5:6543/site").unwrap();
        let s = servers(&t.config);
        let h = Cause::Unreachable.hint(&s, "u", "site");
        assert!(h.contains("pg_isready -h 10.0.0.5 -p 6543"), "{h}");
        let h = Cause::NoDatabase.hint(&s, "u", "site");
        assert!(h.contains("createdb -h 10.0.0.5 -p 6543 -U u site"), "{h}");
        let h = Cause::Auth.hint(&s, "u", "site");
        assert!(h.contains("10.0.0.5:6543:site:u:PASSWORD"), "{h}");
    }

    #[test]
    fn pgpass_lines_match_with_wildcards_and_escapes() {
        let text = "# comment\nother:5432:*:u:no\nh:*:db:u:pa\\:ss\n*:*:*:*:any\n";
        assert_eq!(
            pgpass_match(text, ["h", "5432", "db", "u"]).as_deref(),
            Some("pa:ss")
        );
        assert_eq!(
            pgpass_match(text, ["x", "1", "y", "z"]).as_deref(),
            Some("any")
        );
        assert_eq!(pgpass_match("h:1:d:u:p\n", ["h", "2", "d", "u"]), None);
    }
}
