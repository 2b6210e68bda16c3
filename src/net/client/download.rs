//! Firmware download for `--on push_update_firmware=fetch` (`wss.md` 6.7): a minimal
//! HTTP/1.x GET over plain TCP or rustls, since `download_url` may be either scheme. The
//! MD5 and size check of the caller is the integrity protection, not the transport.

use super::transport::Io;
use anyhow::{Context, Result, anyhow, bail};
use rustls_pki_types::ServerName;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::http::Uri;

/// Fetches `url` and returns the body; refuses bodies over `max` bytes.
pub async fn get(url: &str, tls: Arc<rustls::ClientConfig>, max: u64) -> Result<Vec<u8>> {
    let uri: Uri = url
        .parse()
        .with_context(|| crate::fl!("rest-download-bad-url", url = format!("{url:?}")))?;
    let host = uri
        .host()
        .ok_or_else(|| {
            anyhow!(crate::fl!(
                "rest-download-no-host",
                url = format!("{url:?}")
            ))
        })?
        .trim_matches(['[', ']'])
        .to_owned();
    let https = match uri.scheme_str() {
        Some("https") => true,
        Some("http") => false,
        _ => bail!(crate::fl!("rest-download-scheme", url = format!("{url:?}"))),
    };
    let port = uri.port_u16().unwrap_or(if https { 443 } else { 80 });
    let tcp = TcpStream::connect((host.as_str(), port))
        .await
        .with_context(|| {
            crate::fl!(
                "rest-download-cannot-reach",
                addr = format!("{host}:{port}")
            )
        })?;
    let mut s: Box<dyn Io> = if https {
        let name = ServerName::try_from(host.clone())?;
        Box::new(
            tokio_rustls::TlsConnector::from(tls)
                .connect(name, tcp)
                .await
                .with_context(|| crate::fl!("rest-download-tls", host = host.clone()))?,
        )
    } else {
        Box::new(tcp)
    };
    let path = uri.path_and_query().map_or("/", |p| p.as_str());
    let req = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: wecom-hw\r\nConnection: close\r\n\r\n"
    );
    s.write_all(req.as_bytes()).await?;
    let mut buf = Vec::new();
    (&mut s)
        .take(max + 64 * 1024)
        .read_to_end(&mut buf)
        .await
        .with_context(|| crate::fl!("rest-download-reading"))?;
    let split = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| anyhow!(crate::fl!("rest-download-no-response", host = host.clone())))?;
    let head = String::from_utf8_lossy(&buf[..split]).to_string();
    let status = head
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or("");
    if status != "200" {
        bail!(crate::fl!(
            "rest-download-status",
            url = url,
            status = status
        ));
    }
    if head
        .lines()
        .any(|l| l.to_ascii_lowercase().starts_with("transfer-encoding:") && l.contains("chunked"))
    {
        bail!(crate::fl!("rest-download-chunked", url = url));
    }
    let body = buf.split_off(split + 4);
    if body.len() as u64 > max {
        bail!(crate::fl!(
            "rest-download-too-large",
            url = url,
            max = max.to_string()
        ));
    }
    Ok(body)
}
