//! Packets and 20-byte frames (`ble.md` section 4): the 9-byte big-endian header,
//! fragmentation with zero padding, and reassembly that resynchronises on `0xFE`.

pub const MAGIC: u8 = 0xFE;
pub const VERSION: u8 = 0x01;
pub const HEADER_LEN: usize = 9;
pub const FRAME_LEN: usize = 20;
/// Largest packet we accept by default; longer `nLength` values are treated as noise
/// (`ble.md` 4.4, *assumed* cap).
pub const DEFAULT_MAX_PACKET: usize = 4096;
/// A partial packet is dropped when nothing arrived for this long (`ble.md` 4.4).
pub const STALE_MS: u64 = 5_000;

/// One application packet: header fields and the (JSON) body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Packet {
    pub cmd: u16,
    pub seq: u16,
    /// The 9th header byte: sent as 0, unknown meaning (open question 1); kept for logging.
    pub reserved: u8,
    pub body: Vec<u8>,
}

/// Why a packet cannot be encoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("packet body of {0} bytes is too long for the 16-bit length field")]
pub struct TooLong(pub usize);

impl Packet {
    pub fn new(cmd: u16, seq: u16, body: Vec<u8>) -> Packet {
        Packet {
            cmd,
            seq,
            reserved: 0,
            body,
        }
    }

    /// Header + body.
    pub fn encode(&self) -> Result<Vec<u8>, TooLong> {
        self.encode_with_version(VERSION)
    }

    /// Like [`Packet::encode`] with another `bVer` (the simulator's wrong-version fault).
    pub fn encode_with_version(&self, version: u8) -> Result<Vec<u8>, TooLong> {
        let len =
            u16::try_from(HEADER_LEN + self.body.len()).map_err(|_| TooLong(self.body.len()))?;
        let mut v = Vec::with_capacity(len as usize);
        v.push(MAGIC);
        v.push(version);
        v.extend_from_slice(&len.to_be_bytes());
        v.extend_from_slice(&self.cmd.to_be_bytes());
        v.extend_from_slice(&self.seq.to_be_bytes());
        v.push(self.reserved);
        v.extend_from_slice(&self.body);
        Ok(v)
    }

    /// The packet as 20-byte frames, the last one zero-padded (`ble.md` 4.3).
    pub fn frames(&self) -> Result<Vec<[u8; FRAME_LEN]>, TooLong> {
        Ok(fragment(&self.encode()?))
    }
}

/// Splits bytes into 20-byte frames, zero-padding the last one.
pub fn fragment(bytes: &[u8]) -> Vec<[u8; FRAME_LEN]> {
    bytes
        .chunks(FRAME_LEN)
        .map(|c| {
            let mut f = [0u8; FRAME_LEN];
            f[..c.len()].copy_from_slice(c);
            f
        })
        .collect()
}

/// What the reassembler threw away, for diagnostics ("dropped 3 packets with bVer 0x02").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Dropped {
    /// Bytes skipped while looking for `0xFE` (padding included).
    pub skipped_bytes: u64,
    /// Headers with `bVer` ≠ 1.
    pub bad_version: u64,
    /// Headers with `nLength` < 9 or above the cap.
    pub bad_length: u64,
    /// Partial packets discarded after [`STALE_MS`] of silence.
    pub stale: u64,
}

/// Receiver side of the byte stream (`ble.md` 4.4): append frames of any length, take
/// whole packets out. The buffer never holds more than one capped packet plus one push.
#[derive(Debug, Clone)]
pub struct Reassembler {
    buf: Vec<u8>,
    max_packet: usize,
    last_push_ms: Option<u64>,
    pub dropped: Dropped,
}

impl Default for Reassembler {
    fn default() -> Self {
        Reassembler::new(DEFAULT_MAX_PACKET)
    }
}

impl Reassembler {
    pub fn new(max_packet: usize) -> Reassembler {
        Reassembler {
            buf: Vec::new(),
            max_packet: max_packet.max(HEADER_LEN),
            last_push_ms: None,
            dropped: Dropped::default(),
        }
    }

    /// Bytes currently buffered (a partial packet).
    pub fn pending(&self) -> usize {
        self.buf.len()
    }

    /// Appends one frame received at `now_ms` and returns every packet it completed.
    pub fn push(&mut self, frame: &[u8], now_ms: u64) -> Vec<Packet> {
        if let Some(last) = self.last_push_ms
            && now_ms.saturating_sub(last) > STALE_MS
            && !self.buf.is_empty()
        {
            self.dropped.stale += 1;
            self.buf.clear();
        }
        self.last_push_ms = Some(now_ms);
        self.buf.extend_from_slice(frame);
        let mut out = Vec::new();
        while let Some(p) = self.next_packet() {
            out.push(p);
        }
        out
    }

    fn next_packet(&mut self) -> Option<Packet> {
        loop {
            // 1. Skip to the first 0xFE (previous padding, garbage).
            match self.buf.iter().position(|&b| b == MAGIC) {
                Some(0) => {}
                Some(i) => {
                    self.dropped.skipped_bytes += i as u64;
                    self.buf.drain(..i);
                }
                None => {
                    self.dropped.skipped_bytes += self.buf.len() as u64;
                    self.buf.clear();
                    return None;
                }
            }
            // 2. Wait for a whole header.
            if self.buf.len() < HEADER_LEN {
                return None;
            }
            // 3. Wrong version or impossible length: drop this 0xFE and resynchronise.
            let len = u16::from_be_bytes([self.buf[2], self.buf[3]]) as usize;
            if self.buf[1] != VERSION {
                self.dropped.bad_version += 1;
                self.buf.drain(..1);
                continue;
            }
            if len < HEADER_LEN || len > self.max_packet {
                self.dropped.bad_length += 1;
                self.buf.drain(..1);
                continue;
            }
            // 4. Wait for the body.
            if self.buf.len() < len {
                return None;
            }
            // 5. Deliver.
            let p = Packet {
                cmd: u16::from_be_bytes([self.buf[4], self.buf[5]]),
                seq: u16::from_be_bytes([self.buf[6], self.buf[7]]),
                reserved: self.buf[8],
                body: self.buf[HEADER_LEN..len].to_vec(),
            };
            self.buf.drain(..len);
            return Some(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The constructed streams of `ble.md` section 7: (cmd, seq, body, frames as hex lines).
    pub(crate) fn spec_streams() -> Vec<(u16, u16, &'static str, Vec<&'static str>)> {
        vec![
            (
                30004,
                0,
                "",
                vec!["fe 01 00 09 75 34 00 00 00 00 00 00 00 00 00 00 00 00 00 00"],
            ),
            (
                30003,
                0,
                r#"{"ssid":"TestAP","bssid":"","password":"12345678","manual_input":1,"protocol":"WPA2"}"#,
                vec![
                    "fe 01 00 5e 75 33 00 00 00 7b 22 73 73 69 64 22 3a 22 54 65",
                    "73 74 41 50 22 2c 22 62 73 73 69 64 22 3a 22 22 2c 22 70 61",
                    "73 73 77 6f 72 64 22 3a 22 31 32 33 34 35 36 37 38 22 2c 22",
                    "6d 61 6e 75 61 6c 5f 69 6e 70 75 74 22 3a 31 2c 22 70 72 6f",
                    "74 6f 63 6f 6c 22 3a 22 57 50 41 32 22 7d 00 00 00 00 00 00",
                ],
            ),
            (
                10001,
                1,
                r#"{"sn":"SN0001","client_nonce":"1234567890","scene":"1"}"#,
                vec![
                    "fe 01 00 40 27 11 00 01 00 7b 22 73 6e 22 3a 22 53 4e 30 30",
                    "30 31 22 2c 22 63 6c 69 65 6e 74 5f 6e 6f 6e 63 65 22 3a 22",
                    "31 32 33 34 35 36 37 38 39 30 22 2c 22 73 63 65 6e 65 22 3a",
                    "22 31 22 7d 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00",
                ],
            ),
            (
                20001,
                1,
                r#"{"errcode":0,"errmsg":"ok","server_nonce":"987654321","signature":"abc"}"#,
                vec![
                    "fe 01 00 51 4e 21 00 01 00 7b 22 65 72 72 63 6f 64 65 22 3a",
                    "30 2c 22 65 72 72 6d 73 67 22 3a 22 6f 6b 22 2c 22 73 65 72",
                    "76 65 72 5f 6e 6f 6e 63 65 22 3a 22 39 38 37 36 35 34 33 32",
                    "31 22 2c 22 73 69 67 6e 61 74 75 72 65 22 3a 22 61 62 63 22",
                    "7d 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00",
                ],
            ),
            (
                10002,
                2,
                r#"{"signature":"0123456789abcdef"}"#,
                vec![
                    "fe 01 00 29 27 12 00 02 00 7b 22 73 69 67 6e 61 74 75 72 65",
                    "22 3a 22 30 31 32 33 34 35 36 37 38 39 61 62 63 64 65 66 22",
                    "7d 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00",
                ],
            ),
            (
                20002,
                2,
                r#"{"errcode":0,"errmsg":"ok"}"#,
                vec![
                    "fe 01 00 24 4e 22 00 02 00 7b 22 65 72 72 63 6f 64 65 22 3a",
                    "30 2c 22 65 72 72 6d 73 67 22 3a 22 6f 6b 22 7d 00 00 00 00",
                ],
            ),
            (
                10004,
                2,
                r#"{"mac_address":"AABBCCDDEEFF","wifi_name":"TestAP","wifi_connected":true}"#,
                vec![
                    "fe 01 00 52 27 14 00 02 00 7b 22 6d 61 63 5f 61 64 64 72 65",
                    "73 73 22 3a 22 41 41 42 42 43 43 44 44 45 45 46 46 22 2c 22",
                    "77 69 66 69 5f 6e 61 6d 65 22 3a 22 54 65 73 74 41 50 22 2c",
                    "22 77 69 66 69 5f 63 6f 6e 6e 65 63 74 65 64 22 3a 74 72 75",
                    "65 7d 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00",
                ],
            ),
        ]
    }

    pub(crate) fn unhex_frame(line: &str) -> [u8; FRAME_LEN] {
        hex::decode(line.replace(' ', ""))
            .unwrap()
            .try_into()
            .unwrap()
    }

    #[test]
    fn every_example_stream_of_the_spec_round_trips() {
        for (cmd, seq, body, lines) in spec_streams() {
            let frames: Vec<[u8; FRAME_LEN]> = lines.iter().map(|l| unhex_frame(l)).collect();
            let p = Packet::new(cmd, seq, body.as_bytes().to_vec());
            assert_eq!(p.frames().unwrap(), frames, "encoding {cmd}");
            let mut r = Reassembler::default();
            let mut got = Vec::new();
            for f in &frames {
                got.extend(r.push(f, 0));
            }
            assert_eq!(got, vec![p], "decoding {cmd}");
            assert_eq!(r.pending(), 0);
        }
    }

    #[test]
    fn all_streams_back_to_back_decode_in_order() {
        let mut r = Reassembler::default();
        let mut got = Vec::new();
        for (_, _, _, lines) in spec_streams() {
            for l in lines {
                got.extend(r.push(&unhex_frame(l), 0));
            }
        }
        let cmds: Vec<u16> = got.iter().map(|p| p.cmd).collect();
        assert_eq!(cmds, [30004, 30003, 10001, 20001, 10002, 20002, 10004]);
    }

    #[test]
    fn wrong_version_oversize_and_stale_partials_are_dropped() {
        let good = Packet::new(10004, 0, br#"{"wifi_connected":true}"#.to_vec());
        let mut r = Reassembler::new(64);
        let bad = good.encode_with_version(2).unwrap();
        assert!(r.push(&bad, 0).is_empty());
        assert_eq!(r.dropped.bad_version, 1);
        // nLength 0x1000 > cap 64: noise, resync finds the good packet right after.
        let mut stream = vec![0xFE, 0x01, 0x10, 0x00, 0, 0, 0, 0, 0];
        stream.extend(good.encode().unwrap());
        assert_eq!(r.push(&stream, 1), vec![good.clone()]);
        assert_eq!(r.dropped.bad_length, 1);
        // A half packet followed by 5 s of silence is discarded, not glued to the next one.
        let enc = good.encode().unwrap();
        assert!(r.push(&enc[..12], 100).is_empty());
        assert_eq!(r.push(&enc, 100 + STALE_MS + 1), vec![good]);
        assert_eq!(r.dropped.stale, 1);
    }

    proptest! {
        #[test]
        fn any_body_any_split_round_trips(
            cmd: u16,
            seq: u16,
            // JSON bodies never contain 0xFE (UTF-8), but the reassembler is length-driven,
            // so any bytes must survive.
            body in proptest::collection::vec(any::<u8>(), 0..600),
            garbage in proptest::collection::vec(any::<u8>().prop_filter("not a marker", |b| *b != MAGIC), 0..40),
            cuts in proptest::collection::vec(1usize..45, 1..80),
            padded: bool,
        ) {
            let p = Packet::new(cmd, seq, body);
            let mut stream = garbage.clone();
            if padded {
                for f in p.frames().unwrap() { stream.extend_from_slice(&f); }
            } else {
                stream.extend(p.encode().unwrap());
            }
            let mut r = Reassembler::new(1024);
            let mut got = Vec::new();
            let mut rest = &stream[..];
            let mut i = 0;
            while !rest.is_empty() {
                let n = cuts[i % cuts.len()].min(rest.len());
                got.extend(r.push(&rest[..n], 0));
                rest = &rest[n..];
                i += 1;
            }
            prop_assert_eq!(got, vec![p]);
            prop_assert!(r.pending() < FRAME_LEN, "only padding may remain");
        }

        #[test]
        fn frames_are_twenty_bytes_and_zero_padded(body in proptest::collection::vec(any::<u8>(), 0..300)) {
            let p = Packet::new(1, 2, body.clone());
            let frames = p.frames().unwrap();
            let total = HEADER_LEN + body.len();
            prop_assert_eq!(frames.len(), total.div_ceil(FRAME_LEN));
            let flat: Vec<u8> = frames.concat();
            prop_assert_eq!(&flat[..total], &p.encode().unwrap()[..]);
            prop_assert!(flat[total..].iter().all(|b| *b == 0));
        }

        #[test]
        fn random_noise_never_panics_and_stays_bounded(chunks in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..64), 0..50)) {
            let mut r = Reassembler::new(256);
            for c in &chunks {
                for p in r.push(c, 0) {
                    prop_assert!(p.body.len() + HEADER_LEN <= 256);
                }
                prop_assert!(r.pending() <= 256 + 64);
            }
        }
    }
}
