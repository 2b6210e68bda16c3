//! The sorted-SHA1 signature of the WeCom hardware protocols (`wss.md` section 3).
//!
//! `signature = lowercase_hex(SHA1(concat(sort_bytewise(values))))`: the *values* only,
//! numbers as their decimal text exactly as sent, the scene constant included as one value.

use crate::core::secret::{Secret, mask};
use sha1::{Digest, Sha1};

/// The four places a device signs something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scene {
    /// Dynamic bind QR shown on the device screen: `type=qrcode`, valid 30 minutes.
    Bind,
    /// Dynamic login QR: `type=dynamic_login` plus `state`, valid 1800 s.
    Login,
    /// `register` command: `device_signature` over the constant `register`.
    Register,
    /// `get_secret_no` seed exchange: signed with the seedSecretNo, constant `secret_no`.
    SecretNo,
}

impl Scene {
    /// The scene constant that enters the hash.
    pub fn constant(self) -> &'static str {
        match self {
            Scene::Bind => "qrcode",
            Scene::Login => "dynamic_login",
            Scene::Register => "register",
            Scene::SecretNo => "secret_no",
        }
    }

    /// Name used on the command line and in `--json`.
    pub fn name(self) -> &'static str {
        match self {
            Scene::Bind => "bind",
            Scene::Login => "login",
            Scene::Register => "register",
            Scene::SecretNo => "secret-no",
        }
    }

    /// What the secret is called in this scene.
    pub fn secret_name(self) -> &'static str {
        match self {
            Scene::SecretNo => "seedSecretNo",
            _ => "SecretNo",
        }
    }

    /// How long a signature of this scene is accepted, in seconds (`wss.md` 3.2).
    pub fn validity_secs(self) -> u64 {
        match self {
            Scene::Bind => 30 * 60,
            Scene::Login => 1800,
            Scene::Register | Scene::SecretNo => 5 * 60,
        }
    }
}

/// Lowercase hex SHA-1 of `values` sorted byte-wise and concatenated.
pub fn sign<S: AsRef<[u8]>>(values: &[S]) -> String {
    let mut refs: Vec<&[u8]> = values.iter().map(AsRef::as_ref).collect();
    let mut out = [0u8; 40];
    sign_into(&mut refs, &mut out);
    // sign_into writes ASCII hex only.
    String::from_utf8(out.to_vec()).expect("hex is ASCII")
}

/// Allocation-free form of [`sign`] for hot loops: sorts `values` in place and writes the
/// 40 lowercase hex digits into `out`.
pub fn sign_into(values: &mut [&[u8]], out: &mut [u8; 40]) {
    // `[u8]` ordering is byte-wise lexicographic, which is exactly the protocol's rule
    // ("1500133456" < "99"; digits < 'A'-'Z' < '_' < 'a'-'z').
    values.sort_unstable();
    // One contiguous message hashed in one call: the values are short, and feeding them
    // one by one costs more in buffering than the copy does. (The `sha1` crate uses the
    // CPU's SHA extensions when present; ring's SHA-1 is portable Rust and twice slower.)
    let total: usize = values.iter().map(|v| v.len()).sum();
    let mut stack = [0u8; 512];
    let mut heap = Vec::new();
    let buf: &mut [u8] = if total <= stack.len() {
        &mut stack[..total]
    } else {
        heap.resize(total, 0);
        &mut heap
    };
    let mut at = 0;
    for v in values.iter() {
        buf[at..at + v.len()].copy_from_slice(v);
        at += v.len();
    }
    let digest = Sha1::digest(&*buf);
    hex_lower(&digest, out);
}

fn hex_lower(digest: &[u8], out: &mut [u8; 40]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for (i, b) in digest.iter().enumerate() {
        out[2 * i] = HEX[(b >> 4) as usize];
        out[2 * i + 1] = HEX[(b & 0xf) as usize];
    }
}

/// Everything that goes into one signature.
#[derive(Debug, Clone)]
pub struct SignRequest<'a> {
    pub scene: Scene,
    pub sn: &'a str,
    pub secret: &'a Secret,
    /// Decimal text exactly as it will be sent or placed in the URL.
    pub timestamp: &'a str,
    pub nonce: &'a str,
    /// Only for [`Scene::Login`].
    pub state: Option<&'a str>,
}

impl SignRequest<'_> {
    /// The values that are sorted, in the protocol's parameter order, each with its name.
    fn named_values(&self) -> Vec<(&'static str, &str)> {
        let mut v = vec![
            ("sn", self.sn),
            (self.scene.secret_name(), self.secret.expose()),
            ("timestamp", self.timestamp),
            ("nonce", self.nonce),
            (
                match self.scene {
                    Scene::Bind | Scene::Login => "type",
                    _ => "constant",
                },
                self.scene.constant(),
            ),
        ];
        if self.scene == Scene::Login {
            v.push(("state", self.state.unwrap_or("")));
        }
        v
    }

    /// The signature.
    pub fn signature(&self) -> String {
        let named = self.named_values();
        let values: Vec<&str> = named.iter().map(|(_, v)| *v).collect();
        sign(&values)
    }

    /// Why the signature is what it is, with the secret masked everywhere.
    pub fn explain(&self) -> Explanation {
        let secret_name = self.scene.secret_name();
        let named = self.named_values();
        let mut sorted: Vec<(&'static str, &str)> = named.clone();
        sorted.sort_by(|a, b| a.1.as_bytes().cmp(b.1.as_bytes()));
        let show = |name: &str, v: &str| -> String {
            if name == secret_name {
                mask(v)
            } else {
                v.to_owned()
            }
        };
        let inputs = named
            .iter()
            .map(|(n, v)| ExplainedValue {
                name: (*n).to_owned(),
                value: show(n, v),
            })
            .collect();
        let sorted_values: Vec<ExplainedValue> = sorted
            .iter()
            .map(|(n, v)| ExplainedValue {
                name: (*n).to_owned(),
                value: show(n, v),
            })
            .collect();
        let canonical = sorted_values.iter().map(|v| v.value.as_str()).collect();
        Explanation {
            scene: self.scene,
            inputs,
            sorted: sorted_values,
            canonical_masked: canonical,
            secret_fingerprint: self.secret.fingerprint(),
            signature: self.signature(),
        }
    }
}

/// One named value of an [`Explanation`].
#[derive(Debug, Clone, serde::Serialize, PartialEq, Eq)]
pub struct ExplainedValue {
    pub name: String,
    pub value: String,
}

/// The inputs, their sorted order and the canonical string of a signature, secret masked.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Explanation {
    #[serde(serialize_with = "ser_scene")]
    pub scene: Scene,
    pub inputs: Vec<ExplainedValue>,
    pub sorted: Vec<ExplainedValue>,
    pub canonical_masked: String,
    pub secret_fingerprint: String,
    pub signature: String,
}

fn ser_scene<S: serde::Serializer>(s: &Scene, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_str(s.name())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;

    fn vectors() -> Value {
        serde_json::from_str(include_str!("../../tests/data/test-vectors.json")).unwrap()
    }

    /// Every sorted-SHA1 vector of the spec, through the generic primitive: the sorted
    /// concatenation is checked too, so a wrong sort shows up as such and not only as a
    /// different digest.
    #[test]
    fn every_sha1_sorted_vector() {
        let v = vectors();
        let list = v["sha1_sorted_vectors"].as_array().unwrap();
        assert!(list.len() >= 10);
        for vec in list {
            let inputs: Vec<&str> = vec["inputs"]
                .as_object()
                .unwrap()
                .values()
                .map(|x| x.as_str().unwrap())
                .collect();
            let mut sorted = inputs.clone();
            sorted.sort_unstable();
            assert_eq!(
                sorted.concat(),
                vec["sorted_concatenation"].as_str().unwrap(),
                "{}",
                vec["name"]
            );
            assert_eq!(
                sign(&inputs),
                vec["sha1"].as_str().unwrap(),
                "{}",
                vec["name"]
            );
        }
    }

    /// The scene-aware builder reproduces every device-side vector from its named inputs.
    #[test]
    fn every_scene_vector_through_sign_request() {
        let v = vectors();
        for vec in v["sha1_sorted_vectors"].as_array().unwrap() {
            let scene = match vec["scene"].as_str().unwrap() {
                "qrcode" => Scene::Bind,
                "dynamic_login" => Scene::Login,
                "register" => Scene::Register,
                "secret_no" => Scene::SecretNo,
                _ => continue, // msg_signature: primitive only, covered above
            };
            let i = &vec["inputs"];
            let secret = i
                .get("secret_no")
                .or_else(|| i.get("seed_secret_no"))
                .unwrap();
            let secret = Secret::new(secret.as_str().unwrap()).unwrap();
            let req = SignRequest {
                scene,
                sn: i["sn"].as_str().unwrap(),
                secret: &secret,
                timestamp: i["timestamp"].as_str().unwrap(),
                nonce: i["nonce"].as_str().unwrap(),
                state: i.get("state").and_then(Value::as_str),
            };
            assert_eq!(
                req.signature(),
                vec["sha1"].as_str().unwrap(),
                "{}",
                vec["name"]
            );
        }
    }

    /// The counter-examples hash to the wrong digests their stories tell: our primitive
    /// must not reproduce them from the same inputs.
    #[test]
    fn counter_examples_are_not_what_we_compute() {
        let v = vectors();
        for ce in v["counter_examples"].as_array().unwrap() {
            let wrong = ce["sha1"].as_str().unwrap();
            // The wrong concatenation really hashes to the wrong digest (sanity of the data)...
            assert_eq!(sign(&[ce["concatenation"].as_str().unwrap()]), wrong);
            // ...and the correct vector it names is different.
            let correct = ce["correct_vector"].as_str().unwrap();
            let cv = v["sha1_sorted_vectors"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| x["name"] == correct)
                .unwrap();
            let inputs: Vec<&str> = cv["inputs"]
                .as_object()
                .unwrap()
                .values()
                .map(|x| x.as_str().unwrap())
                .collect();
            assert_ne!(sign(&inputs), wrong);
        }
    }

    #[test]
    fn explain_masks_the_secret_and_shows_the_sorted_order() {
        let secret = Secret::new("ed712d95cee095898c7838c57e99a403").unwrap();
        let req = SignRequest {
            scene: Scene::Bind,
            sn: "3389153100001",
            secret: &secret,
            timestamp: "1500133456",
            nonce: "99",
            state: None,
        };
        let e = req.explain();
        let names: Vec<&str> = e.sorted.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, ["timestamp", "sn", "nonce", "SecretNo", "type"]);
        assert_eq!(e.signature, "088c08a069ead022543e6ff48b0ea5307b020b47");
        let json = serde_json::to_string(&e).unwrap();
        assert!(!json.contains(secret.expose()));
        assert!(
            e.canonical_masked
                .starts_with("1500133456338915310000199ed")
        );
        assert!(e.canonical_masked.ends_with("03qrcode"));
    }

    proptest! {
        /// The signature depends on the set of values, never on the order they are given in.
        #[test]
        fn signature_does_not_depend_on_input_order(
            values in proptest::collection::vec("[0-9A-Za-z_]{0,40}", 1..8),
            seed in any::<u64>(),
        ) {
            let mut shuffled = values.clone();
            // Deterministic Fisher-Yates driven by the generated seed.
            let mut x = seed | 1;
            for i in (1..shuffled.len()).rev() {
                x ^= x << 13; x ^= x >> 7; x ^= x << 17;
                shuffled.swap(i, (x % (i as u64 + 1)) as usize);
            }
            prop_assert_eq!(sign(&values), sign(&shuffled));
        }

        /// sign_into agrees with sign on arbitrary bytes.
        #[test]
        fn sign_into_matches_sign(values in proptest::collection::vec(any::<Vec<u8>>(), 0..6)) {
            let mut refs: Vec<&[u8]> = values.iter().map(Vec::as_slice).collect();
            let mut out = [0u8; 40];
            sign_into(&mut refs, &mut out);
            prop_assert_eq!(std::str::from_utf8(&out).unwrap(), sign(&values));
        }
    }
}
