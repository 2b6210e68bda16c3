//! The label printer as the line sees it: a raw-port network printer (`tcp://HOST:PORT`,
//! port 9100 on most), or a file (a device node such as `/dev/usb/lp0`, or a job file).

use crate::io::atomic;
use crate::output::{ErrorCode, Failure};
use std::io::Write;
use std::path::Path;
use std::time::Duration;

fn usage(msg: impl Into<String>) -> Failure {
    Failure::new(ErrorCode::UsageBadValue, msg)
}

/// `tcp://HOST:PORT` → `HOST:PORT`; anything else is a usage error naming `--printer`.
pub fn addr(url: &str) -> Result<&str, Failure> {
    url.strip_prefix("tcp://")
        .map(|h| h.trim_end_matches('/'))
        .filter(|h| {
            h.rsplit_once(':')
                .is_some_and(|(host, port)| !host.is_empty() && port.parse::<u16>().is_ok())
        })
        .ok_or_else(|| usage(crate::fl!("printer-bad-url", url = format!("{url:?}"))))
}

/// Sends one job over a fresh connection and closes it: what a raw-port printer takes as
/// one job. Unreachable (exit 7): the unit stays at its step.
pub fn send(url: &str, job: &[u8]) -> Result<(), Failure> {
    use std::net::ToSocketAddrs;
    let hostport = addr(url)?;
    let net = |e: std::io::Error| {
        Failure::caused_by(
            ErrorCode::NetPrinterUnreachable,
            crate::fl!("printer-failed", url = url),
            e,
        )
        .hint(crate::fl!("printer-failed-hint"))
    };
    let addr = hostport
        .to_socket_addrs()
        .map_err(net)?
        .next()
        .ok_or_else(|| usage(crate::fl!("printer-no-address", url = format!("{url:?}"))))?;
    let mut s =
        std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(10)).map_err(net)?;
    s.set_write_timeout(Some(Duration::from_secs(30)))
        .map_err(net)?;
    s.write_all(job).map_err(net)?;
    s.flush().map_err(net)?;
    s.shutdown(std::net::Shutdown::Write).map_err(net)?;
    Ok(())
}

/// Writes the job to a file, whole or not at all; to a device node (`/dev/usb/lp0`) or a
/// pipe, in place: the write-then-rename of a file would replace the device node with a
/// regular file (or fail), and the printer would never see the job.
pub fn write_file(path: &Path, job: &[u8]) -> Result<(), Failure> {
    use std::os::unix::fs::FileTypeExt;
    let err = |e: std::io::Error| {
        Failure::caused_by(
            ErrorCode::IoWriteFailed,
            crate::fl!("printer-cannot-write", path = path.display().to_string()),
            e,
        )
    };
    let special = std::fs::metadata(path)
        .is_ok_and(|m| m.file_type().is_char_device() || m.file_type().is_fifo());
    if special {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(err)?;
        return f.write_all(job).and_then(|()| f.flush()).map_err(err);
    }
    atomic::write(path, job, None).map_err(err)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_device_node_is_written_in_place_not_replaced() {
        super::write_file(std::path::Path::new("/dev/null"), b"^XA^XZ").unwrap();
        use std::os::unix::fs::FileTypeExt;
        let m = std::fs::metadata("/dev/null").unwrap();
        assert!(
            m.file_type().is_char_device(),
            "/dev/null is still a device"
        );
    }
}
