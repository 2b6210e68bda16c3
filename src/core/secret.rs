//! `Secret`: a SecretNo, seedSecretNo, device secret or Wi-Fi password.
//!
//! Secrets are radioactive (DESIGN.md, principle 3): the value is reachable only through
//! [`Secret::expose`], never through `Debug` or `Display`, and the memory is zeroized on drop.
//! Logs show a short fingerprint instead, so two secrets can still be told apart.

use sha2::{Digest, Sha256};
use std::fmt;
use zeroize::Zeroizing;

/// Why a secret could not be accepted.
#[derive(Debug, PartialEq, Eq)]
pub enum SecretError {
    Empty,
    MultiLine,
    Control,
}

impl fmt::Display for SecretError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            SecretError::Empty => crate::fl!("secret-error-empty"),
            SecretError::MultiLine => crate::fl!("secret-error-multi-line"),
            SecretError::Control => crate::fl!("secret-error-control"),
        })
    }
}

impl std::error::Error for SecretError {}

impl From<SecretError> for crate::output::Failure {
    /// Callers say where the secret came from with
    /// [`Failure::at`](crate::output::Failure::at) (never what it is).
    fn from(e: SecretError) -> Self {
        crate::output::Failure::new(crate::output::ErrorCode::SecretInvalid, e.to_string())
    }
}

/// A credential that never prints itself.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Accepts a secret as read from a file, an environment variable or stdin: surrounding
    /// whitespace (a trailing newline from `echo` or an editor) is removed, anything else
    /// unusual is refused rather than silently signed.
    pub fn new(raw: &str) -> Result<Secret, SecretError> {
        let v = raw.trim();
        if v.is_empty() {
            return Err(SecretError::Empty);
        }
        if v.contains(['\n', '\r']) {
            return Err(SecretError::MultiLine);
        }
        if v.chars().any(char::is_control) {
            return Err(SecretError::Control);
        }
        Ok(Secret(Zeroizing::new(v.to_owned())))
    }

    /// The value itself. Call only where the secret is used (signing, burning, the store).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// First 8 hex characters of SHA-256 over the value: enough to tell secrets apart in a
    /// log, useless for recovering them.
    pub fn fingerprint(&self) -> String {
        fingerprint(self.expose())
    }

    /// The value with every character but the first two and last two replaced, for
    /// `--explain` output where the shape matters but the value does not.
    pub fn masked(&self) -> String {
        mask(self.expose())
    }
}

/// Fingerprint of any secret text (see [`Secret::fingerprint`]).
pub fn fingerprint(value: &str) -> String {
    let d = Sha256::digest(value.as_bytes());
    hex::encode(&d[..4])
}

/// Masks a secret for display: `ed71…a403` style, never more than 4 characters revealed
/// and nothing at all for short values.
pub fn mask(value: &str) -> String {
    let n = value.chars().count();
    if n < 12 {
        return "*".repeat(n.max(1));
    }
    let head: String = value.chars().take(2).collect();
    let tail: String = value.chars().skip(n - 2).collect();
    format!("{head}{}{tail}", "*".repeat(n - 4))
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret(sha256:{})", self.fingerprint())
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<secret sha256:{}>", self.fingerprint())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const V: &str = "708d0b6f4d4bd97e5d4eb1cb47d260ac";

    #[test]
    fn debug_and_display_never_show_the_value() {
        let s = Secret::new(V).unwrap();
        let shown = format!("{s:?} {s} {s:#?}");
        assert!(!shown.contains(V), "{shown}");
        assert!(!shown.contains(&V[..8]), "{shown}");
        assert!(shown.contains(&s.fingerprint()));
    }

    #[test]
    fn fingerprints_tell_secrets_apart() {
        let a = Secret::new(V).unwrap();
        let b = Secret::new("ed712d95cee095898c7838c57e99a403").unwrap();
        assert_ne!(a.fingerprint(), b.fingerprint());
        assert_eq!(a.fingerprint().len(), 8);
        // `printf %s 708d…60ac | sha256sum` starts with cac64537.
        assert_eq!(a.fingerprint(), "cac64537");
    }

    #[test]
    fn trailing_newline_is_trimmed_but_inner_breaks_are_refused() {
        assert_eq!(Secret::new(&format!("{V}\n")).unwrap().expose(), V);
        assert_eq!(Secret::new("  \n"), Err(SecretError::Empty));
        assert_eq!(Secret::new("abc\ndef"), Err(SecretError::MultiLine));
        assert_eq!(Secret::new("abc\u{7}def"), Err(SecretError::Control));
    }

    #[test]
    fn mask_reveals_at_most_four_characters() {
        assert_eq!(mask(V), format!("70{}ac", "*".repeat(28)));
        assert_eq!(mask("short"), "*****");
    }
}
