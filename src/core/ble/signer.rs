//! Handshake signatures (`ble.md` 5.6). WeCom's phone computes the 20001 `signature` on
//! its servers with an unpublished algorithm, so the signer is pluggable:
//!
//! - [`DefaultSigner`]: **our own scheme, *assumed*, not WeCom's**:
//!   `signature = sorted_sha1(sn, SecretNo, client_nonce, server_nonce, "ble_server")`
//!   with the sorted-SHA1 primitive of `core::sign`; the device answers 10002 with
//!   `sorted_sha1(sn, SecretNo, server_nonce, "ble_device")`. Works with our simulator and
//!   with firmware that implements the same scheme.
//! - [`NoneSigner`]: empty signature, for firmware in debug mode that does not check.
//! - `exec:PROGRAM`: a driver (`crate::ble::exec_signer`) implementing [`HandshakeSigner`].
//!
//! The session does not call the signer itself: it emits a [`SignRequest`] and waits for
//! the answer, so a slow signer (a program, a backend) needs no special handling.

use crate::core::secret::Secret;
use crate::core::sign::sign;
use serde::{Deserialize, Serialize};

/// Constant mixed into our 20001 signature (*assumed*).
pub const SERVER_CONSTANT: &str = "ble_server";
/// Constant mixed into the device's 10002 signature under our scheme (*assumed*).
pub const DEVICE_CONSTANT: &str = "ble_device";

/// What a signer gets: the 10001 fields plus the server nonce we propose. This is also
/// the JSON an `exec:` program reads on stdin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SignRequest {
    pub sn: String,
    pub client_nonce: String,
    pub scene: String,
    pub server_nonce: String,
}

/// What a signer answers. A signer may replace the proposed server nonce (as WeCom's
/// backend `QueryServerSignatureInfo` chooses its own).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct SignAnswer {
    pub signature: String,
    #[serde(default)]
    pub server_nonce: Option<String>,
}

/// Produces the 20001 signature.
pub trait HandshakeSigner: Send + Sync {
    /// Short name for messages and `--json` (`default`, `none`, `exec:…`).
    fn name(&self) -> String;
    /// Whether this is a genuine WeCom signature (never, for the built-in ones).
    fn genuine(&self) -> bool {
        false
    }
    fn sign(&self, req: &SignRequest) -> Result<SignAnswer, String>;
    /// Checks the device's 10002 signature when the scheme defines it; `None` = cannot tell.
    fn check_device(&self, _req: &SignRequest, _device_signature: &str) -> Option<bool> {
        None
    }
}

/// Our documented scheme (see the module docs). Needs the device's SecretNo.
pub struct DefaultSigner {
    pub secret: Secret,
}

impl DefaultSigner {
    /// The device's 10002 signature under this scheme (the simulator uses it too).
    pub fn device_signature(secret: &Secret, sn: &str, server_nonce: &str) -> String {
        sign(&[sn, secret.expose(), server_nonce, DEVICE_CONSTANT])
    }

    /// The phone's 20001 signature under this scheme.
    pub fn server_signature(secret: &Secret, req: &SignRequest) -> String {
        sign(&[
            &req.sn,
            secret.expose(),
            &req.client_nonce,
            &req.server_nonce,
            SERVER_CONSTANT,
        ])
    }
}

impl HandshakeSigner for DefaultSigner {
    fn name(&self) -> String {
        "default".into()
    }
    fn sign(&self, req: &SignRequest) -> Result<SignAnswer, String> {
        Ok(SignAnswer {
            signature: Self::server_signature(&self.secret, req),
            server_nonce: None,
        })
    }
    fn check_device(&self, req: &SignRequest, device_signature: &str) -> Option<bool> {
        Some(Self::device_signature(&self.secret, &req.sn, &req.server_nonce) == device_signature)
    }
}

/// Sends an empty signature (debug firmware).
pub struct NoneSigner;

impl HandshakeSigner for NoneSigner {
    fn name(&self) -> String {
        "none".into()
    }
    fn sign(&self, _req: &SignRequest) -> Result<SignAnswer, String> {
        Ok(SignAnswer {
            signature: String::new(),
            server_nonce: None,
        })
    }
}

/// Parses what an `exec:` program printed: a JSON [`SignAnswer`] object, or the bare
/// signature on the first line.
pub fn parse_program_output(stdout: &str) -> Result<SignAnswer, String> {
    let t = stdout.trim();
    if t.starts_with('{') {
        return serde_json::from_str(t)
            .map_err(|e| crate::fl!("ble-signer-bad-json", error = e.to_string()));
    }
    let line = t.lines().next().unwrap_or("").trim();
    if line.is_empty() {
        return Err(crate::fl!("ble-signer-nothing"));
    }
    Ok(SignAnswer {
        signature: line.to_owned(),
        server_nonce: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req() -> SignRequest {
        SignRequest {
            sn: "SN0001".into(),
            client_nonce: "1234567890".into(),
            scene: "1".into(),
            server_nonce: "987654321".into(),
        }
    }

    #[test]
    fn default_scheme_is_the_sorted_sha1_of_the_documented_values() {
        let secret = Secret::new("secretNo").unwrap();
        let s = DefaultSigner {
            secret: secret.clone(),
        };
        // Independent computation: sort the five values byte-wise and SHA-1 them.
        let mut vals = [
            "SN0001",
            "secretNo",
            "1234567890",
            "987654321",
            "ble_server",
        ];
        vals.sort();
        use sha1::Digest;
        let expect = hex::encode(sha1::Sha1::digest(vals.concat().as_bytes()));
        assert_eq!(s.sign(&req()).unwrap().signature, expect);
        let dev = DefaultSigner::device_signature(&secret, "SN0001", "987654321");
        assert_eq!(s.check_device(&req(), &dev), Some(true));
        assert_eq!(s.check_device(&req(), "0000"), Some(false));
        assert_eq!(NoneSigner.check_device(&req(), &dev), None);
    }

    #[test]
    fn program_output_forms() {
        assert_eq!(parse_program_output("abc\n").unwrap().signature, "abc");
        let a = parse_program_output(r#"{"signature":"s","server_nonce":"42"}"#).unwrap();
        assert_eq!(
            (a.signature.as_str(), a.server_nonce.as_deref()),
            ("s", Some("42"))
        );
        assert!(parse_program_output("  \n").is_err());
        assert!(parse_program_output("{oops").is_err());
    }
}
