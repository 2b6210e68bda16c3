//! A minimal HTTP/1.0 file server for published firmware (`download_url` of
//! `get_firmware_info`). It serves only plain names from one directory.

use std::path::PathBuf;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub async fn run(listener: TcpListener, dir: PathBuf) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let dir = dir.clone();
        tokio::spawn(async move {
            let _ =
                tokio::time::timeout(std::time::Duration::from_secs(30), one(stream, dir)).await;
        });
    }
}

async fn one(mut s: TcpStream, dir: PathBuf) -> std::io::Result<()> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < 16 * 1024 {
        let n = s.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let head = String::from_utf8_lossy(&buf);
    let path = head
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("GET "))
        .and_then(|l| l.split(' ').next())
        .and_then(|p| p.strip_prefix("/firmware/"))
        .filter(|n| !n.is_empty() && !n.contains('/') && !n.contains("..") && !n.contains('\\'));
    let body = match path {
        Some(name) => tokio::fs::read(dir.join(name)).await.ok(),
        None => None,
    };
    match body {
        Some(b) => {
            let h = format!(
                "HTTP/1.0 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                b.len()
            );
            s.write_all(h.as_bytes()).await?;
            s.write_all(&b).await?;
        }
        None => {
            s.write_all(b"HTTP/1.0 404 Not Found\r\nContent-Length: 10\r\nConnection: close\r\n\r\nnot found\n")
                .await?
        }
    }
    s.shutdown().await
}
