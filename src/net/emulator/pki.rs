//! The emulator's certificates: a private CA made once and kept next to the state (so a
//! device told to trust it keeps trusting it across restarts), and a server certificate
//! issued by it at every start for the names the emulator is reached by.

use anyhow::{Context, Result};
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

/// Loads the CA from `dir` (creating it on first start) and issues a server certificate
/// for `names` (DNS names or IP addresses).
pub fn load_or_create(dir: &Path, names: &[String]) -> Result<Pki> {
    let ca_path = dir.join(CA_FILE);
    let key_path = dir.join(CA_KEY_FILE);
    let created_ca = !(ca_path.exists() && key_path.exists());
    let ca_key = if created_ca {
        let key = KeyPair::generate().context("generating the CA key")?;
        let cert = ca_params()
            .self_signed(&key)
            .context("self-signing the CA")?;
        // Key first, 0600: a crash in between leaves no CA without its key.
        crate::io::atomic::write(&key_path, key.serialize_pem().as_bytes(), Some(0o600))
            .with_context(|| format!("writing {}", key_path.display()))?;
        crate::io::atomic::write(&ca_path, cert.pem().as_bytes(), None)
            .with_context(|| format!("writing {}", ca_path.display()))?;
        key
    } else {
        let pem = std::fs::read_to_string(&key_path)
            .with_context(|| format!("reading {}", key_path.display()))?;
        KeyPair::from_pem(&pem).with_context(|| format!("parsing {}", key_path.display()))?
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
        let san =
            match n.parse::<std::net::IpAddr>() {
                Ok(ip) => SanType::IpAddress(ip),
                Err(_) => SanType::DnsName(n.clone().try_into().with_context(|| {
                    format!("{n:?} is not a valid DNS name for the certificate")
                })?),
            };
        if !sans.contains(&san) {
            sans.push(san);
        }
    }
    p.subject_alt_names = sans;
    let key = KeyPair::generate().context("generating the server key")?;
    let cert = p
        .signed_by(&key, &issuer)
        .context("issuing the server certificate")?;
    crate::io::atomic::write(&dir.join(SERVER_FILE), cert.pem().as_bytes(), None)
        .with_context(|| format!("writing {}", dir.join(SERVER_FILE).display()))?;

    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .context("TLS versions")?
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from(cert.der().to_vec())],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
        )
        .context("server TLS configuration")?;
    Ok(Pki {
        ca_path,
        created_ca,
        server: Arc::new(config),
    })
}
