//! Runs a station's external programs (flasher, verifier) without a shell: a command
//! template split into words with its placeholders filled in, and a child run in its own
//! process group, killed whole at its deadline.

use crate::output::{ErrorCode, Failure};
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn usage(msg: impl Into<String>) -> Failure {
    Failure::new(ErrorCode::UsageBadValue, msg)
}

/// Splits a command template into words (no shell): whitespace separates, '…' and "…"
/// quote, backslash escapes one character. Then each `(placeholder, value)` of `vars`
/// (e.g. `("{file}", path)`) is substituted in each word, so a path with spaces stays one
/// argument.
pub fn argv(template: &str, vars: &[(&str, &str)]) -> Result<Vec<String>, Failure> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = template.chars();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some('"'), '\\') | (None, '\\') => {
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            (Some(_), c) => cur.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
                continue;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
                continue;
            }
            (None, c) => cur.push(c),
        }
        in_word = true;
    }
    if quote.is_some() {
        return Err(usage(crate::fl!(
            "runner-unbalanced-quote",
            command = format!("{template:?}")
        )));
    }
    if in_word {
        words.push(cur);
    }
    if words.is_empty() {
        return Err(usage(crate::fl!("runner-empty-command")));
    }
    Ok(words
        .into_iter()
        .map(|w| {
            vars.iter()
                .fold(w, |w, (placeholder, value)| w.replace(placeholder, value))
        })
        .collect())
}

/// Whether `program` (a command's first word) can be started the way [`run_with_timeout`]
/// will: a word with a slash is a path (from the current directory), a bare name is
/// searched on PATH.
pub fn find_program(program: &str) -> bool {
    matches!(
        locate_program(program, std::env::var_os("PATH").as_deref()),
        Located::Runnable(_)
    )
}

/// Where a command's program was found, if it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Located {
    /// A file this user may execute.
    Runnable(std::path::PathBuf),
    /// A file without execute permission (the first such on PATH).
    NotExecutable(std::path::PathBuf),
    Missing,
}

/// Finds `program` as [`run_with_timeout`] will start it: a word with a slash is a path
/// (from the current directory), a bare name is searched on `path_var` (the PATH), the
/// first executable file winning.
pub fn locate_program(program: &str, path_var: Option<&std::ffi::OsStr>) -> Located {
    use std::os::unix::fs::PermissionsExt;
    use std::path::{Path, PathBuf};
    let look = |p: PathBuf| match std::fs::metadata(&p) {
        Ok(m) if m.is_file() && m.permissions().mode() & 0o111 != 0 => Located::Runnable(p),
        Ok(m) if m.is_file() => Located::NotExecutable(p),
        _ => Located::Missing,
    };
    if program.is_empty() {
        return Located::Missing;
    }
    if program.contains('/') {
        return look(Path::new(program).to_owned());
    }
    let mut first_file = Located::Missing;
    for dir in path_var.map(std::env::split_paths).into_iter().flatten() {
        match look(dir.join(program)) {
            Located::Runnable(p) => return Located::Runnable(p),
            f @ Located::NotExecutable(_) if first_file == Located::Missing => first_file = f,
            _ => {}
        }
    }
    first_file
}

/// Whether the child `pid` has exited, leaving it unreaped (`WNOWAIT`): its process
/// group id stays ours until [`std::process::Child::wait`] reaps it.
fn exited_unreaped(pid: i32) -> std::io::Result<bool> {
    // SAFETY: a zeroed siginfo_t is a valid out-parameter for waitid(2).
    let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
    // SAFETY: waitid(2) writes only into `info`, which we own.
    let r = unsafe {
        libc::waitid(
            libc::P_PID,
            pid as libc::id_t,
            &mut info,
            libc::WEXITED | libc::WNOHANG | libc::WNOWAIT,
        )
    };
    if r != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: waitid filled `info`; with WNOHANG and no change it leaves si_pid 0.
    Ok(unsafe { info.si_pid() } != 0)
}

/// What a child process did.
#[derive(Debug)]
pub struct Ran {
    /// Its exit code; `None` when a signal ended it.
    pub code: Option<i32>,
    /// Still running at the deadline: its process group was killed.
    pub timed_out: bool,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub elapsed: Duration,
}

/// Runs a command in its own process group, killing the whole group at the deadline
/// (a flasher script's children must not outlive it holding the serial port).
pub fn run_with_timeout(args: &[String], timeout: Duration) -> Result<Ran, Failure> {
    use std::os::unix::process::CommandExt;
    let start = Instant::now();
    let mut child = Command::new(&args[0])
        .args(&args[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .map_err(|e| {
            usage(crate::fl!(
                "runner-cannot-run",
                program = format!("{:?}", args[0]),
                error = e.to_string()
            ))
            .with_source(e)
        })?;
    let pump = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = r.read_to_end(&mut v);
            v
        })
    };
    let out_t = pump(Box::new(child.stdout.take().expect("piped")));
    let err_t = pump(Box::new(child.stderr.take().expect("piped")));
    // The group is killed while its leader is still a zombie (exited, not yet reaped), so
    // its id cannot have been given to another process: killing `-pid` after the reap
    // could, on a busy machine whose PIDs wrap (pid_max is often 32768), kill someone
    // else's process group.
    let pid = child.id() as i32;
    let kill_group = || {
        // SAFETY: kill(2) on our own child's process group, whose leader we have not
        // reaped yet; no memory involved.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    };
    let mut nap = Duration::from_micros(200);
    let timed_out = loop {
        match exited_unreaped(pid) {
            Ok(true) => break false,
            Ok(false) if start.elapsed() >= timeout => break true,
            Ok(false) => {
                std::thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(20));
            }
            Err(e) => {
                kill_group();
                let _ = child.wait();
                return Err(Failure::new(
                    ErrorCode::IoFailed,
                    crate::fl!(
                        "runner-wait-failed",
                        program = format!("{:?}", args[0]),
                        error = e.to_string()
                    ),
                )
                .with_source(e));
            }
        }
    };
    // At the deadline: the whole group. After a normal exit: grandchildren left in the
    // group, which would keep the pipes open.
    kill_group();
    let status = child.wait().ok().filter(|_| !timed_out);
    Ok(Ran {
        code: status.and_then(|s| s.code()),
        timed_out,
        stdout: out_t.join().unwrap_or_default(),
        stderr: err_t.join().unwrap_or_default(),
        elapsed: start.elapsed(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_templates_split_like_a_shell_and_substitute_per_word() {
        let a = argv(
            r#"flash.sh --port '/dev/tty USB0' {file} "x {sn}" a\ b"#,
            &[("{file}", "/t/p q.bin"), ("{sn}", "E3")],
        )
        .unwrap();
        assert_eq!(
            a,
            [
                "flash.sh",
                "--port",
                "/dev/tty USB0",
                "/t/p q.bin",
                "x E3",
                "a b"
            ]
        );
        assert!(argv("a 'b", &[]).is_err());
        assert!(argv("  ", &[]).is_err());
    }

    #[test]
    fn a_deadline_kills_the_whole_process_group() {
        let args: Vec<String> = ["sh", "-c", "echo started; sleep 30 & wait"]
            .map(String::from)
            .into();
        let t = Instant::now();
        let r = run_with_timeout(&args, Duration::from_millis(300)).unwrap();
        assert!(r.timed_out && r.code.is_none(), "{r:?}");
        assert_eq!(
            r.stdout, b"started\n",
            "the pipes closed: the grandchild died too"
        );
        assert!(t.elapsed() < Duration::from_secs(10));
        let ok = run_with_timeout(&["true".to_owned()], Duration::from_secs(10)).unwrap();
        assert_eq!((ok.code, ok.timed_out), (Some(0), false));
    }

    #[test]
    fn a_grandchild_left_behind_is_killed_when_the_command_exits() {
        // The script exits at once with code 3; the sleep it left holds its stdout.
        let args: Vec<String> = ["sh", "-c", "echo done; sleep 30 & exit 3"]
            .map(String::from)
            .into();
        let t = Instant::now();
        let r = run_with_timeout(&args, Duration::from_secs(20)).unwrap();
        assert_eq!((r.code, r.timed_out), (Some(3), false), "{r:?}");
        assert_eq!(r.stdout, b"done\n");
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "the pipes closed: the grandchild was killed, not waited for"
        );
    }

    #[test]
    fn programs_are_found_by_path_or_on_path() {
        assert!(find_program("sh"));
        assert!(find_program("/bin/sh"));
        assert!(!find_program("./no-such-flasher-4711"));
        assert!(!find_program("no-such-flasher-4711"));
    }
}
