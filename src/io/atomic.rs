//! Files that appear whole or not at all: written under a temporary name in the same
//! directory, flushed, then renamed over the target. A crash leaves either the old file or
//! the new one, plus a `.tmp` that the next successful write of the same target removes.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file being written; call [`AtomicFile::commit`] to publish it. Dropped without
/// committing, the temporary file is removed.
pub struct AtomicFile {
    target: PathBuf,
    tmp: PathBuf,
    writer: Option<BufWriter<File>>,
}

impl AtomicFile {
    /// Starts writing `target`. `mode` (Unix permission bits) applies from creation, so a
    /// secret-bearing file is never readable by others even for a moment.
    pub fn create(target: &Path, mode: Option<u32>) -> io::Result<AtomicFile> {
        let tmp = temp_path(target)?;
        let mut opts = OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(mode.unwrap_or(0o644));
        }
        #[cfg(not(unix))]
        let _ = mode;
        let file = opts.open(&tmp)?;
        Ok(AtomicFile {
            target: target.to_owned(),
            tmp,
            writer: Some(BufWriter::with_capacity(1 << 16, file)),
        })
    }

    /// Flushes, syncs and renames over the target.
    pub fn commit(mut self) -> io::Result<()> {
        let w = self.writer.take().expect("not yet committed");
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&self.tmp, &self.target)?;
        // A run killed mid-write left its temporary file (for a payload: the secret);
        // the target is whole now, so those are of no use to anyone.
        remove_stale_temps(&self.target);
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer.as_mut().expect("open").write(buf)
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.writer.as_mut().expect("open").write_all(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.writer.as_mut().expect("open").flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.writer.take().is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// The temporary name `target` is written under: `.NAME.PID-N.tmp` in the same directory.
/// Unique per call, not only per process: two threads saving the same file at once must
/// not share (and delete) each other's temporary file.
pub fn temp_path(target: &Path) -> io::Result<PathBuf> {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let name = target
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file path"))?;
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    // getpid(2) is a system call each time; the process id does not change.
    static PID: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    let pid = *PID.get_or_init(std::process::id);
    tmp_name.push(format!(".{pid}-{n}.tmp"));
    Ok(target.with_file_name(tmp_name))
}

/// If `file_name` is a temporary file of [`temp_path`], the name of its target.
pub fn temp_target(file_name: &str) -> Option<&str> {
    let inner = file_name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (name, tag) = inner.rsplit_once('.')?;
    let (pid, n) = tag.split_once('-')?;
    (!pid.is_empty()
        && !n.is_empty()
        && pid.bytes().all(|b| b.is_ascii_digit())
        && n.bytes().all(|b| b.is_ascii_digit()))
    .then_some(name)
}

/// Removes the temporary files of `target` left by processes that no longer run. Those of
/// running processes (another writer of the same file) are left alone. Best effort.
fn remove_stale_temps(target: &Path) {
    let (Some(dir), Some(name)) = (target.parent(), target.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let f = e.file_name();
        let Some(f) = f.to_str() else { continue };
        if temp_target(f).is_none_or(|t| std::ffi::OsStr::new(t) != name) {
            continue;
        }
        let pid = f
            .rsplit_once('.')
            .and_then(|(rest, _)| rest.rsplit_once('.'))
            .and_then(|(_, tag)| tag.split_once('-'))
            .and_then(|(pid, _)| pid.parse::<u32>().ok());
        if pid.is_some_and(|p| p != std::process::id() && !process_alive(p)) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Whether a process with this id exists (signal 0 checks without sending anything).
fn process_alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = i32::try_from(pid) else {
            return false;
        };
        // SAFETY: kill with signal 0 sends nothing; it only checks the pid.
        let r = unsafe { libc::kill(pid, 0) };
        r == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

/// Like [`write`] but without the fsync: still whole-or-nothing against a crash of this
/// process (rename is atomic), for batches that sync once at the end instead of per file.
pub fn write_unsynced(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = temp_path(target)?;
    let r = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, target));
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    r
}

/// Writes `bytes` to `target` atomically.
pub fn write(target: &Path, bytes: &[u8], mode: Option<u32>) -> io::Result<()> {
    let mut f = AtomicFile::create(target, mode)?;
    f.write_all(bytes)?;
    f.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appears_only_on_commit_and_vanishes_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.txt");
        let mut f = AtomicFile::create(&p, None).unwrap();
        f.write_all(b"half").unwrap();
        assert!(!p.exists());
        drop(f);
        assert!(!p.exists());
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "no temp left"
        );
        write(&p, b"whole", Some(0o600)).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"whole");
        let t = temp_path(&p).unwrap();
        let t2 = temp_path(&p).unwrap();
        assert_ne!(t, t2, "unique per call");
        let tn = t.file_name().unwrap().to_str().unwrap();
        assert_eq!(temp_target(tn), Some("out.txt"));
        assert_eq!(temp_target(".out.txt.tmp"), None);
        assert_eq!(temp_target("out.txt"), None);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_commit_removes_temps_of_dead_writers_only() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("unit.json");
        // A killed run's temp (a pid that cannot exist), a live process's, another file's.
        let dead = dir.path().join(".unit.json.4294967295-0.tmp");
        let live = dir.path().join(format!(
            ".unit.json.{}-0.tmp",
            std::os::unix::process::parent_id()
        ));
        let other = dir.path().join(".other.json.4294967295-0.tmp");
        for f in [&dead, &live, &other] {
            std::fs::write(f, "x").unwrap();
        }
        write(&p, b"whole", Some(0o600)).unwrap();
        assert!(!dead.exists());
        assert!(live.exists());
        assert!(other.exists());
    }
}
