//! The emulator's certificates: a private CA made once and kept next to the state (so a
//! device told to trust it keeps trusting it across restarts), and a server certificate
//! issued by it at every start for the names the emulator is reached by.

use crate::output::{ErrorCode, Failure};
use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SanType,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const CA_FILE: &str = "ca.pem";
const CA_KEY_FILE: &str = "ca-key.pem";
const SERVER_FILE: &str = "server.pem";

/// The CA's parameters. The issuer is rebuilt from these and the stored key at every
/// start; its subject and key identifier come out identical, so the chain verifies
/// against the `ca.pem` written the first time.
fn ca_params() -> CertificateParams {
    let mut p = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, "wecom-hw cloud emulator CA");
    dn.push(DnType::OrganizationName, "wecom-hw (local testing only)");
    p.distinguished_name = dn;
    p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    p.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    p
}

/// What the server needs, and where the CA lives for devices to trust it.
pub struct Pki {
    pub ca_path: PathBuf,
    pub created_ca: bool,
    pub server: Arc<rustls::ServerConfig>,
}

/// A certificate library failure with keys and names we made ourselves: a bug of ours.
fn bug(what: &str, e: impl std::error::Error + Send + Sync + 'static) -> Failure {
    Failure::caused_by(ErrorCode::InternalBug, what, e)
}

fn write(path: &Path, data: &[u8], mode: Option<u32>) -> Result<(), Failure> {
    crate::io::atomic::write(path, data, mode).map_err(|e| {
        Failure::caused_by(
            ErrorCode::IoWriteFailed,
            crate::fl!("cloud-cannot-write", path = path.display().to_string()),
            e,
        )
    })
}

/// Loads the CA from `dir` (creating it on first start) and issues a server certificate
/// for `names` (DNS names or IP addresses).
pub fn load_or_create(dir: &Path, names: &[String]) -> Result<Pki, Failure> {
    let ca_path = dir.join(CA_FILE);
    let key_path = dir.join(CA_KEY_FILE);
    let created_ca = !(ca_path.exists() && key_path.exists());
    let ca_key = if created_ca {
        let key = KeyPair::generate().map_err(|e| bug("generating the CA key", e))?;
        let cert = ca_params()
            .self_signed(&key)
            .map_err(|e| bug("self-signing the CA", e))?;
        // Key first, 0600: a crash in between leaves no CA without its key.
        write(&key_path, key.serialize_pem().as_bytes(), Some(0o600))?;
        write(&ca_path, cert.pem().as_bytes(), None)?;
        key
    } else {
        let shown = key_path.display().to_string();
        let pem = std::fs::read_to_string(&key_path).map_err(|e| {
            Failure::caused_by(
                ErrorCode::IoReadFailed,
                crate::fl!("cloud-cannot-read", path = shown.clone()),
                e,
            )
        })?;
        KeyPair::from_pem(&pem).map_err(|e| {
            Failure::caused_by(
                ErrorCode::CloudStateInvalid,
                crate::fl!("cloud-bad-ca-key", path = shown),
                e,
            )
            .hint(crate::fl!("cloud-bad-ca-key-hint"))
        })?
    };
    let issuer = Issuer::new(ca_params(), ca_key);

    let mut p = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, "wecom-hw cloud emulator");
    p.distinguished_name = dn;
    p.is_ca = IsCa::NoCa;
    p.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    p.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    let mut sans: Vec<SanType> = Vec::new();
    for n in names {
        let san = match n.parse::<std::net::IpAddr>() {
            Ok(ip) => SanType::IpAddress(ip),
            Err(_) => SanType::DnsName(n.clone().try_into().map_err(|e| {
                Failure::caused_by(
                    ErrorCode::UsageBadValue,
                    crate::fl!("cloud-bad-san", name = format!("{n:?}")),
                    e,
                )
            })?),
        };
        if !sans.contains(&san) {
            sans.push(san);
        }
    }
    p.subject_alt_names = sans;
    let key = KeyPair::generate().map_err(|e| bug("generating the server key", e))?;
    let cert = p
        .signed_by(&key, &issuer)
        .map_err(|e| bug("issuing the server certificate", e))?;
    write(&dir.join(SERVER_FILE), cert.pem().as_bytes(), None)?;

    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| bug("TLS versions", e))?
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from(cert.der().to_vec())],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
        )
        .map_err(|e| bug("server TLS configuration", e))?;
    Ok(Pki {
        ca_path,
        created_ca,
        server: Arc::new(config),
    })
}
