//! `--signer exec:PROGRAM`: a vendor-supplied program computes the 20001 signature.
//! Protocol: the request JSON (`{"sn","client_nonce","scene","server_nonce"}`) on stdin;
//! on stdout either the bare signature or `{"signature": "...", "server_nonce": "..."}`;
//! exit status 0. The program runs without a shell and is killed after the timeout.

use crate::core::ble::signer::{HandshakeSigner, SignAnswer, SignRequest, parse_program_output};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub struct ExecSigner {
    pub program: PathBuf,
    pub timeout: Duration,
}

impl HandshakeSigner for ExecSigner {
    fn name(&self) -> String {
        format!("exec:{}", self.program.display())
    }

    fn sign(&self, req: &SignRequest) -> Result<SignAnswer, String> {
        let prog = self.program.display().to_string();
        let mut child = Command::new(&self.program)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                crate::fl!(
                    "ble-signer-cannot-run",
                    program = prog.clone(),
                    error = e.to_string()
                )
            })?;
        let input = serde_json::to_vec(req).expect("JSON");
        if let Some(mut stdin) = child.stdin.take() {
            // A program that ignores stdin may close it early; that is its business.
            let _ = stdin.write_all(&input);
        }
        let started = Instant::now();
        let status = loop {
            match child.try_wait().map_err(|e| {
                crate::fl!(
                    "ble-signer-waiting",
                    program = prog.clone(),
                    error = e.to_string()
                )
            })? {
                Some(s) => break s,
                None if started.elapsed() > self.timeout => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(crate::fl!(
                        "ble-signer-no-answer",
                        program = prog.clone(),
                        secs = self.timeout.as_secs()
                    ));
                }
                None => std::thread::sleep(Duration::from_millis(10)),
            }
        };
        let mut stdout = String::new();
        let mut stderr = String::new();
        if let Some(mut o) = child.stdout.take() {
            o.read_to_string(&mut stdout).map_err(|e| {
                crate::fl!(
                    "ble-signer-reading",
                    program = prog.clone(),
                    error = e.to_string()
                )
            })?;
        }
        if let Some(mut e) = child.stderr.take() {
            let _ = e.read_to_string(&mut stderr);
        }
        if !status.success() {
            let first = stderr.lines().next().unwrap_or("").trim();
            let exited = crate::fl!(
                "ble-signer-exited",
                program = prog.clone(),
                status = status.to_string()
            );
            return Err(if first.is_empty() {
                exited
            } else {
                format!("{exited}: {first}")
            });
        }
        parse_program_output(&stdout).map_err(|e| format!("{prog}: {e}"))
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn script(dir: &std::path::Path, name: &str, body: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
        p
    }

    fn req() -> SignRequest {
        SignRequest {
            sn: "SN1".into(),
            client_nonce: "1".into(),
            scene: "1".into(),
            server_nonce: "2".into(),
        }
    }

    #[test]
    fn a_hanging_program_is_killed_after_the_timeout() {
        let dir = tempfile::tempdir().unwrap();
        let s = ExecSigner {
            program: script(dir.path(), "hang.sh", "sleep 30"),
            timeout: Duration::from_millis(200),
        };
        let started = Instant::now();
        let e = s.sign(&req()).unwrap_err();
        assert!(e.contains("did not answer"), "{e}");
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn the_request_arrives_on_stdin_and_json_answers_are_understood() {
        let dir = tempfile::tempdir().unwrap();
        let prog = script(
            dir.path(),
            "echo.sh",
            r#"read line; case "$line" in *'"sn":"SN1"'*) echo '{"signature":"ok","server_nonce":"9"}';; *) exit 1;; esac"#,
        );
        let a = ExecSigner {
            program: prog,
            timeout: Duration::from_secs(5),
        }
        .sign(&req())
        .unwrap();
        assert_eq!(
            (a.signature.as_str(), a.server_nonce.as_deref()),
            ("ok", Some("9"))
        );
        let missing = ExecSigner {
            program: dir.path().join("nope"),
            timeout: Duration::from_secs(1),
        };
        assert!(missing.sign(&req()).unwrap_err().contains("cannot run"));
    }
}
