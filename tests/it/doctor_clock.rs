//! `wecom-hw doctor`'s clock and network checks against the real `cloud serve` on
//! loopback: its clock skewed with `--clock-offset` (0, 45, 400 s → ok, warn, fail, the
//! skew shown), and an endpoint whose CA this machine does not trust (fail naming the
//! issuer).

use crate::support::cloud::{Cloud, bin};
use serde_json::Value;

fn doctor(args: &[&str]) -> std::process::Output {
    std::process::Command::new(bin())
        .env("WECOM_HW_STORE", crate::support::no_store())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("WECOM_HW_LANG")
        .args(args)
        .output()
        .unwrap()
}

fn checks(out: &std::process::Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

/// The skew the clock check shows: the signed number its value starts with.
fn skew_shown(c: &Value) -> i64 {
    let v = c["value"].as_str().unwrap();
    v.split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap_or_else(|_| panic!("{v}"))
}

fn clock_against(offset: &str, extra: &[&str]) -> (Value, std::process::Output) {
    let cloud = Cloud::start(&["--clock-offset", offset]);
    let ca = cloud.ca_file().display().to_string();
    let mut args = vec![
        "--json",
        "doctor",
        "--endpoint",
        &cloud.url,
        "--ca-file",
        &ca,
        "--only",
        "clock",
    ];
    args.extend_from_slice(extra);
    let out = doctor(&args);
    let all = checks(&out);
    assert_eq!(all.len(), 1, "--only clock gives one check: {all:?}");
    (all[0].clone(), out)
}

#[test]
fn doctor_clock_in_step_with_the_cloud_is_ok() {
    let (c, out) = clock_against("0", &[]);
    assert_eq!(c["status"], "ok", "{c}");
    assert!(skew_shown(&c).abs() <= 2, "{c}");
    assert!(
        c["value"].as_str().unwrap().contains("get_timestamp"),
        "{c}"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn doctor_clock_45_s_off_is_a_warning_that_strict_turns_into_exit_5() {
    let (c, out) = clock_against("45", &[]);
    assert_eq!(c["status"], "warn", "{c}");
    assert!((skew_shown(&c) - 45).abs() <= 2, "{c}");
    assert_eq!(c["code"], "clock.skewed");
    assert!(c["hint"].as_str().unwrap().contains("timedatectl"), "{c}");
    assert_eq!(out.status.code(), Some(0), "warnings alone exit 0");
    let (_, strict) = clock_against("45", &["--strict"]);
    assert_eq!(
        strict.status.code(),
        Some(5),
        "clock.skewed is exit class 5"
    );
}

#[test]
fn doctor_clock_400_s_behind_fails_outside_the_signature_window() {
    let (c, out) = clock_against("-400", &[]);
    assert_eq!(c["status"], "fail", "{c}");
    assert!((skew_shown(&c) + 400).abs() <= 2, "{c}");
    assert!(c["hint"].as_str().unwrap().contains("300"), "{c}");
    assert_eq!(out.status.code(), Some(5));
    let (c, _) = clock_against("400", &[]);
    assert_eq!(c["status"], "fail", "{c}");
    assert!((skew_shown(&c) - 400).abs() <= 2, "{c}");
}

#[test]
fn doctor_clock_checklist_in_chinese_shows_the_skew_and_ntp() {
    let cloud = Cloud::start(&["--clock-offset", "400"]);
    let ca = cloud.ca_file().display().to_string();
    let out = std::process::Command::new(bin())
        .env("WECOM_HW_STORE", crate::support::no_store())
        .env("LANG", "zh_CN.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("WECOM_HW_LANG")
        .args(["doctor", "--endpoint", &cloud.url, "--ca-file", &ca])
        .args(["--only", "clock", "network"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("失败") && text.contains("NTP"), "{text}");
    assert!(text.contains("秒（云端时间减本机时间"), "{text}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("错误："));
    assert_eq!(out.status.code(), Some(5));
}

#[test]
fn doctor_network_walks_every_step_and_names_the_trust_store() {
    let cloud = Cloud::start(&[]);
    let ca = cloud.ca_file().display().to_string();
    let out = doctor(&[
        "--json",
        "doctor",
        "--endpoint",
        &cloud.url,
        "--ca-file",
        &ca,
        "--only",
        "network",
    ]);
    let all = checks(&out);
    let names: Vec<&str> = all.iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "network.dns",
            "network.tcp",
            "network.tls",
            "network.websocket",
            "network.proxy"
        ]
    );
    for c in &all[..4] {
        assert_eq!(c["status"], "ok", "{c}");
        assert!(
            c["value"].as_str().unwrap().contains(" ms)"),
            "step time: {c}"
        );
    }
    let tls = all[2]["value"].as_str().unwrap();
    assert!(tls.contains("wecom-hw cloud emulator CA"), "issuer: {tls}");
    assert!(tls.contains("SNI 127.0.0.1") && tls.contains(&ca), "{tls}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn doctor_network_with_an_unknown_ca_fails_naming_the_issuer() {
    let cloud = Cloud::start(&[]);
    let out = doctor(&[
        "--lang",
        "en",
        "doctor",
        "--endpoint",
        &cloud.url,
        "--only",
        "network.tls",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find(|l| l.contains("network.tls"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(line.starts_with("FAIL"), "{text}");
    assert!(
        line.contains("wecom-hw cloud emulator CA"),
        "the issuer is named: {line}"
    );
    assert!(
        text.contains("TLS inspection") && text.contains("--ca-file"),
        "{text}"
    );
    assert_eq!(
        out.status.code(),
        Some(7),
        "net.tls_untrusted is exit class 7"
    );
}

#[test]
fn doctor_proxy_variables_are_shown_without_their_password() {
    let out = std::process::Command::new(bin())
        .env("WECOM_HW_STORE", crate::support::no_store())
        .env(
            "https_proxy",
            "http://alice:S3cretProxyPw@proxy.example:3128",
        )
        .args(["--json", "doctor", "--endpoint", "wss://127.0.0.1:1/"])
        .args(["--only", "network.proxy", "--timeout", "1"])
        .output()
        .unwrap();
    let all = checks(&out);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0]["status"], "warn");
    let shown =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(shown.contains("proxy.example:3128"), "{shown}");
    assert!(
        !shown.contains("S3cretProxyPw") && !shown.contains("alice"),
        "{shown}"
    );
}

/// An HTTPS server on loopback that is no WebSocket endpoint: it answers every request
/// with 404 and a `Date` header `skew` seconds off this machine's clock. Returns its URL
/// and the PEM of its (self-signed) certificate.
fn https_date_server(skew: i64) -> (String, String) {
    use std::io::{Read, Write};
    let cert = rcgen::generate_simple_self_signed(vec!["127.0.0.1".into()]).unwrap();
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(cert.signing_key.serialize_der().into());
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let config = std::sync::Arc::new(
        rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(vec![cert.cert.der().clone()], key)
            .unwrap(),
    );
    let lis = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("wss://{}/", lis.local_addr().unwrap());
    std::thread::spawn(move || {
        for s in lis.incoming() {
            let Ok(mut tcp) = s else { break };
            let config = config.clone();
            std::thread::spawn(move || {
                let _ = tcp.set_read_timeout(Some(std::time::Duration::from_secs(10)));
                let mut conn = rustls::ServerConnection::new(config).unwrap();
                let mut tls = rustls::Stream::new(&mut conn, &mut tcp);
                let mut req = Vec::new();
                let mut buf = [0u8; 1024];
                while !req.windows(4).any(|w| w == b"\r\n\r\n") {
                    match tls.read(&mut buf) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => req.extend_from_slice(&buf[..n]),
                    }
                }
                let at = time::OffsetDateTime::now_utc() + time::Duration::seconds(skew);
                let date = at
                    .format(time::macros::format_description!(
                        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
                    ))
                    .unwrap();
                let _ = write!(
                    tls,
                    "HTTP/1.1 404 Not Found\r\nDate: {date}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                );
                let _ = tls.flush();
            });
        }
    });
    (url, cert.cert.pem())
}

#[test]
fn doctor_clock_falls_back_to_the_http_date_without_get_timestamp() {
    let (url, pem) = https_date_server(-120);
    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("server.pem");
    std::fs::write(&ca, pem).unwrap();
    let ca = ca.display().to_string();
    let out = doctor(&[
        "--json",
        "doctor",
        "--endpoint",
        &url,
        "--ca-file",
        &ca,
        "--only",
        "clock",
        "network.websocket",
    ]);
    let all = checks(&out);
    assert_eq!(all.len(), 2, "{all:?}");
    let clock = &all[0];
    assert_eq!(clock["status"], "warn", "{clock}");
    assert!((skew_shown(clock) + 120).abs() <= 2, "{clock}");
    assert!(
        clock["value"].as_str().unwrap().contains("HTTP Date"),
        "{clock}"
    );
    assert_eq!(
        all[1]["status"], "fail",
        "not a WebSocket endpoint: {}",
        all[1]
    );
    assert_eq!(out.status.code(), Some(7), "the first failure decides");
}

#[test]
fn doctor_network_warns_when_only_a_root_added_to_this_machine_trusts_the_endpoint() {
    // The emulator's CA installed in "the system's" trust store (rustls-native-certs reads
    // SSL_CERT_FILE), as a TLS-inspecting firewall's CA is on a company laptop.
    let cloud = Cloud::start(&[]);
    let out = std::process::Command::new(bin())
        .env("WECOM_HW_STORE", crate::support::no_store())
        .env("SSL_CERT_FILE", cloud.ca_file())
        .args(["--lang", "en", "--json", "doctor", "--endpoint", &cloud.url])
        .args(["--only", "network.tls"])
        .output()
        .unwrap();
    let all = checks(&out);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0]["status"], "warn", "{all:?}");
    let v = all[0]["value"].as_str().unwrap();
    assert!(
        v.contains("wecom-hw cloud emulator CA") && v.contains("possible TLS inspection"),
        "{v}"
    );
    assert_eq!(out.status.code(), Some(0));

    // Given with --ca-file, the same CA is what the user asked to trust: no warning.
    let ca = cloud.ca_file().display().to_string();
    let out = std::process::Command::new(bin())
        .env("WECOM_HW_STORE", crate::support::no_store())
        .env("SSL_CERT_FILE", cloud.ca_file())
        .args([
            "--json",
            "doctor",
            "--endpoint",
            &cloud.url,
            "--ca-file",
            &ca,
        ])
        .args(["--only", "network.tls"])
        .output()
        .unwrap();
    assert_eq!(checks(&out)[0]["status"], "ok");
}
