//! Files that appear whole or not at all. A single file ([`AtomicFile`], [`write`]) is
//! written under a temporary name in the same directory, flushed, then renamed over the
//! target: a crash leaves either the old file or the new one, plus a `.tmp` that the next
//! successful write of the same target removes.
//!
//! A batch of files in one directory ([`Dir`]) is, on Linux, written unnamed (`O_TMPFILE`)
//! and linked under its name once complete: a killed run leaves nothing behind, and there
//! is no temporary name to create and rename (two directory operations fewer per file,
//! which is most of the kernel time of a batch of small labels). Where that is not
//! available (another OS, a filesystem without `O_TMPFILE`, no `/proc`) or the target
//! exists already (linking never replaces a file), the file goes under a temporary name
//! and is renamed, as above.

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
/// [`Dir::write_unsynced`] does the same for many files of one directory, faster.
pub fn write_unsynced(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = temp_path(target)?;
    let r = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, target));
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    r
}

/// A directory opened once to write many files into it, each whole or not at all and
/// without an fsync of its own (the caller syncs the batch once, e.g. with syncfs(2)).
///
/// On Linux a file is written unnamed (`open(dir, O_TMPFILE)`) and linked under its name
/// (`linkat` of `/proc/self/fd/N`, which needs no privilege): it appears complete or never,
/// and a run killed mid-write leaves nothing at all. A target that exists already is
/// replaced the portable way (temporary name, then rename), and so is every file once the
/// unnamed way failed for any other reason (filesystem without `O_TMPFILE`, no `/proc`);
/// those temporary names are what [`temp_target`] recognises.
pub struct Dir {
    path: PathBuf,
    #[cfg(target_os = "linux")]
    fd: std::os::fd::OwnedFd,
    /// Whether to try `O_TMPFILE` + `linkat` (cleared on the first failure that is not
    /// an existing target).
    #[cfg(target_os = "linux")]
    unnamed: std::sync::atomic::AtomicBool,
}

/// Why the unnamed way did not write a file.
#[cfg(target_os = "linux")]
enum Unnamed {
    /// The name is taken: replace it by rename.
    Exists,
    /// Not available here (or failed for a reason the named way will report).
    Unavailable,
}

impl Dir {
    /// Opens `path`, an existing directory.
    pub fn open(path: &Path) -> io::Result<Dir> {
        #[cfg(target_os = "linux")]
        {
            use std::os::unix::fs::OpenOptionsExt;
            let f = OpenOptions::new()
                .read(true)
                .custom_flags(libc::O_DIRECTORY)
                .open(path)?;
            Ok(Dir {
                path: path.to_owned(),
                fd: f.into(),
                unnamed: std::sync::atomic::AtomicBool::new(true),
            })
        }
        #[cfg(not(target_os = "linux"))]
        {
            if !std::fs::metadata(path)?.is_dir() {
                return Err(io::Error::new(
                    io::ErrorKind::NotADirectory,
                    "not a directory",
                ));
            }
            Ok(Dir {
                path: path.to_owned(),
            })
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether files still go the unnamed way (`O_TMPFILE` + `linkat`); false on other
    /// systems and after that way failed once.
    pub fn writes_unnamed(&self) -> bool {
        #[cfg(target_os = "linux")]
        {
            self.unnamed.load(std::sync::atomic::Ordering::Relaxed)
        }
        #[cfg(not(target_os = "linux"))]
        {
            false
        }
    }

    /// Tests use this to take the temporary-name way on a filesystem that has `O_TMPFILE`.
    #[cfg(test)]
    fn named_only(self) -> Dir {
        #[cfg(target_os = "linux")]
        self.unnamed
            .store(false, std::sync::atomic::Ordering::Relaxed);
        self
    }

    /// Writes `bytes` as `name` (a plain file name in this directory), replacing a file of
    /// that name: whole or not at all against a crash of this process, not synced.
    pub fn write_unsynced(&self, name: &str, bytes: &[u8]) -> io::Result<()> {
        if name.is_empty() || name.contains(['/', '\0']) || name == "." || name == ".." {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "not a plain file name",
            ));
        }
        #[cfg(target_os = "linux")]
        if self.writes_unnamed() {
            match self.write_unnamed(name, bytes) {
                Ok(()) => return Ok(()),
                Err(Unnamed::Exists) => {}
                Err(Unnamed::Unavailable) => self
                    .unnamed
                    .store(false, std::sync::atomic::Ordering::Relaxed),
            }
        }
        write_unsynced(&self.path.join(name), bytes)
    }

    /// `O_TMPFILE` in the directory, the bytes, then a link under `name`. Closing the
    /// descriptor without a link (any error, or the process killed) frees the file.
    #[cfg(target_os = "linux")]
    fn write_unnamed(&self, name: &str, bytes: &[u8]) -> Result<(), Unnamed> {
        use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
        let name = std::ffi::CString::new(name).map_err(|_| Unnamed::Unavailable)?;
        // SAFETY: a valid directory descriptor and a NUL-terminated path; the result is
        // checked before use. Mode as std::fs::write creates files (umask applies).
        let fd = unsafe {
            libc::openat(
                self.fd.as_raw_fd(),
                c".".as_ptr(),
                libc::O_TMPFILE | libc::O_WRONLY | libc::O_CLOEXEC,
                0o666 as libc::c_uint,
            )
        };
        if fd < 0 {
            return Err(Unnamed::Unavailable);
        }
        // SAFETY: `fd` was just opened and is owned by nothing else.
        let mut file = File::from(unsafe { OwnedFd::from_raw_fd(fd) });
        file.write_all(bytes).map_err(|_| Unnamed::Unavailable)?;
        let mut proc_path = *b"/proc/self/fd/\0\0\0\0\0\0\0\0\0\0\0\0";
        let mut digits = itoa::Buffer::new();
        let digits = digits.format(fd).as_bytes();
        proc_path[14..14 + digits.len()].copy_from_slice(digits);
        // SAFETY: both paths are NUL-terminated (the digits of an int fit in 11 bytes of
        // the 12 NULs), both descriptors are open for the call.
        let r = unsafe {
            libc::linkat(
                libc::AT_FDCWD,
                proc_path.as_ptr().cast(),
                self.fd.as_raw_fd(),
                name.as_ptr(),
                libc::AT_SYMLINK_FOLLOW,
            )
        };
        if r != 0 {
            return Err(
                if io::Error::last_os_error().raw_os_error() == Some(libc::EEXIST) {
                    Unnamed::Exists
                } else {
                    Unnamed::Unavailable
                },
            );
        }
        Ok(())
    }
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

    /// Whether this filesystem gives unnamed files that can be linked (checked here with
    /// the system calls themselves, not through `Dir`).
    #[cfg(target_os = "linux")]
    fn fs_links_unnamed_files(dir: &Path) -> bool {
        use std::os::unix::ffi::OsStrExt;
        let d = std::ffi::CString::new(dir.as_os_str().as_bytes()).unwrap();
        // SAFETY: NUL-terminated path; the descriptor is closed below.
        let fd = unsafe { libc::open(d.as_ptr(), libc::O_TMPFILE | libc::O_WRONLY, 0o600) };
        if fd < 0 {
            return false;
        }
        let from = std::ffi::CString::new(format!("/proc/self/fd/{fd}")).unwrap();
        let to = std::ffi::CString::new(dir.join("probe").into_os_string().as_bytes()).unwrap();
        // SAFETY: NUL-terminated paths, open descriptor.
        let ok = unsafe {
            libc::linkat(
                libc::AT_FDCWD,
                from.as_ptr(),
                libc::AT_FDCWD,
                to.as_ptr(),
                libc::AT_SYMLINK_FOLLOW,
            )
        } == 0;
        // SAFETY: closes the descriptor opened above, once.
        unsafe { libc::close(fd) };
        let _ = std::fs::remove_file(dir.join("probe"));
        ok
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_dir_writes_new_files_unnamed_where_the_filesystem_can() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = Dir::open(tmp.path()).unwrap();
        dir.write_unsynced("a.png", b"first").unwrap();
        dir.write_unsynced("b.png", b"").unwrap();
        assert_eq!(std::fs::read(tmp.path().join("a.png")).unwrap(), b"first");
        assert_eq!(std::fs::read(tmp.path().join("b.png")).unwrap(), b"");
        assert_eq!(names(tmp.path()), ["a.png", "b.png"], "nothing else left");
        #[cfg(target_os = "linux")]
        if fs_links_unnamed_files(tmp.path()) {
            assert!(dir.writes_unnamed());
            // A name of 250 bytes has no room for a temporary name (255 at most): only
            // the unnamed way can write it.
            let long = "x".repeat(250);
            dir.write_unsynced(&long, b"long").unwrap();
            assert_eq!(std::fs::read(tmp.path().join(&long)).unwrap(), b"long");
            let named = Dir::open(tmp.path()).unwrap().named_only();
            let e = named.write_unsynced(&long, b"again").unwrap_err();
            assert_eq!(e.raw_os_error(), Some(libc::ENAMETOOLONG), "{e}");
            assert_eq!(std::fs::read(tmp.path().join(&long)).unwrap(), b"long");
        }
        #[cfg(unix)]
        {
            // Created like std::fs::write creates files: 0666 less the umask.
            use std::os::unix::fs::PermissionsExt;
            std::fs::write(tmp.path().join("ref"), b"").unwrap();
            let mode = |f: &str| {
                std::fs::metadata(tmp.path().join(f))
                    .unwrap()
                    .permissions()
                    .mode()
            };
            assert_eq!(mode("a.png"), mode("ref"));
        }
    }

    #[test]
    fn a_dir_replaces_existing_files_and_keeps_writing_unnamed() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = Dir::open(tmp.path()).unwrap();
        let before = dir.writes_unnamed();
        std::fs::write(tmp.path().join("a.png"), b"short").unwrap();
        dir.write_unsynced("a.png", b"replaced whole").unwrap();
        assert_eq!(
            std::fs::read(tmp.path().join("a.png")).unwrap(),
            b"replaced whole"
        );
        dir.write_unsynced("a.png", b"and again").unwrap();
        assert_eq!(
            std::fs::read(tmp.path().join("a.png")).unwrap(),
            b"and again"
        );
        assert_eq!(names(tmp.path()), ["a.png"], "no temporary file left");
        // An existing target is not a reason to give the unnamed way up.
        assert_eq!(dir.writes_unnamed(), before);
        dir.write_unsynced("b.png", b"new").unwrap();
        assert_eq!(std::fs::read(tmp.path().join("b.png")).unwrap(), b"new");
    }

    #[test]
    fn a_dir_without_unnamed_files_uses_temporary_names() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = Dir::open(tmp.path()).unwrap().named_only();
        assert!(!dir.writes_unnamed());
        dir.write_unsynced("a.png", b"one").unwrap();
        dir.write_unsynced("a.png", b"two").unwrap();
        dir.write_unsynced("b.png", b"three").unwrap();
        assert_eq!(std::fs::read(tmp.path().join("a.png")).unwrap(), b"two");
        assert_eq!(std::fs::read(tmp.path().join("b.png")).unwrap(), b"three");
        assert_eq!(names(tmp.path()), ["a.png", "b.png"], "temporaries renamed");
        for bad in ["", ".", "..", "sub/a.png", "a\0.png"] {
            assert!(dir.write_unsynced(bad, b"x").is_err(), "{bad:?}");
        }
        assert_eq!(names(tmp.path()), ["a.png", "b.png"]);
    }

    #[test]
    fn a_dir_must_exist_and_be_a_directory() {
        let tmp = tempfile::tempdir().unwrap();
        assert!(Dir::open(&tmp.path().join("missing")).is_err());
        std::fs::write(tmp.path().join("f"), b"").unwrap();
        assert!(Dir::open(&tmp.path().join("f")).is_err());
    }
}
