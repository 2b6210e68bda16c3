//! Thin drivers around the core: files, environment, terminals (and, later, sockets and
//! radios). Each is small and does one thing.
//!
//! [`FileError`] is the one way a failed local file operation becomes a [`Failure`]: its
//! code, its words (in the chosen language) and the `io::Error` beneath it, chosen here
//! once rather than at each call site.

pub mod atomic;
pub mod checks;
pub mod preflight;
pub mod runner;
pub mod secrets;
pub mod state_file;

use crate::output::{ErrorCode, Failure};
use std::path::Path;

/// What was being done to a local file when it failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileOp {
    Read,
    Write,
}

/// A local file (or stdin, or a directory) that could not be read or written.
#[derive(Debug)]
pub struct FileError {
    pub op: FileOp,
    /// The file as the user named it (or a description such as "stdin").
    pub what: String,
    pub source: std::io::Error,
}

impl FileError {
    pub fn read(path: &Path, source: std::io::Error) -> FileError {
        FileError::named(FileOp::Read, path.display().to_string(), source)
    }

    pub fn write(path: &Path, source: std::io::Error) -> FileError {
        FileError::named(FileOp::Write, path.display().to_string(), source)
    }

    /// A file named otherwise than by its path (`stdin`, `secret file X`).
    pub fn named(op: FileOp, what: impl Into<String>, source: std::io::Error) -> FileError {
        FileError {
            op,
            what: what.into(),
            source,
        }
    }
}

impl From<FileError> for Failure {
    fn from(e: FileError) -> Failure {
        let error = e.source.to_string();
        let (code, message) = match e.op {
            FileOp::Read => (
                ErrorCode::IoReadFailed,
                crate::fl!("io-cannot-read", file = e.what, error = error),
            ),
            FileOp::Write => (
                ErrorCode::IoWriteFailed,
                crate::fl!("io-cannot-write", file = e.what, error = error),
            ),
        };
        Failure::new(code, message).with_source(e.source)
    }
}

impl From<FileError> for anyhow::Error {
    fn from(e: FileError) -> anyhow::Error {
        Failure::from(e).into()
    }
}
