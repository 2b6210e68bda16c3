//! A loopback raw-port label printer that answers status queries the way real ones do:
//! ZPL `~HS` with the three host-status lines (STX … ETX, CR LF), TSPL `<ESC>!?` with one
//! status byte, or nothing at all (many network printers never answer). The answers are
//! written here from the ZPL II and TSPL manuals, not taken from the code under test.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::Duration;

/// What the printer answers to a status query.
#[derive(Debug, Clone, Copy)]
pub enum Answer {
    /// A ZPL printer: `~HS` → host status with these flags.
    Zpl {
        paper_out: bool,
        paused: bool,
        head_open: bool,
        ribbon_out: bool,
    },
    /// A TSPL printer: `<ESC>!?` → this byte.
    Tspl(u8),
    /// Takes every byte, answers nothing.
    Silent,
}

impl Answer {
    pub const ZPL_READY: Answer = Answer::Zpl {
        paper_out: false,
        paused: false,
        head_open: false,
        ribbon_out: false,
    };
}

/// A ZPL printer's answer to `~HS` with these flags.
pub fn host_status(paper_out: bool, paused: bool, head_open: bool, ribbon_out: bool) -> Vec<u8> {
    let b = |f: bool| u8::from(f);
    format!(
        "\x02030,{},{},0812,000,0,0,0,000,0,0,0\x03\r\n\x02001,0,{},{},0,2,6,0,00000000,1,000\x03\r\n\x021234,0\x03\r\n",
        b(paper_out),
        b(paused),
        b(head_open),
        b(ribbon_out)
    )
    .into_bytes()
}

/// Starts the printer on 127.0.0.1 (a thread serving every connection until the test
/// process ends); returns its `tcp://` URL.
pub fn start(answer: Answer) -> String {
    let lis = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("tcp://{}", lis.local_addr().unwrap());
    std::thread::spawn(move || {
        for s in lis.incoming() {
            let Ok(mut s) = s else { break };
            std::thread::spawn(move || {
                let _ = s.set_read_timeout(Some(Duration::from_secs(30)));
                let mut seen = Vec::new();
                let mut buf = [0u8; 256];
                loop {
                    let n = match s.read(&mut buf) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => n,
                    };
                    seen.extend_from_slice(&buf[..n]);
                    let reply = match answer {
                        Answer::Zpl {
                            paper_out,
                            paused,
                            head_open,
                            ribbon_out,
                        } if seen.windows(3).any(|w| w == b"~HS") => {
                            host_status(paper_out, paused, head_open, ribbon_out)
                        }
                        Answer::Tspl(byte) if seen.windows(3).any(|w| w == b"\x1b!?") => {
                            vec![byte]
                        }
                        _ => continue,
                    };
                    let _ = s.write_all(&reply);
                    seen.clear();
                }
            });
        }
    });
    url
}
