//! The real `wecom-hw console` as a child process, and a plain HTTP/1.1 client over a
//! TCP stream (what a browser sends, header by header, with nothing added by a library).

use super::cloud::bin;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running console; killed when dropped (unless it runs inside another process: see
/// [`Console::inside`]).
pub struct Console {
    /// `127.0.0.1:PORT`.
    pub addr: String,
    pub token: String,
    child: Option<Child>,
}

/// One HTTP answer.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    /// Header lines as sent, lowercased names.
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Everything the client received, for leak checks.
    pub fn all(&self) -> String {
        let mut s = String::new();
        for (k, v) in &self.headers {
            s.push_str(&format!("{k}: {v}\n"));
        }
        s.push_str(&self.body);
        s
    }
}

impl Console {
    /// `wecom-hw --store STORE console --listen 127.0.0.1:0 EXTRA…`, up when it printed its URL.
    pub fn start(store: &Path, extra: &[&str]) -> Console {
        Console::start_env(store, extra, &[])
    }

    /// [`Console::start`] with environment variables set (`TZ`: the line PC's zone).
    pub fn start_env(store: &Path, extra: &[&str], env: &[(&str, &str)]) -> Console {
        let mut child = Command::new(bin())
            .arg("--store")
            .arg(store)
            .args(["--lang", "en", "console", "--listen", "127.0.0.1:0"])
            .args(extra)
            .envs(env.iter().copied())
            .env_remove("WECOM_HW_STORE")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = child.stdout.take().unwrap();
        let mut line = Vec::new();
        let mut b = [0u8; 1];
        while out.read(&mut b).unwrap_or(0) == 1 && b[0] != b'\n' {
            line.push(b[0]);
        }
        let url = String::from_utf8(line).unwrap();
        let rest = url
            .strip_prefix("http://")
            .unwrap_or_else(|| panic!("console printed {url:?}"));
        let (addr, token) = rest.split_once("/?token=").unwrap();
        // Keep the pipe drained so the console never blocks on a full stdout.
        std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
        Console {
            addr: addr.to_owned(),
            token: token.to_owned(),
            child: Some(child),
        }
    }

    /// The console another process serves (`cloud serve --console`), from the URL it
    /// printed (`http://ADDR/PATH?token=TOKEN`).
    pub fn inside(url: &str) -> Console {
        let rest = url
            .strip_prefix("http://")
            .unwrap_or_else(|| panic!("not a console URL: {url:?}"));
        let (addr, query) = rest.split_once('/').unwrap();
        let token = query.split_once("token=").unwrap().1;
        Console {
            addr: addr.to_owned(),
            token: token.to_owned(),
            child: None,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}/?token={}", self.addr, self.token)
    }

    pub fn cookie(&self) -> String {
        format!("wecom_hw_console={}", self.token)
    }

    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A request with the given extra header lines; the body gets its Content-Length.
    pub fn request(&self, method: &str, path: &str, headers: &[String], body: &[u8]) -> Reply {
        http(&self.addr, method, path, headers, body)
    }

    /// GET with the token's cookie.
    pub fn get(&self, path: &str) -> Reply {
        self.request("GET", path, &[format!("Cookie: {}", self.cookie())], b"")
    }

    /// GET with the cookie and a language.
    pub fn get_lang(&self, path: &str, accept: &str) -> Reply {
        self.request(
            "GET",
            path,
            &[
                format!("Cookie: {}", self.cookie()),
                format!("Accept-Language: {accept}"),
            ],
            b"",
        )
    }

    /// A form POST from the console's own page (cookie and Origin).
    pub fn post_form(&self, path: &str, form: &str) -> Reply {
        self.request(
            "POST",
            path,
            &[
                format!("Cookie: {}", self.cookie()),
                format!("Origin: {}", self.origin()),
                "Content-Type: application/x-www-form-urlencoded".into(),
            ],
            form.as_bytes(),
        )
    }

    /// Opens the event stream (`/events`).
    pub fn events(&self) -> Events {
        self.events_at("/events")
    }

    /// Opens an event stream at `path`.
    pub fn events_at(&self, path: &str) -> Events {
        self.events_at_lang(path, "en")
    }

    /// Opens an event stream at `path` for a browser that asks for `accept`.
    pub fn events_at_lang(&self, path: &str, accept: &str) -> Events {
        let mut s = TcpStream::connect(&self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        let req = format!(
            "GET {path} HTTP/1.1\r\nHost: {}\r\nCookie: {}\r\nAccept: text/event-stream\r\nAccept-Language: {accept}\r\n\r\n",
            self.addr,
            self.cookie()
        );
        s.write_all(req.as_bytes()).unwrap();
        Events { s, raw: Vec::new() }
    }
}

/// An open event stream.
pub struct Events {
    s: TcpStream,
    raw: Vec<u8>,
}

impl Events {
    /// Reads until `until` holds of everything received since the last call, or `secs`
    /// passed; returns that text (headers and chunk sizes included: leak checks want all).
    pub fn read_until(&mut self, secs: u64, until: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        let mut b = [0u8; 16384];
        loop {
            let text = String::from_utf8_lossy(&self.raw).into_owned();
            if until(&text) || Instant::now() >= deadline {
                self.raw.clear();
                return text;
            }
            match self.s.read(&mut b) {
                Ok(0) => std::thread::sleep(Duration::from_millis(50)),
                Ok(n) => self.raw.extend_from_slice(&b[..n]),
                Err(_) => {}
            }
        }
    }
}

/// One HTTP/1.1 request to `addr` (`HOST:PORT`) on a fresh connection.
pub fn http(addr: &str, method: &str, path: &str, headers: &[String], body: &[u8]) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for h in headers {
        req.push_str(h);
        req.push_str("\r\n");
    }
    if method != "GET" {
        req.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    // The server may answer (413) before reading a large body; a broken pipe then is the
    // answer's doing, not the test's.
    let _ = s.write_all(body);
    // Read to the end of the answer as its headers delimit it: a server may keep the
    // connection open despite `Connection: close` (chromedriver does).
    let mut raw = Vec::new();
    let mut b = [0u8; 16384];
    loop {
        if complete(&raw) {
            break;
        }
        match s.read(&mut b) {
            Ok(0) | Err(_) => break,
            Ok(n) => raw.extend_from_slice(&b[..n]),
        }
    }
    parse(&raw)
}

/// A whole answer: headers, then Content-Length bytes, or a chunked body's last chunk.
fn complete(raw: &[u8]) -> bool {
    let Some(split) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return false;
    };
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let body = &raw[split + 4..];
    if let Some(n) = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|n| n.trim().parse::<usize>().ok())
    {
        return body.len() >= n;
    }
    if head.contains("transfer-encoding: chunked") {
        return body.ends_with(b"0\r\n\r\n");
    }
    false
}

impl Drop for Console {
    fn drop(&mut self) {
        if let Some(c) = &mut self.child {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Status line, headers, and the body (de-chunked when chunked).
fn parse(raw: &[u8]) -> Reply {
    // No answer at all (the peer closed): status 0, for the caller to judge.
    let Some(split) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return Reply {
            status: 0,
            headers: Vec::new(),
            body: String::from_utf8_lossy(raw).into_owned(),
        };
    };
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let body = &raw[split + 4..];
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP answer: {head:?}"));
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"));
    let body = if chunked {
        dechunk(body)
    } else {
        body.to_vec()
    };
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    }
}

fn dechunk(mut s: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = s.windows(2).position(|w| w == b"\r\n") {
        let size = String::from_utf8_lossy(&s[..eol]);
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        let rest = &s[eol + 2..];
        if n == 0 || rest.len() < n {
            break;
        }
        out.extend_from_slice(&rest[..n]);
        s = rest[n..].strip_prefix(b"\r\n").unwrap_or(&rest[n..]);
    }
    out
}
