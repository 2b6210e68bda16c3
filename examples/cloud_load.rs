//! Load generator for `benches/cloud_conns.sh`: opens N device connections to one
//! `wecom-hw cloud serve` (TLS, trusting its CA), logs each one in (register → active →
//! subscribe_corp, with the emulator started with `--auto-bind-after 0`), then sends
//! `ping` heartbeats on every connection for a fixed time and reports what came back.
//! With `--server-pid`, it also reports the server's CPU time and memory over that window
//! (read from /proc).
//!
//! cargo run --release --example cloud_load -- URL CA N PREFIX SECRET_NO INTERVAL_MS SECS [PID]

use futures_util::{SinkExt, StreamExt};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use serde_json::{Value, json};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::net::TcpStream;
use tokio::sync::Semaphore;
use tokio_tungstenite::tungstenite::Message;
use wecom_hw::core::sign::sign;

#[derive(Default)]
struct Stats {
    subscribed: AtomicUsize,
    held: AtomicUsize,
    failed: AtomicUsize,
    pings: AtomicU64,
    replies: AtomicU64,
    errors: AtomicU64,
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// (utime+stime in clock ticks, VmRSS kB, VmHWM kB) of a process.
fn proc_sample(pid: u32) -> Option<(u64, u64, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = after.split(' ').collect();
    let ticks = f[11].parse::<u64>().ok()? + f[12].parse::<u64>().ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    Some((ticks, kb("VmRSS:"), kb("VmHWM:")))
}

#[allow(clippy::too_many_arguments)]
async fn device(
    url: Arc<String>,
    hostport: Arc<String>,
    tls: tokio_rustls::TlsConnector,
    sn: String,
    secret_no: Arc<String>,
    interval: Duration,
    start_pings: Arc<tokio::sync::Notify>,
    stop_at: Arc<std::sync::OnceLock<Instant>>,
    setup: Arc<Semaphore>,
    stats: Arc<Stats>,
) {
    let permit = setup.acquire().await.unwrap();
    let r: Result<_, String> = async {
        let tcp = TcpStream::connect(hostport.as_str())
            .await
            .map_err(|e| e.to_string())?;
        let tls = tls
            .connect(ServerName::try_from("127.0.0.1").unwrap(), tcp)
            .await
            .map_err(|e| e.to_string())?;
        let (mut ws, _) = tokio_tungstenite::client_async(url.as_str(), tls)
            .await
            .map_err(|e| e.to_string())?;
        let mut call = async |cmd: &str, body: Value| -> Result<Value, String> {
            let mut v = json!({"cmd": cmd, "headers": {"req_id": cmd}});
            if !body.is_null() {
                v["body"] = body;
            }
            ws.send(Message::text(v.to_string()))
                .await
                .map_err(|e| e.to_string())?;
            loop {
                match ws.next().await {
                    Some(Ok(Message::Text(t))) => {
                        let v: Value =
                            serde_json::from_str(t.as_str()).map_err(|e| e.to_string())?;
                        if v.get("cmd").is_none() {
                            return Ok(v);
                        }
                    }
                    Some(Ok(_)) => {}
                    _ => return Err(format!("closed during {cmd}")),
                }
            }
        };
        let ts = now().to_string();
        let nonce = rand::random::<u32>().to_string();
        let sig = sign(&[sn.as_str(), secret_no.as_str(), &ts, &nonce, "register"]);
        let r = call(
            "register",
            json!({"sn": sn, "timestamp": ts, "nonce": nonce, "device_signature": sig}),
        )
        .await?;
        let ac = r["body"]["active_code"].clone();
        let r = call("active", json!({"active_code": ac})).await?;
        let secret = r["body"]["secret"].clone();
        let r = call(
            "subscribe_corp",
            json!({"secret": secret, "firmware_version": "1"}),
        )
        .await?;
        if r["errcode"] != 0 {
            return Err(format!("subscribe_corp: {r}"));
        }
        Ok(ws)
    }
    .await;
    drop(permit);
    let mut ws = match r {
        Ok(ws) => ws,
        Err(e) => {
            if stats.failed.fetch_add(1, Ordering::Relaxed) < 3 {
                eprintln!("{sn}: {e}");
            }
            return;
        }
    };
    stats.subscribed.fetch_add(1, Ordering::Relaxed);
    stats.held.fetch_add(1, Ordering::Relaxed);
    start_pings.notified().await;
    // Spread the first pings over one interval so they do not arrive in lockstep.
    tokio::time::sleep(interval.mul_f64(rand::random::<f64>())).await;
    let mut tick = tokio::time::interval(interval);
    let mut n = 0u64;
    loop {
        tokio::select! {
            _ = tick.tick() => {
                if stop_at.get().is_some_and(|t| Instant::now() >= *t) { break; }
                n += 1;
                let v = json!({"cmd": "ping", "headers": {"req_id": format!("p-{n}")}});
                if ws.send(Message::text(v.to_string())).await.is_err() { break; }
                stats.pings.fetch_add(1, Ordering::Relaxed);
            }
            m = ws.next() => match m {
                Some(Ok(Message::Text(t))) => {
                    let t = t.as_str();
                    if t.contains("\"cmd\"") {
                        // a push, not a heartbeat reply
                    } else if t.contains("\"errcode\":0") {
                        stats.replies.fetch_add(1, Ordering::Relaxed);
                    } else {
                        stats.errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
                Some(Ok(_)) => {}
                _ => break,
            }
        }
    }
    stats.held.fetch_sub(1, Ordering::Relaxed);
    // Keep the socket open until every task is done, so "held" is measured fairly.
    let _ = ws.close(None).await;
}

#[tokio::main]
async fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a.len() < 8 {
        eprintln!("usage: cloud_load URL CA N PREFIX SECRET_NO INTERVAL_MS SECS [SERVER_PID]");
        std::process::exit(2);
    }
    let url = Arc::new(a[1].clone());
    let hostport = Arc::new(
        a[1].trim_start_matches("wss://")
            .trim_end_matches('/')
            .to_owned(),
    );
    let n: usize = a[3].parse().unwrap();
    let prefix = a[4].clone();
    let secret_no = Arc::new(a[5].clone());
    let interval = Duration::from_millis(a[6].parse().unwrap());
    let secs: u64 = a[7].parse().unwrap();
    let pid: Option<u32> = a.get(8).map(|p| p.parse().unwrap());

    let mut roots = rustls::RootCertStore::empty();
    for c in CertificateDer::pem_file_iter(&a[2]).unwrap() {
        roots.add(c.unwrap()).unwrap();
    }
    let cfg = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let tls = tokio_rustls::TlsConnector::from(Arc::new(cfg));
    let stats = Arc::new(Stats::default());
    let start_pings = Arc::new(tokio::sync::Notify::new());
    let stop_at = Arc::new(std::sync::OnceLock::new());
    // At most 64 logins in flight: a device fleet after a power cut, not a SYN flood.
    let setup = Arc::new(Semaphore::new(64));
    let t0 = Instant::now();
    let mut tasks = Vec::with_capacity(n);
    for i in 0..n {
        tasks.push(tokio::spawn(device(
            url.clone(),
            hostport.clone(),
            tls.clone(),
            format!("{prefix}{i:06}"),
            secret_no.clone(),
            interval,
            start_pings.clone(),
            stop_at.clone(),
            setup.clone(),
            stats.clone(),
        )));
    }
    // Wait until every device is logged in or failed (at most 60 s, or the run time).
    let setup_deadline = t0 + Duration::from_secs(secs.max(60));
    while stats.subscribed.load(Ordering::Relaxed) + stats.failed.load(Ordering::Relaxed) < n
        && Instant::now() < setup_deadline
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let setup_secs = t0.elapsed().as_secs_f64();
    eprintln!(
        "{} of {n} devices subscribed in {setup_secs:.1} s ({} failed); heartbeats for {secs} s",
        stats.subscribed.load(Ordering::Relaxed),
        stats.failed.load(Ordering::Relaxed)
    );
    let before = pid.and_then(proc_sample);
    let r0 = stats.replies.load(Ordering::Relaxed);
    let w0 = Instant::now();
    // Devices keep going a little past the window, so the last sample still sees them.
    stop_at
        .set(w0 + Duration::from_secs(secs) + 2 * interval + Duration::from_secs(1))
        .unwrap();
    start_pings.notify_waiters();
    let mut min_held = usize::MAX;
    while w0.elapsed() < Duration::from_secs(secs) {
        tokio::time::sleep(Duration::from_millis(500)).await;
        min_held = min_held.min(stats.held.load(Ordering::Relaxed));
    }
    let window = w0.elapsed().as_secs_f64();
    let replies = stats.replies.load(Ordering::Relaxed) - r0;
    let after = pid.and_then(proc_sample);
    let ticks_per_sec = 100.0; // USER_HZ on Linux
    let server = match (before, after) {
        (Some(b), Some(e)) => json!({
            "cpu_percent": ((e.0 - b.0) as f64 / ticks_per_sec) / window * 100.0,
            "rss_mb": e.1 as f64 / 1024.0,
            "peak_rss_mb": e.2 as f64 / 1024.0,
        }),
        _ => Value::Null,
    };
    let report = json!({
        "target_connections": n,
        "subscribed": stats.subscribed.load(Ordering::Relaxed),
        "failed": stats.failed.load(Ordering::Relaxed),
        "min_connections_held_during_heartbeats": min_held,
        "setup_secs": (setup_secs * 10.0).round() / 10.0,
        "heartbeat_interval_ms": interval.as_millis() as u64,
        "window_secs": (window * 10.0).round() / 10.0,
        "ping_replies": replies,
        "ping_replies_per_sec": (replies as f64 / window).round(),
        "ping_errors": stats.errors.load(Ordering::Relaxed),
        "server": server,
    });
    println!("{report}");
    for t in tasks {
        t.abort();
    }
}
