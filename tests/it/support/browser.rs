//! A real headless Chromium driven through chromedriver's WebDriver protocol (W3C), with
//! a client of a few lines over the plain HTTP of [`super::console::http`]: no WebDriver
//! crate in the build. Chromium and chromedriver are Debian's (`.ci/test` installs them).

use super::console::http;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The line of `.ci/test` that installs the browser.
pub const INSTALL: &str = "apt-get install -y chromium chromium-driver";

/// chromedriver with one Chromium session; both end when dropped.
pub struct Browser {
    addr: String,
    session: String,
    driver: Child,
    _profile: tempfile::TempDir,
}

fn find(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join(name))
            .find(|f| f.is_file())
    })
}

impl Browser {
    /// Starts chromedriver and a headless Chromium whose browser asks for `accept_lang`.
    /// Panics (the test fails, never skips) when either is missing.
    pub fn start(accept_lang: &str) -> Browser {
        let (Some(chromium), Some(driver)) = (find("chromium"), find("chromedriver")) else {
            panic!(
                "the browser tests need Debian's chromium and chromedriver: run `{INSTALL}` \
                 (as .ci/test does)"
            );
        };
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        let driver = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let addr = format!("127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(&addr).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let profile = tempfile::tempdir().unwrap();
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--window-size=1280,1000",
                    format!("--user-data-dir={}", profile.path().display()),
                    format!("--lang={accept_lang}"),
                ],
                "prefs": {"intl.accept_languages": accept_lang},
            }
        }}});
        let mut b = Browser {
            addr,
            session: String::new(),
            driver,
            _profile: profile,
        };
        let v = b.call("POST", "/session", Some(caps));
        b.session = v["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {v}"))
            .to_owned();
        b
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.try_call(method, path, body, true).unwrap()
    }

    /// A WebDriver command; with `strict`, a failure panics, else it is `None` (a page
    /// that is being replaced answers scripts with errors for a moment).
    fn try_call(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
        strict: bool,
    ) -> Option<Value> {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let r = http(
            &self.addr,
            method,
            path,
            &["Content-Type: application/json".into()],
            body.as_bytes(),
        );
        let v: Value = match serde_json::from_str(&r.body) {
            Ok(v) => v,
            Err(_) if !strict => return None,
            Err(_) => panic!("{method} {path}: {} {:?}", r.status, r.body),
        };
        if strict {
            assert_eq!(r.status, 200, "{method} {path}: {v}");
        }
        (r.status == 200).then(|| v["value"].clone())
    }

    fn s(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    pub fn goto(&self, url: &str) {
        self.call("POST", &self.s("/url"), Some(json!({ "url": url })));
    }

    pub fn url(&self) -> String {
        self.call("GET", &self.s("/url"), None)
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// The text of the element a CSS selector finds, read in one script (the live page
    /// replaces its elements: a reference kept between two calls may go stale).
    /// Empty when there is no such element (yet).
    pub fn text(&self, css: &str) -> String {
        let v = self.try_call(
            "POST",
            &self.s("/execute/sync"),
            Some(json!({
                "script": "const e = document.querySelector(arguments[0]); return e ? e.innerText : null;",
                "args": [css]
            })),
            false,
        );
        v.and_then(|v| v.as_str().map(|t| t.trim().to_owned()))
            .unwrap_or_default()
    }

    pub fn attribute(&self, css: &str, name: &str) -> String {
        let v = self.call(
            "POST",
            &self.s("/execute/sync"),
            Some(json!({
                "script": "const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;",
                "args": [css, name]
            })),
        );
        v.as_str().unwrap_or_default().to_owned()
    }

    /// Clicks the element a CSS selector finds. Through a script, which returns at once:
    /// WebDriver's own click waits for the navigation a form button starts, and under load
    /// chromedriver sometimes drops that connection unanswered. The click waits 50 ms, so
    /// that the script's answer is sent before the navigation it starts (a click at once
    /// sometimes lost that answer too).
    pub fn click(&self, css: &str) {
        let found = self.call(
            "POST",
            &self.s("/execute/sync"),
            Some(json!({
                "script": "const e = document.querySelector(arguments[0]); if (!e) return false; setTimeout(() => e.click(), 50); return true;",
                "args": [css]
            })),
        );
        assert_eq!(found, true, "no element {css}");
    }

    /// Runs a script in the page and returns its value.
    /// Resizes the window (CSS pixels), e.g. to a phone's 390 × 844.
    pub fn resize(&self, width: u32, height: u32) {
        self.call(
            "POST",
            &self.s("/window/rect"),
            Some(json!({"width": width, "height": height})),
        );
    }

    pub fn script(&self, js: &str) -> Value {
        self.call(
            "POST",
            &self.s("/execute/sync"),
            Some(json!({"script": js, "args": []})),
        )
    }

    /// Saves a PNG of the window.
    pub fn screenshot(&self, to: &Path) {
        let v = self.call("GET", &self.s("/screenshot"), None);
        let png = base64(v.as_str().unwrap());
        assert!(png.starts_with(b"\x89PNG"), "not a PNG");
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::write(to, png).unwrap();
    }

    /// Polls `f` until it returns true, at most `secs` seconds; false if it never did.
    pub fn wait(&self, secs: f64, mut f: impl FnMut(&Browser) -> bool) -> bool {
        let deadline = Instant::now() + Duration::from_secs_f64(secs);
        loop {
            if f(self) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                http(&self.addr, "DELETE", &self.s(""), &[], b"")
            }));
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Standard base64 (the screenshot), decoded without a crate.
fn base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let clean: Vec<u8> = s.bytes().filter(|c| !b"=\r\n".contains(c)).collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for ch in clean.chunks(4) {
        let mut n = 0u32;
        for (i, c) in ch.iter().enumerate() {
            n |= (val(*c) as u32) << (18 - 6 * i);
        }
        out.push((n >> 16) as u8);
        if ch.len() > 2 {
            out.push((n >> 8) as u8);
        }
        if ch.len() > 3 {
            out.push(n as u8);
        }
    }
    out
}

/// Where screenshots go: `target/console-screenshots/NAME.png`.
pub fn screenshot_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("console-screenshots")
        .join(format!("{name}.png"))
}
