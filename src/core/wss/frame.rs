//! The binary half of the wire (`wss.md` 2.4): length-prefixed fields, u32 little-endian,
//! packed back to back. Every length is checked against the bytes actually present and
//! capped at [`MAX_FIELD_LEN`] before anything is allocated, so a lying length field costs
//! nothing.

/// Cap on any single field (2.4.4: "e.g. 16 MiB").
pub const MAX_FIELD_LEN: usize = 16 << 20;

/// Byte order of the length fields. Little-endian is what both known clients and page
/// 94029 use; big-endian exists only as a diagnosis switch for open question 7.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ByteOrder {
    #[default]
    Little,
    Big,
}

/// Cloud → device binary reply, `format_version` 1 (2.4.1): the successful answer to
/// `gen_login_qrcode`, keyed by the request's req_id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BinaryReply {
    pub req_id: String,
    pub data: Vec<u8>,
}

/// Device → cloud binary upload (2.4.2 v1, 2.4.3 v2 with `args`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    /// 1 or 2. Version 2 always carries an `args` field on the wire (possibly empty).
    pub version: u32,
    pub cmd: String,
    pub req_id: String,
    pub data: Vec<u8>,
    /// Only for version 2: UTF-8 JSON text (assumed, 2.4.3).
    pub args: Option<Vec<u8>>,
}

/// Why a binary message was refused. Per 2.4.4 the receiver logs it and drops the message;
/// it does not close the connection.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    #[error("binary message truncated: `{field}` needs {need} more bytes, {have} left")]
    Truncated {
        field: &'static str,
        need: usize,
        have: usize,
    },
    #[error("binary message has unknown format_version {0}")]
    UnknownVersion(u32),
    #[error("binary field `{field}` declares {len} bytes, over the {max}-byte cap")]
    TooLong {
        field: &'static str,
        len: u64,
        max: usize,
    },
    #[error("binary message has {0} bytes after its last field")]
    Trailing(usize),
    #[error("binary field `{0}` is not UTF-8 text")]
    NotUtf8(&'static str),
}

impl From<FrameError> for crate::output::Failure {
    /// The peer's fault on the wire: a network-class failure, as an unusable answer is.
    fn from(e: FrameError) -> Self {
        crate::output::Failure::new(
            crate::output::ErrorCode::CloudMalformed,
            crate::fl!("cloud-bad-frame", detail = e.to_string()),
        )
        .with_source(e)
    }
}

struct Reader<'a> {
    rest: &'a [u8],
    order: ByteOrder,
}

impl<'a> Reader<'a> {
    fn u32(&mut self, field: &'static str) -> Result<u32, FrameError> {
        let (head, rest) = self
            .rest
            .split_first_chunk::<4>()
            .ok_or(FrameError::Truncated {
                field,
                need: 4,
                have: self.rest.len(),
            })?;
        self.rest = rest;
        Ok(match self.order {
            ByteOrder::Little => u32::from_le_bytes(*head),
            ByteOrder::Big => u32::from_be_bytes(*head),
        })
    }

    /// A length-prefixed field: the length is capped, then checked against what is
    /// present, and only then is anything borrowed.
    fn field(&mut self, field: &'static str) -> Result<&'a [u8], FrameError> {
        let len = self.u32(field)? as usize;
        if len > MAX_FIELD_LEN {
            return Err(FrameError::TooLong {
                field,
                len: len as u64,
                max: MAX_FIELD_LEN,
            });
        }
        if len > self.rest.len() {
            return Err(FrameError::Truncated {
                field,
                need: len,
                have: self.rest.len(),
            });
        }
        let (v, rest) = self.rest.split_at(len);
        self.rest = rest;
        Ok(v)
    }

    fn text(&mut self, field: &'static str) -> Result<String, FrameError> {
        let b = self.field(field)?;
        std::str::from_utf8(b)
            .map(str::to_owned)
            .map_err(|_| FrameError::NotUtf8(field))
    }

    fn finish(self) -> Result<(), FrameError> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(FrameError::Trailing(self.rest.len()))
        }
    }
}

fn put(out: &mut Vec<u8>, field: &[u8]) {
    // Encoding a field over 4 GiB cannot be represented; callers cap uploads far below.
    let len = u32::try_from(field.len()).expect("binary field fits u32");
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(field);
}

/// The `format_version` of a binary message, if it has one.
pub fn peek_version(b: &[u8]) -> Option<u32> {
    b.first_chunk::<4>().map(|h| u32::from_le_bytes(*h))
}

impl BinaryReply {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(12 + self.req_id.len() + self.data.len());
        out.extend_from_slice(&1u32.to_le_bytes());
        put(&mut out, self.req_id.as_bytes());
        put(&mut out, &self.data);
        out
    }

    pub fn decode(b: &[u8]) -> Result<BinaryReply, FrameError> {
        Self::decode_with(b, ByteOrder::Little)
    }

    /// The req_id of a v1 reply whose later fields may be malformed, if that much is sound.
    pub fn peek_req_id(b: &[u8]) -> Option<String> {
        let mut r = Reader {
            rest: b,
            order: ByteOrder::Little,
        };
        (r.u32("format_version").ok()? == 1)
            .then(|| r.text("req_id").ok())
            .flatten()
    }

    pub fn decode_with(b: &[u8], order: ByteOrder) -> Result<BinaryReply, FrameError> {
        let mut r = Reader { rest: b, order };
        let v = r.u32("format_version")?;
        if v != 1 {
            return Err(FrameError::UnknownVersion(v));
        }
        let req_id = r.text("req_id")?;
        let data = r.field("binary")?.to_vec();
        r.finish()?;
        Ok(BinaryReply { req_id, data })
    }
}

impl Upload {
    /// A v1 upload (`upload_log`).
    pub fn v1(cmd: impl Into<String>, req_id: impl Into<String>, data: Vec<u8>) -> Upload {
        Upload {
            version: 1,
            cmd: cmd.into(),
            req_id: req_id.into(),
            data,
            args: None,
        }
    }

    /// Encodes as `self.version`; a v2 upload without `args` gets `args_len = 0`, and `args`
    /// on a v1 upload are not sent (v1 has no such field).
    pub fn encode(&self) -> Vec<u8> {
        let args = self.args.as_deref().unwrap_or_default();
        let mut out = Vec::with_capacity(
            20 + self.cmd.len() + self.req_id.len() + self.data.len() + args.len(),
        );
        out.extend_from_slice(&self.version.to_le_bytes());
        put(&mut out, self.cmd.as_bytes());
        put(&mut out, self.req_id.as_bytes());
        put(&mut out, &self.data);
        if self.version >= 2 {
            put(&mut out, args);
        }
        out
    }

    pub fn decode(b: &[u8]) -> Result<Upload, FrameError> {
        let mut r = Reader {
            rest: b,
            order: ByteOrder::Little,
        };
        let version = r.u32("format_version")?;
        if version != 1 && version != 2 {
            return Err(FrameError::UnknownVersion(version));
        }
        let cmd = r.text("cmd")?;
        let req_id = r.text("req_id")?;
        let data = r.field("binary")?.to_vec();
        let args = if version == 2 {
            Some(r.field("args")?.to_vec())
        } else {
            None
        };
        r.finish()?;
        Ok(Upload {
            version,
            cmd,
            req_id,
            data,
            args,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn hex(s: &str) -> Vec<u8> {
        hex::decode(s.split_whitespace().collect::<String>()).unwrap()
    }

    /// 2.4.1 constructed example, byte for byte.
    #[test]
    fn spec_binary_reply_example() {
        let wire = hex("01000000 04000000 71722d31 08000000 89504e470d0a1a0a");
        let r = BinaryReply::decode(&wire).unwrap();
        assert_eq!(r.req_id, "qr-1");
        assert_eq!(r.data, b"\x89PNG\r\n\x1a\n");
        assert_eq!(r.encode(), wire);
    }

    /// 2.4.2 constructed example: 45 bytes.
    #[test]
    fn spec_upload_v1_example() {
        let wire = hex(
            "01000000 0a000000 75706c6f61645f6c6f67 0d000000 6c625f75706c6f61645f6c6f67 06000000 68656c6c6f0a",
        );
        assert_eq!(wire.len(), 45);
        let u = Upload::v1("upload_log", "lb_upload_log", b"hello\n".to_vec());
        assert_eq!(u.encode(), wire);
        assert_eq!(Upload::decode(&wire).unwrap(), u);
    }

    /// 2.4.3 constructed example: 48 bytes.
    #[test]
    fn spec_upload_v2_example() {
        let wire = hex(
            "02000000 0a000000 75706c6f61645f6c6f67 03000000 752d32 06000000 68656c6c6f0a 09000000 7b226b223a2276227d",
        );
        assert_eq!(wire.len(), 48);
        let u = Upload {
            version: 2,
            cmd: "upload_log".into(),
            req_id: "u-2".into(),
            data: b"hello\n".to_vec(),
            args: Some(br#"{"k":"v"}"#.to_vec()),
        };
        assert_eq!(u.encode(), wire);
        assert_eq!(Upload::decode(&wire).unwrap(), u);
    }

    #[test]
    fn big_endian_switch_reads_a_big_endian_peer() {
        let wire = hex("00000001 00000004 71722d31 00000001 ff");
        assert_eq!(
            BinaryReply::decode(&wire),
            Err(FrameError::UnknownVersion(0x0100_0000))
        );
        let r = BinaryReply::decode_with(&wire, ByteOrder::Big).unwrap();
        assert_eq!(
            (r.req_id.as_str(), r.data.as_slice()),
            ("qr-1", &[0xff][..])
        );
    }

    #[test]
    fn lying_lengths_are_refused_without_allocating() {
        // data_len claims 4 GiB - 1 with 0 bytes behind it.
        let wire = hex("01000000 04000000 71722d31 ffffffff");
        assert!(matches!(
            BinaryReply::decode(&wire),
            Err(FrameError::TooLong {
                field: "binary",
                ..
            })
        ));
        // Just under the cap, but overruns the message.
        let mut wire = hex("01000000 00000000");
        wire.extend_from_slice(&(MAX_FIELD_LEN as u32).to_le_bytes());
        wire.extend_from_slice(b"abc");
        assert!(matches!(
            BinaryReply::decode(&wire),
            Err(FrameError::Truncated {
                field: "binary",
                need: 16777216,
                have: 3
            })
        ));
    }

    #[test]
    fn underrun_and_trailing_bytes_are_malformed() {
        let mut wire = BinaryReply {
            req_id: "a".into(),
            data: vec![1, 2, 3],
        }
        .encode();
        wire.push(0);
        assert_eq!(BinaryReply::decode(&wire), Err(FrameError::Trailing(1)));
        let short = &wire[..wire.len() - 2];
        assert!(matches!(
            BinaryReply::decode(short),
            Err(FrameError::Truncated { .. })
        ));
        assert!(matches!(
            BinaryReply::decode(&[1, 0]),
            Err(FrameError::Truncated {
                field: "format_version",
                ..
            })
        ));
    }

    #[test]
    fn wrong_versions_and_bad_text() {
        let u = Upload::v1("upload_log", "r", vec![]).encode();
        // An upload is not a reply (the receiver knows the layout from its role).
        assert!(BinaryReply::decode(&u).is_err());
        let mut v3 = u.clone();
        v3[0] = 3;
        assert_eq!(Upload::decode(&v3), Err(FrameError::UnknownVersion(3)));
        let bad = BinaryReply {
            req_id: String::new(),
            data: vec![],
        };
        let mut wire = bad.encode();
        // Replace the empty req_id with one invalid UTF-8 byte.
        wire[4] = 1;
        wire.insert(8, 0xff);
        assert_eq!(
            BinaryReply::decode(&wire),
            Err(FrameError::NotUtf8("req_id"))
        );
    }

    #[test]
    fn v2_without_args_encodes_an_empty_args_field() {
        let u = Upload {
            version: 2,
            cmd: "c".into(),
            req_id: "r".into(),
            data: vec![9],
            args: None,
        };
        let d = Upload::decode(&u.encode()).unwrap();
        assert_eq!(d.args, Some(vec![]));
        assert_eq!(peek_version(&u.encode()), Some(2));
    }

    proptest! {
        #[test]
        fn reply_round_trip(req in "\\PC{0,40}", data in proptest::collection::vec(any::<u8>(), 0..300)) {
            let r = BinaryReply { req_id: req, data };
            let w = r.encode();
            prop_assert_eq!(w.len(), 12 + r.req_id.len() + r.data.len());
            prop_assert_eq!(BinaryReply::decode(&w).unwrap(), r);
        }

        #[test]
        fn upload_round_trip(v2 in any::<bool>(), cmd in "[a-z_/]{0,20}", req in "\\PC{0,20}",
                             data in proptest::collection::vec(any::<u8>(), 0..200),
                             args in proptest::collection::vec(any::<u8>(), 0..50)) {
            let u = Upload { version: if v2 { 2 } else { 1 }, cmd, req_id: req, data,
                             args: if v2 { Some(args) } else { None } };
            prop_assert_eq!(Upload::decode(&u.encode()).unwrap(), u);
        }

        #[test]
        fn every_truncation_is_refused(req in "[a-z]{0,8}", data in proptest::collection::vec(any::<u8>(), 0..40), cut in any::<prop::sample::Index>()) {
            let w = BinaryReply { req_id: req, data }.encode();
            let n = cut.index(w.len());
            prop_assert!(BinaryReply::decode(&w[..n]).is_err());
        }

        #[test]
        fn garbage_never_panics(b in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = BinaryReply::decode(&b);
            let _ = Upload::decode(&b);
        }
    }
}
