//! Loading a [`Secret`] from where the user put it: a file, an environment variable or
//! stdin. Never from argv.

use crate::cli::common::SecretArgs;
use crate::core::secret::Secret;
use crate::io::{FileError, FileOp};
use crate::output::{ErrorCode, Failure};
use std::io::BufRead;

/// Where the secret was found, for messages (never the value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretOrigin {
    File(String),
    Stdin,
    Env(String),
    Store(String),
}

impl std::fmt::Display for SecretOrigin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SecretOrigin::File(p) => f.write_str(&crate::fl!("secret-origin-file", file = p)),
            SecretOrigin::Stdin => f.write_str(&crate::fl!("secret-stdin")),
            SecretOrigin::Env(n) => f.write_str(&crate::fl!("secret-origin-env", name = n)),
            SecretOrigin::Store(sn) => f.write_str(&crate::fl!("secret-origin-store", sn = sn)),
        }
    }
}

impl SecretOrigin {
    /// The flags that make another command read the same secret, for a command printed in
    /// a hint: `--secret-file PATH`, `--secret-stdin`, `--secret-env NAME` (when not the
    /// default variable), or nothing (the default variable, or the store).
    pub fn hint_flags(&self) -> String {
        match self {
            SecretOrigin::File(p) => format!(" --secret-file {}", crate::output::shell_quote(p)),
            SecretOrigin::Stdin => " --secret-stdin".into(),
            SecretOrigin::Env(n) if n != DEFAULT_SECRET_ENV => {
                format!(" --secret-env {}", crate::output::shell_quote(n))
            }
            SecretOrigin::Env(_) | SecretOrigin::Store(_) => String::new(),
        }
    }
}

/// The variable `--secret-env` names by default.
pub const DEFAULT_SECRET_ENV: &str = "WECOM_HW_SECRET_NO";

/// Resolves the secret from the explicit sources, in order: `--secret-file`,
/// `--secret-stdin`, then the environment variable. `Ok(None)` when none is given, so a
/// caller can fall back to the device store.
pub fn load_explicit(
    args: &SecretArgs,
    what: &str,
) -> Result<Option<(Secret, SecretOrigin)>, Failure> {
    if let Some(path) = &args.secret_file {
        let shown = path.display().to_string();
        let raw = std::fs::read_to_string(path).map_err(|e| {
            FileError::named(
                FileOp::Read,
                crate::fl!("secret-from-file", what = what, file = shown.clone()),
                e,
            )
        })?;
        let first = raw.lines().next().unwrap_or("");
        let s = Secret::new(first)
            .map_err(|e| Failure::from(e).at(crate::fl!("secret-file", file = shown.clone())))?;
        return Ok(Some((s, SecretOrigin::File(shown))));
    }
    if args.secret_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(|e| {
            FileError::named(
                FileOp::Read,
                crate::fl!("secret-from-stdin", what = what),
                e,
            )
        })?;
        let s = Secret::new(&line)
            .map_err(|e| Failure::from(e).at(crate::fl!("secret-on-stdin", what = what)))?;
        return Ok(Some((s, SecretOrigin::Stdin)));
    }
    match std::env::var(&args.secret_env) {
        Ok(v) => {
            let s = Secret::new(&v).map_err(|e| {
                Failure::from(e).at(crate::fl!(
                    "secret-origin-env",
                    name = args.secret_env.as_str()
                ))
            })?;
            Ok(Some((s, SecretOrigin::Env(args.secret_env.clone()))))
        }
        Err(std::env::VarError::NotUnicode(_)) => Err(Failure::new(
            ErrorCode::SecretInvalid,
            crate::fl!("secret-env-not-utf8", name = args.secret_env.as_str()),
        )),
        Err(std::env::VarError::NotPresent) => Ok(None),
    }
}

/// Like [`load_explicit`], but a missing secret is an error that says how to give one.
pub fn load_required(args: &SecretArgs, what: &str) -> Result<(Secret, SecretOrigin), Failure> {
    load_explicit(args, what)?.ok_or_else(|| {
        Failure::new(
            ErrorCode::SecretMissing,
            crate::fl!("secret-none-given", what = what),
        )
        .hint(crate::fl!(
            "secret-none-given-hint",
            name = args.secret_env.as_str()
        ))
    })
}

/// Which of a unit's secrets a command needs from the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreSecret {
    /// The unit's own SecretNo (bind, login, register, verify).
    Device,
    /// The model's seedSecretNo (`get_secret_no`).
    Seed,
}

/// The secret for one SN: an explicit source (`--secret-file`, `--secret-stdin`, the
/// environment variable) first, then the device store. When neither has it, the error says
/// both ways to give it. Under `-v` it says where the secret came from (its fingerprint,
/// never the secret), so every command that signs tells it the same way.
pub fn load_for_sn(
    args: &SecretArgs,
    sn: &str,
    store: &crate::store::StoreOptions,
    what: &str,
    kind: StoreSecret,
    out: &crate::output::Output,
) -> Result<(Secret, SecretOrigin), Failure> {
    let (secret, origin) = find_for_sn(args, sn, store, what, kind)?;
    out.debug_with(|| {
        crate::fl!(
            "rest-debug-secret-from",
            what = what,
            origin = origin.to_string(),
            secret = secret.to_string()
        )
    });
    Ok((secret, origin))
}

fn find_for_sn(
    args: &SecretArgs,
    sn: &str,
    store: &crate::store::StoreOptions,
    what: &str,
    kind: StoreSecret,
) -> Result<(Secret, SecretOrigin), Failure> {
    if let Some(found) = load_explicit(args, what)? {
        return Ok(found);
    }
    let how = crate::fl!(
        "secret-for-sn-hint",
        name = args.secret_env.as_str(),
        sn = sn
    );
    let shown = store.location.to_string();
    let Some(opened) = crate::store::Store::open_existing(store)? else {
        // Not "the store does not hold this SN": there is no store to hold it.
        return Err(Failure::new(
            ErrorCode::StoreMissing,
            crate::fl!(
                "secret-for-sn-no-store",
                what = what,
                sn = sn,
                store = shown
            ),
        )
        .hint(how));
    };
    let Some(dev) = opened.get(sn)? else {
        return Err(Failure::new(
            ErrorCode::StoreUnknownSn,
            crate::fl!("secret-for-sn-unknown", what = what, sn = sn, store = shown),
        )
        .hint(how));
    };
    use crate::import::SecretKind;
    let origin = SecretOrigin::Store(dev.sn.clone());
    match (kind, dev.secret_kind) {
        (StoreSecret::Device, SecretKind::PerDevice) | (StoreSecret::Seed, SecretKind::Seed) => {
            Ok((dev.secret_no, origin))
        }
        (StoreSecret::Device, SecretKind::Seed) => match dev.state.exchanged_secret_no {
            Some(s) => Ok((s, origin)),
            None => Err(Failure::new(
                ErrorCode::SecretSeedOnly,
                crate::fl!("secret-seed-only", sn = sn),
            )
            .hint(how)),
        },
        (StoreSecret::Seed, SecretKind::PerDevice) => Err(Failure::new(
            ErrorCode::SecretNotSeed,
            crate::fl!("secret-not-seed", sn = sn),
        )
        .hint(how)),
    }
}
