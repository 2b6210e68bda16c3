use super::*;

const T0: u64 = 1_700_000_000;
const SECRET_NO: &str = "708d0b6f4d4bd97e5d4eb1cb47d260ac";
const SEED: &str = "dbd7f84e64ec64708df6df39aadfb039";

fn cloud_with(cfg: Config) -> Cloud {
    let mut c = Cloud::new(
        Config {
            rng_seed: Some(7),
            ..cfg
        },
        Snapshot::default(),
    );
    c.load_devices(vec![
        DeviceRecord::plain("E30000000001", SECRET_NO),
        DeviceRecord::seeded("S1", SEED),
    ]);
    c
}

fn cloud() -> Cloud {
    cloud_with(Config::default())
}

/// Each input as the driver gives it, returning what it caused (drained through
/// `poll_action`, as the driver does).
trait Drive {
    fn actions(&mut self) -> Vec<Action>;
    fn text(&mut self, conn: ConnId, text: &str, now: u64) -> Vec<Action>;
    fn binary(&mut self, conn: ConnId, data: &[u8], now: u64) -> Vec<Action>;
    fn closed(&mut self, conn: ConnId) -> Vec<Action>;
    fn admin_actions(&mut self, cmd: Admin, now: u64) -> Result<(Value, Vec<Action>), AdminError>;
}

impl Drive for Cloud {
    fn actions(&mut self) -> Vec<Action> {
        std::iter::from_fn(|| self.poll_action()).collect()
    }

    fn text(&mut self, conn: ConnId, text: &str, now: u64) -> Vec<Action> {
        self.handle_event(Event::Text { conn, text }, now);
        self.actions()
    }

    fn binary(&mut self, conn: ConnId, data: &[u8], now: u64) -> Vec<Action> {
        self.handle_event(Event::Binary { conn, data }, now);
        self.actions()
    }

    fn closed(&mut self, conn: ConnId) -> Vec<Action> {
        self.handle_event(Event::Closed(conn), T0);
        self.actions()
    }

    fn admin_actions(&mut self, cmd: Admin, now: u64) -> Result<(Value, Vec<Action>), AdminError> {
        let before = self.actions();
        assert!(before.is_empty(), "actions left undrained: {before:?}");
        let v = self.admin(cmd, now)?;
        Ok((v, self.actions()))
    }
}

/// Texts sent to `conn`, parsed as JSON.
fn texts(actions: &[Action], conn: ConnId) -> Vec<Value> {
    actions
        .iter()
        .filter_map(|a| match a {
            Action::Send {
                conn: c,
                msg: Outbound::Text(t),
                ..
            } if *c == conn => Some(serde_json::from_str(t).unwrap()),
            _ => None,
        })
        .collect()
}

fn req(cmd: &str, id: &str, body: Option<Value>) -> String {
    let mut v = json!({"cmd": cmd, "headers": {"req_id": id}});
    if let Some(b) = body {
        v["body"] = b;
    }
    v.to_string()
}

/// Sends one request and returns the (single) reply.
fn call(c: &mut Cloud, conn: ConnId, cmd: &str, body: Option<Value>, now: u64) -> Value {
    let acts = c.text(conn, &req(cmd, "r", body), now);
    let replies: Vec<Value> = texts(&acts, conn)
        .into_iter()
        .filter(|v| v.get("cmd").is_none())
        .collect();
    assert_eq!(replies.len(), 1, "one reply to {cmd}: {acts:?}");
    replies.into_iter().next().unwrap()
}

fn code(v: &Value) -> i64 {
    v["errcode"].as_i64().unwrap()
}

fn signed(sn: &str, secret: &str, scene: &str, ts: u64, nonce: u64) -> Value {
    let sig = sign(&[sn, secret, &ts.to_string(), &nonce.to_string(), scene]);
    json!({"sn": sn, "timestamp": ts, "nonce": nonce, "device_signature": sig})
}

fn register(c: &mut Cloud, conn: ConnId, now: u64) -> Value {
    call(
        c,
        conn,
        "register",
        Some(signed("E30000000001", SECRET_NO, "register", now, 42)),
        now,
    )
}

/// Registers, binds by admin, activates and subscribes; returns the secret.
fn online(c: &mut Cloud, conn: ConnId) -> String {
    let ac = register(c, conn, T0)["body"]["active_code"]
        .as_str()
        .unwrap()
        .to_owned();
    c.admin_actions(
        Admin::Bind {
            sn: "E30000000001".into(),
            corp: None,
        },
        T0,
    )
    .unwrap();
    let r = call(c, conn, "active", Some(json!({"active_code": ac})), T0);
    let secret = r["body"]["secret"].as_str().unwrap().to_owned();
    let r = call(
        c,
        conn,
        "subscribe_corp",
        Some(json!({"secret": secret, "firmware_version": "1.0"})),
        T0,
    );
    assert_eq!(code(&r), 0);
    secret
}

#[test]
fn full_lifecycle_with_polling_admin_bind_and_push() {
    let mut c = cloud();
    let conn = c.connect();
    let t = call(&mut c, conn, "get_timestamp", None, T0);
    assert_eq!(t["body"]["timestamp"], T0);
    let r = register(&mut c, conn, T0);
    assert_eq!((code(&r), r["errmsg"].as_str()), (0, Some("ok")));
    assert_eq!(r["headers"]["req_id"], "r");
    let ac = r["body"]["active_code"].as_str().unwrap().to_owned();
    assert_eq!(ac.len(), 64);
    for _ in 0..3 {
        let r = call(&mut c, conn, "active", Some(json!({"active_code": ac})), T0);
        assert_eq!(code(&r), 600004);
        assert!(r.get("body").is_none());
    }
    let (res, acts) = c
        .admin_actions(
            Admin::Bind {
                sn: "e30000000001".into(),
                corp: Some("Acme".into()),
            },
            T0,
        )
        .unwrap();
    assert_eq!(res["pushed"], true);
    let pushes = texts(&acts, conn);
    assert_eq!(pushes[0]["cmd"], "push_bind_corp");
    assert!(pushes[0]["headers"]["req_id"].is_string());
    assert!(pushes[0].get("body").is_none());
    assert!(acts.contains(&Action::Persist));
    let r = call(&mut c, conn, "active", Some(json!({"active_code": ac})), T0);
    let secret = r["body"]["secret"].as_str().unwrap().to_owned();
    assert_eq!(secret.len(), 43);
    // Anything but get_timestamp needs a login first (strict mode).
    assert_eq!(code(&call(&mut c, conn, "ping", None, T0)), 600020);
    let r = call(
        &mut c,
        conn,
        "subscribe_corp",
        Some(json!({"secret": secret, "firmware_version": "1.0.1000"})),
        T0,
    );
    assert_eq!(code(&r), 0);
    assert!(r.get("body").is_none());
    let p = call(&mut c, conn, "ping", None, T0 + 30);
    assert_eq!((code(&p), p.get("body")), (0, None));
    let g = call(&mut c, conn, "get_corp_info", None, T0);
    assert_eq!(g["body"]["corp_name"], "Acme");
    let st = c.status(T0);
    assert_eq!(st["devices"][0]["stage"], "subscribed");
    assert_eq!(st["devices"][0]["firmware_version"], "1.0.1000");
    assert!(!st.to_string().contains(&secret), "status shows no secret");
    assert!(!st.to_string().contains(SECRET_NO));
}

#[test]
fn seed_exchange_then_register_with_the_exchanged_secret_no() {
    let mut c = cloud();
    let conn = c.connect();
    // Registering before the exchange, or signed with the seed: 600047.
    let r = call(
        &mut c,
        conn,
        "register",
        Some(signed("S1", SEED, "register", T0, 1)),
        T0,
    );
    assert_eq!(code(&r), 600047);
    let bad = call(
        &mut c,
        conn,
        "get_secret_no",
        Some(signed("S1", SECRET_NO, "secret_no", T0, 1)),
        T0,
    );
    assert_eq!(code(&bad), 600011);
    let r = call(
        &mut c,
        conn,
        "get_secret_no",
        Some(signed("S1", SEED, "secret_no", T0, 1)),
        T0,
    );
    let sn_secret = r["body"]["secret_no"].as_str().unwrap().to_owned();
    assert_eq!(sn_secret.len(), 32);
    assert_ne!(sn_secret, SEED);
    // Asked again before registering (reply lost): the same SecretNo.
    let again = call(
        &mut c,
        conn,
        "get_secret_no",
        Some(signed("S1", SEED, "secret_no", T0, 2)),
        T0,
    );
    assert_eq!(again["body"]["secret_no"], sn_secret.as_str());
    let r = call(
        &mut c,
        conn,
        "register",
        Some(signed("S1", SEED, "register", T0, 3)),
        T0,
    );
    assert_eq!(code(&r), 600047, "signed with the seed");
    let r = call(
        &mut c,
        conn,
        "register",
        Some(signed("S1", &sn_secret, "register", T0, 3)),
        T0,
    );
    assert_eq!(code(&r), 0);
    // After registering, the exchange is closed.
    let r = call(
        &mut c,
        conn,
        "get_secret_no",
        Some(signed("S1", SEED, "secret_no", T0, 4)),
        T0,
    );
    assert_eq!(code(&r), 600047);
    // ... until the operator resets it.
    c.admin_actions(Admin::ResetSecretNo { sn: "S1".into() }, T0)
        .unwrap();
    let r = call(
        &mut c,
        conn,
        "get_secret_no",
        Some(signed("S1", SEED, "secret_no", T0, 5)),
        T0,
    );
    assert_eq!(code(&r), 0);
    assert_ne!(r["body"]["secret_no"], sn_secret.as_str());
}

#[test]
fn get_secret_no_on_a_plain_device_is_600047() {
    let mut c = cloud();
    let conn = c.connect();
    let r = call(
        &mut c,
        conn,
        "get_secret_no",
        Some(signed("E30000000001", SECRET_NO, "secret_no", T0, 1)),
        T0,
    );
    assert_eq!(code(&r), 600047);
}

#[test]
fn missing_fields_give_600007_to_600010_in_order() {
    let mut c = cloud();
    let conn = c.connect();
    let full = signed("E30000000001", SECRET_NO, "register", T0, 9);
    for (field, want) in [
        ("sn", 600007),
        ("nonce", 600008),
        ("timestamp", 600009),
        ("device_signature", 600010),
    ] {
        let mut b = full.clone();
        b.as_object_mut().unwrap().remove(field);
        for cmd in ["register", "get_secret_no"] {
            let r = call(&mut c, conn, cmd, Some(b.clone()), T0);
            assert_eq!(code(&r), want, "{cmd} without {field}");
            let msg = r["errmsg"].as_str().unwrap();
            assert!(msg.ends_with("reqid: [r]"), "{msg}");
        }
    }
    assert_eq!(code(&call(&mut c, conn, "register", None, T0)), 600007);
}

#[test]
fn unknown_sn_bad_signature_and_stale_timestamp() {
    let mut c = cloud();
    let conn = c.connect();
    let r = call(
        &mut c,
        conn,
        "register",
        Some(signed("NOPE1", SECRET_NO, "register", T0, 1)),
        T0,
    );
    assert_eq!(code(&r), 600001);
    let r = call(
        &mut c,
        conn,
        "register",
        Some(signed("E30000000001", SEED, "register", T0, 1)),
        T0,
    );
    assert_eq!(code(&r), 600011);
    // errmsg in the observed style: text, hint: [ts_n_32hex], reqid: [..]
    let m = r["errmsg"].as_str().unwrap();
    let (text, rest) = m.split_once(", hint: [").unwrap();
    assert_eq!(text, "invalid signature");
    let (hint, tail) = rest.split_once("], reqid: [").unwrap();
    assert_eq!(tail, "r]");
    let parts: Vec<&str> = hint.split('_').collect();
    assert_eq!(parts[0], T0.to_string());
    assert!(parts[1].parse::<u32>().is_ok());
    assert!(parts[2].len() == 32 && parts[2].bytes().all(|b| b.is_ascii_hexdigit()));
    // Window: 300 s either way is fine, 301 is not.
    for (ts, want) in [(T0 - 300, 0), (T0 - 301, 600023), (T0 + 301, 600023)] {
        let conn = c.connect();
        let r = call(
            &mut c,
            conn,
            "register",
            Some(signed("E30000000001", SECRET_NO, "register", ts, 1)),
            T0,
        );
        assert_eq!(code(&r), want, "ts {ts}");
        c.closed(conn);
    }
}

#[test]
fn window_is_configurable_and_clock_skew_moves_it() {
    let mut c = cloud_with(Config {
        window_secs: 10,
        ..Config::default()
    });
    let conn = c.connect();
    let r = call(
        &mut c,
        conn,
        "register",
        Some(signed("E30000000001", SECRET_NO, "register", T0 - 11, 1)),
        T0,
    );
    assert_eq!(code(&r), 600023);
    c.admin_actions(Admin::SetClockSkew { secs: -11 }, T0)
        .unwrap();
    assert_eq!(
        call(&mut c, conn, "get_timestamp", None, T0)["body"]["timestamp"],
        T0 - 11
    );
    assert_eq!(code(&register_at(&mut c, conn, T0 - 11, T0)), 0);
}

fn register_at(c: &mut Cloud, conn: ConnId, ts: u64, now: u64) -> Value {
    call(
        c,
        conn,
        "register",
        Some(signed("E30000000001", SECRET_NO, "register", ts, 5)),
        now,
    )
}

#[test]
fn strings_and_uppercase_hex_are_accepted() {
    let mut c = cloud();
    let conn = c.connect();
    let nonce = "18446744073709551615"; // u64::MAX, beyond f64 precision
    let sig = sign(&[
        "E30000000001",
        SECRET_NO,
        &T0.to_string(),
        nonce,
        "register",
    ]);
    let body = json!({"sn": "E30000000001", "timestamp": T0.to_string(), "nonce": nonce,
        "device_signature": sig.to_uppercase()});
    assert_eq!(code(&call(&mut c, conn, "register", Some(body), T0)), 0);
}

#[test]
fn per_connection_progress_codes() {
    let mut c = cloud();
    let conn = c.connect();
    assert_eq!(
        code(&call(
            &mut c,
            conn,
            "active",
            Some(json!({"active_code": "x"})),
            T0
        )),
        600014
    );
    let secret = online(&mut c, conn);
    assert_eq!(code(&register(&mut c, conn, T0)), 600054);
    assert_eq!(
        code(&call(
            &mut c,
            conn,
            "active",
            Some(json!({"active_code": "x"})),
            T0
        )),
        600053
    );
    let r = call(
        &mut c,
        conn,
        "subscribe_corp",
        Some(json!({"secret": secret})),
        T0,
    );
    assert_eq!(code(&r), 600054);
    // A second connection for the same SN is refused while the first is live.
    let other = c.connect();
    assert_eq!(code(&register(&mut c, other, T0)), 600002);
    c.closed(conn);
    // Reconnect of a bound device: register, then subscribe directly (skip active).
    assert_eq!(code(&register(&mut c, other, T0)), 0);
    assert_eq!(code(&register(&mut c, other, T0)), 600012);
    let r = call(
        &mut c,
        other,
        "subscribe_corp",
        Some(json!({"secret": secret})),
        T0,
    );
    assert_eq!(code(&r), 0);
}

#[test]
fn active_rules() {
    let mut c = cloud();
    let conn = c.connect();
    register(&mut c, conn, T0);
    assert_eq!(code(&call(&mut c, conn, "active", None, T0)), 600013);
    assert_eq!(
        code(&call(
            &mut c,
            conn,
            "active",
            Some(json!({"active_code": "wrong"})),
            T0
        )),
        600003
    );
}

#[test]
fn subscribe_rules() {
    let mut c = cloud();
    let conn = c.connect();
    let r = call(
        &mut c,
        conn,
        "subscribe_corp",
        Some(json!({"secret": "s"})),
        T0,
    );
    assert_eq!(code(&r), 600014, "before register");
    register(&mut c, conn, T0);
    let r = call(
        &mut c,
        conn,
        "subscribe_corp",
        Some(json!({"secret": "s"})),
        T0,
    );
    assert_eq!(code(&r), 600004, "unbound");
    c.admin_actions(
        Admin::Bind {
            sn: "E30000000001".into(),
            corp: None,
        },
        T0,
    )
    .unwrap();
    assert_eq!(
        code(&call(&mut c, conn, "subscribe_corp", Some(json!({})), T0)),
        600015
    );
    let r = call(
        &mut c,
        conn,
        "subscribe_corp",
        Some(json!({"secret": "wrong"})),
        T0,
    );
    assert_eq!(code(&r), 600005);
}

#[test]
fn permissive_options() {
    let mut c = cloud_with(Config {
        strict: false,
        subscribe_without_register: true,
        resubscribe_errcode: 600045,
        ..Config::default()
    });
    let conn = c.connect();
    assert_eq!(code(&call(&mut c, conn, "ping", None, T0)), 0);
    assert_eq!(code(&call(&mut c, conn, "get_corp_info", None, T0)), 600020);
    let secret = online(&mut c, conn);
    c.closed(conn);
    let conn = c.connect();
    let r = call(
        &mut c,
        conn,
        "subscribe_corp",
        Some(json!({"secret": secret})),
        T0,
    );
    assert_eq!(code(&r), 0, "the secret identifies the device");
    let r = call(
        &mut c,
        conn,
        "subscribe_corp",
        Some(json!({"secret": secret})),
        T0,
    );
    assert_eq!(code(&r), 600045);
    let fresh = c.connect();
    let r = call(
        &mut c,
        fresh,
        "subscribe_corp",
        Some(json!({"secret": "nope"})),
        T0,
    );
    assert_eq!(code(&r), 600005);
}

#[test]
fn takeover_closes_the_old_connection() {
    let mut c = cloud_with(Config {
        takeover: true,
        ..Config::default()
    });
    let a = c.connect();
    online(&mut c, a);
    let b = c.connect();
    let acts = c.text(
        b,
        &req(
            "register",
            "r",
            Some(signed("E30000000001", SECRET_NO, "register", T0, 8)),
        ),
        T0,
    );
    assert!(
        acts.iter()
            .any(|x| matches!(x, Action::Send { conn, msg: Outbound::Close, .. } if *conn == a))
    );
    assert_eq!(code(&texts(&acts, b)[0]), 0);
    assert_eq!(c.status(T0)["devices"][0]["conn"], b);
}

#[test]
fn expired_device_is_600051() {
    let mut c = cloud();
    c.admin_actions(
        Admin::Expire {
            sn: "E30000000001".into(),
            expired: true,
        },
        T0,
    )
    .unwrap();
    let conn = c.connect();
    assert_eq!(code(&register(&mut c, conn, T0)), 600051);
    c.admin_actions(
        Admin::Expire {
            sn: "E30000000001".into(),
            expired: false,
        },
        T0,
    )
    .unwrap();
    assert_eq!(code(&register(&mut c, conn, T0)), 0);
}

#[test]
fn unbind_pushes_and_sends_the_device_back_to_polling() {
    let mut c = cloud();
    let conn = c.connect();
    let secret = online(&mut c, conn);
    let (res, acts) = c
        .admin_actions(
            Admin::Unbind {
                sn: "E30000000001".into(),
            },
            T0,
        )
        .unwrap();
    assert_eq!(res["was_bound_to"], "Emulated Corp");
    assert_eq!(texts(&acts, conn)[0]["cmd"], "push_unbind_corp");
    let ac = c.devices["E30000000001"].active_code.clone().unwrap();
    let r = call(&mut c, conn, "active", Some(json!({"active_code": ac})), T0);
    assert_eq!(code(&r), 600004);
    let r = call(
        &mut c,
        conn,
        "subscribe_corp",
        Some(json!({"secret": secret})),
        T0,
    );
    assert_eq!(code(&r), 600004);
    // Re-bind: a new secret.
    c.admin_actions(
        Admin::Bind {
            sn: "E30000000001".into(),
            corp: None,
        },
        T0,
    )
    .unwrap();
    let r = call(&mut c, conn, "active", Some(json!({"active_code": ac})), T0);
    assert_ne!(r["body"]["secret"], secret.as_str());
}

#[test]
fn auto_bind_after_n_polls() {
    let mut c = cloud_with(Config {
        auto_bind_after: Some(2),
        ..Config::default()
    });
    let conn = c.connect();
    let ac = register(&mut c, conn, T0)["body"]["active_code"].clone();
    let acts = c.text(
        conn,
        &req("active", "a1", Some(json!({"active_code": ac}))),
        T0,
    );
    assert_eq!(texts(&acts, conn).len(), 1);
    let acts = c.text(
        conn,
        &req("active", "a2", Some(json!({"active_code": ac}))),
        T0,
    );
    let t = texts(&acts, conn);
    assert_eq!(code(&t[0]), 600004);
    assert_eq!(t[1]["cmd"], "push_bind_corp", "the push follows the reply");
    let r = call(&mut c, conn, "active", Some(json!({"active_code": ac})), T0);
    assert!(r["body"]["secret"].is_string());

    let mut c = cloud_with(Config {
        auto_bind_after: Some(0),
        ..Config::default()
    });
    let conn = c.connect();
    let ac = register(&mut c, conn, T0)["body"]["active_code"].clone();
    let r = call(&mut c, conn, "active", Some(json!({"active_code": ac})), T0);
    assert_eq!(code(&r), 0);
}

#[test]
fn malformed_json_and_missing_req_id_get_a_reply_without_headers() {
    let mut c = cloud();
    let conn = c.connect();
    for bad in [
        "{not json",
        r#"{"cmd":"ping"}"#,
        r#"{"cmd":"ping","headers":{}}"#,
        "[]",
    ] {
        let acts = c.text(conn, bad, T0);
        let t = texts(&acts, conn);
        assert_eq!(t.len(), 1);
        assert!(t[0].get("headers").is_none(), "{bad}: {}", t[0]);
        assert_eq!(code(&t[0]), -1);
        assert!(!acts.iter().any(|a| matches!(
            a,
            Action::Send {
                msg: Outbound::Close,
                ..
            }
        )));
    }
    // The connection still works.
    assert_eq!(code(&register(&mut c, conn, T0)), 0);
}

#[test]
fn unknown_cmd_is_system_busy_and_logged() {
    let mut c = cloud();
    let conn = c.connect();
    online(&mut c, conn);
    let acts = c.text(conn, &req("make_coffee", "k", None), T0);
    assert_eq!(code(&texts(&acts, conn)[0]), -1);
    assert!(
        acts.iter()
            .any(|a| matches!(a, Action::Log(e) if e.data["event"] == "unknown_cmd"))
    );
}

#[test]
fn firmware_corp_error_report_and_selfhelp() {
    let mut c = cloud();
    let conn = c.connect();
    online(&mut c, conn);
    assert_eq!(
        code(&call(&mut c, conn, "get_firmware_info", None, T0)),
        600026
    );
    let fw = Firmware::describe("1.0.1001", b"image", "http://127.0.0.1:1/fw");
    assert_eq!(fw.md5sum, "78805a221a988e79ef3f42d7c5bfd418");
    c.admin_actions(Admin::PublishFirmware { firmware: fw }, T0)
        .unwrap();
    let r = call(&mut c, conn, "get_firmware_info", None, T0);
    assert_eq!(r["body"]["size"], 5);
    assert_eq!(r["body"]["firmware_version"], "1.0.1001");
    let r = call(
        &mut c,
        conn,
        "error_report",
        Some(json!({"errcode": -1, "errmsg": "x"})),
        T0,
    );
    assert_eq!(code(&r), 0);
    let acts = c.text(
        conn,
        &req("selfhelp_notify", "n", Some(json!({"data": "helloworld"}))),
        T0,
    );
    let t = texts(&acts, conn);
    assert_eq!(
        (code(&t[0]), t[0]["headers"]["req_id"].as_str()),
        (0, Some("n"))
    );
    assert_eq!(t[1]["cmd"], "push_selfhelp_notify");
    assert_eq!(t[1]["body"]["data"], "helloworld");
}

#[test]
fn login_qr_is_a_binary_v1_reply_with_a_decodable_png() {
    let mut c = cloud();
    let conn = c.connect();
    online(&mut c, conn);
    let acts = c.text(
        conn,
        &req(
            "gen_login_qrcode",
            "qr-1",
            Some(json!({"state": "Matchine_01", "format_version": 1})),
        ),
        T0,
    );
    let bin = acts
        .iter()
        .find_map(|a| match a {
            Action::Send {
                msg: Outbound::Binary(b),
                ..
            } => Some(b.clone()),
            _ => None,
        })
        .expect("binary reply");
    // Decode the layout by hand (2.4.1), not with the codec.
    assert_eq!(&bin[0..4], &[1, 0, 0, 0]);
    assert_eq!(&bin[4..8], &[4, 0, 0, 0]);
    assert_eq!(&bin[8..12], b"qr-1");
    let len = u32::from_le_bytes(bin[12..16].try_into().unwrap()) as usize;
    assert_eq!(bin.len(), 16 + len);
    let img = image::load_from_memory(&bin[16..]).unwrap().to_luma8();
    let mut prep = rqrr::PreparedImage::prepare(img);
    let grids = prep.detect_grids();
    let (_, url) = grids[0].decode().unwrap();
    assert!(url.starts_with(
        "https://open.work.weixin.qq.com/connect/hardware?type=static_login&login_code="
    ));
    assert!(url.ends_with("&state=Matchine_01"), "{url}");
    // Before login: refused with a JSON error.
    let other = c.connect();
    let r = call(
        &mut c,
        other,
        "gen_login_qrcode",
        Some(json!({"state": "s"})),
        T0,
    );
    assert_eq!(code(&r), 600020);
}

fn upload_v(version: u32, req_id: &str, data: &[u8], args: Option<&[u8]>) -> Vec<u8> {
    let mut b = Vec::new();
    b.extend(version.to_le_bytes());
    for f in [b"upload_log".as_slice(), req_id.as_bytes(), data] {
        b.extend((f.len() as u32).to_le_bytes());
        b.extend(f);
    }
    if let Some(a) = args {
        b.extend((a.len() as u32).to_le_bytes());
        b.extend(a);
    }
    b
}

#[test]
fn uploads_v1_and_v2_are_stored_and_answered_by_req_id() {
    let mut c = cloud();
    let conn = c.connect();
    let early = c.binary(conn, &upload_v(1, "u-0", b"x", None), T0);
    assert_eq!(code(&texts(&early, conn)[0]), 600020);
    online(&mut c, conn);
    let acts = c.binary(conn, &upload_v(1, "lb_upload_log", b"hello\n", None), T0);
    assert!(acts.contains(&Action::StoreUpload {
        sn: "E30000000001".into(),
        req_id: "lb_upload_log".into(),
        cmd: "upload_log".into(),
        version: 1,
        data: b"hello\n".to_vec(),
        args: None
    }));
    let r = &texts(&acts, conn)[0];
    assert_eq!(
        (code(r), r["headers"]["req_id"].as_str()),
        (0, Some("lb_upload_log"))
    );
    let acts = c.binary(
        conn,
        &upload_v(2, "u-2", b"hello\n", Some(br#"{"k":"v"}"#)),
        T0,
    );
    assert!(acts.iter().any(|a| matches!(a, Action::StoreUpload { version: 2, args: Some(a), .. } if a == br#"{"k":"v"}"#)));
    assert_eq!(
        c.status(T0)["devices"][0]["uploads"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // Truncated: dropped, no reply, connection kept.
    let mut t = upload_v(1, "u-3", b"hello\n", None);
    t.truncate(t.len() - 2);
    let acts = c.binary(conn, &t, T0);
    assert!(texts(&acts, conn).is_empty());
    assert!(!acts.iter().any(|a| matches!(a, Action::Send { .. })));
}

#[test]
fn oversize_upload_is_600052() {
    let mut c = cloud_with(Config {
        max_upload: 4,
        ..Config::default()
    });
    let conn = c.connect();
    online(&mut c, conn);
    let acts = c.binary(conn, &upload_v(1, "big", b"hello", None), T0);
    assert_eq!(code(&texts(&acts, conn)[0]), 600052);
}

#[test]
fn admin_push_drop_and_errors() {
    let mut c = cloud();
    let e = c
        .admin_actions(
            Admin::Bind {
                sn: "ZZZ".into(),
                corp: None,
            },
            T0,
        )
        .unwrap_err();
    assert!(e.to_string().contains("unknown SN ZZZ"));
    let e = c
        .admin_actions(
            Admin::Push {
                sn: "E30000000001".into(),
                cmd: "restart".into(),
                body: None,
            },
            T0,
        )
        .unwrap_err();
    assert!(e.to_string().contains("not connected"));
    let conn = c.connect();
    online(&mut c, conn);
    for (short, name, body) in [
        ("restart", "push_restart_device", None),
        ("update_firmware", "push_update_firmware", None),
        (
            "fetch_log",
            "push_fetch_log",
            Some(json!({"hint": "wechat"})),
        ),
        (
            "push_user_scan",
            "push_user_scan",
            Some(json!({"userid": "aa", "state": "s"})),
        ),
    ] {
        let (_, acts) = c
            .admin_actions(
                Admin::Push {
                    sn: "E30000000001".into(),
                    cmd: short.into(),
                    body: body.clone(),
                },
                T0,
            )
            .unwrap();
        let t = &texts(&acts, conn)[0];
        assert_eq!(t["cmd"], name);
        assert_eq!(t.get("body"), body.as_ref());
    }
    let (_, acts) = c
        .admin_actions(
            Admin::Drop {
                sn: "E30000000001".into(),
            },
            T0,
        )
        .unwrap();
    assert!(acts.iter().any(|a| matches!(
        a,
        Action::Send {
            msg: Outbound::Close,
            ..
        }
    )));
    let e = c
        .admin_actions(
            Admin::ResetSecretNo {
                sn: "E30000000001".into(),
            },
            T0,
        )
        .unwrap_err();
    assert!(e.to_string().contains("not a seed model"));
}

#[test]
fn snapshot_round_trip_keeps_bindings_and_load_keeps_runtime_state() {
    let mut c = cloud();
    let conn = c.connect();
    let secret = online(&mut c, conn);
    let snap = serde_json::to_string(&c.snapshot()).unwrap();
    let mut d = Cloud::new(Config::default(), serde_json::from_str(&snap).unwrap());
    assert_eq!(
        d.load_devices(vec![DeviceRecord::plain("E30000000001", SECRET_NO)]),
        0
    );
    let conn = d.connect();
    assert_eq!(code(&register(&mut d, conn, T0)), 0);
    let r = call(
        &mut d,
        conn,
        "subscribe_corp",
        Some(json!({"secret": secret})),
        T0,
    );
    assert_eq!(code(&r), 0);
}

#[test]
fn fault_drop_after_frames_fires_the_configured_number_of_times() {
    let mut c = cloud_with(Config {
        faults: Faults {
            drop_after_frames: Some(2),
            times: 1,
            ..Faults::default()
        },
        ..Config::default()
    });
    let closes = |acts: &[Action]| {
        acts.iter()
            .filter(|a| {
                matches!(
                    a,
                    Action::Send {
                        msg: Outbound::Close,
                        ..
                    }
                )
            })
            .count()
    };
    let a = c.connect();
    assert_eq!(closes(&c.text(a, &req("get_timestamp", "1", None), T0)), 0);
    let acts = c.text(a, &req("get_timestamp", "2", None), T0);
    // Reply first, then the close.
    assert!(matches!(
        acts.iter().rev().find(|a| matches!(a, Action::Send { .. })),
        Some(Action::Send {
            msg: Outbound::Close,
            ..
        })
    ));
    assert_eq!(texts(&acts, a).len(), 1);
    let b = c.connect();
    for i in 0..4 {
        assert_eq!(
            closes(&c.text(b, &req("get_timestamp", &i.to_string(), None), T0)),
            0
        );
    }
}

#[test]
fn fault_errcode_headerless_delay_and_drop_reply() {
    let mut c = cloud_with(Config {
        faults: Faults {
            times: 2,
            errcodes: vec![("ping".into(), 600020)],
            headerless_errors: true,
            delay_ms: 250,
            drop_replies: vec!["get_timestamp".into()],
            ..Faults::default()
        },
        ..Config::default()
    });
    let conn = c.connect();
    online(&mut c, conn);
    for _ in 0..2 {
        let acts = c.text(conn, &req("ping", "p", None), T0);
        let t = texts(&acts, conn);
        assert_eq!(code(&t[0]), 600020);
        assert!(t[0].get("headers").is_none());
        assert!(
            acts.iter()
                .any(|a| matches!(a, Action::Send { delay_ms: 250, .. }))
        );
    }
    assert_eq!(
        code(&call(&mut c, conn, "ping", None, T0)),
        0,
        "fired twice only"
    );
    for _ in 0..2 {
        assert!(texts(&c.text(conn, &req("get_timestamp", "t", None), T0), conn).is_empty());
    }
    assert_eq!(code(&call(&mut c, conn, "get_timestamp", None, T0)), 0);
}

#[test]
fn fault_refuse_tls_and_unknown_push() {
    let mut c = cloud_with(Config {
        faults: Faults {
            times: 1,
            refuse_tls: true,
            unknown_push: Some("push_mystery".into()),
            ..Faults::default()
        },
        ..Config::default()
    });
    assert!(!c.admit_tls());
    assert!(c.admit_tls());
    let conn = c.connect();
    let ac = register(&mut c, conn, T0)["body"]["active_code"].clone();
    c.admin_actions(
        Admin::Bind {
            sn: "E30000000001".into(),
            corp: None,
        },
        T0,
    )
    .unwrap();
    let s = call(&mut c, conn, "active", Some(json!({"active_code": ac})), T0)["body"]["secret"]
        .clone();
    let acts = c.text(
        conn,
        &req("subscribe_corp", "c", Some(json!({"secret": s}))),
        T0,
    );
    let t = texts(&acts, conn);
    assert_eq!(code(&t[0]), 0);
    assert_eq!(t[1]["cmd"], "push_mystery");
}

#[test]
fn fault_truncated_binary_reply_once() {
    let mut c = cloud_with(Config {
        faults: Faults {
            times: 1,
            truncate_binary: true,
            ..Faults::default()
        },
        ..Config::default()
    });
    let conn = c.connect();
    online(&mut c, conn);
    let sizes: Vec<(usize, usize)> = (0..2)
        .map(|_| {
            let acts = c.text(
                conn,
                &req("gen_login_qrcode", "q", Some(json!({"state": "s"}))),
                T0,
            );
            let b = acts
                .iter()
                .find_map(|a| match a {
                    Action::Send {
                        msg: Outbound::Binary(b),
                        ..
                    } => Some(b.clone()),
                    _ => None,
                })
                .unwrap();
            let declared = u32::from_le_bytes(b[9..13].try_into().unwrap()) as usize;
            (b.len(), 13 + declared)
        })
        .collect();
    assert!(
        sizes[0].0 < sizes[0].1,
        "first reply shorter than it declares"
    );
    assert_eq!(sizes[1].0, sizes[1].1, "second reply whole");
}

fn adversarial(mode: Adversarial) -> Cloud {
    cloud_with(Config {
        faults: Faults {
            times: 1,
            adversarial: vec![mode],
            ..Faults::default()
        },
        ..Config::default()
    })
}

fn sent(acts: &[Action]) -> Vec<Outbound> {
    acts.iter()
        .filter_map(|a| match a {
            Action::Send { msg, .. } => Some(msg.clone()),
            _ => None,
        })
        .collect()
}

fn fault_fired(acts: &[Action], mode: Adversarial) -> bool {
    acts.iter().any(|a| {
        matches!(a, Action::Log(e) if e.data["event"] == "fault" && e.data["fault"] == mode.name())
    })
}

#[test]
fn login_replies_are_never_targets_of_the_post_login_modes() {
    for mode in [
        Adversarial::OversizeText,
        Adversarial::InvalidUtf8,
        Adversarial::ReorderReplies,
        Adversarial::PingFlood,
    ] {
        let mut c = adversarial(mode);
        let conn = c.connect();
        online(&mut c, conn); // `call` asserts one plain text reply per step
        let acts = c.text(conn, &req("get_corp_info", "g", None), T0);
        assert!(fault_fired(&acts, mode), "{mode:?}");
        // Counted: the next reply is plain again.
        let acts = c.text(conn, &req("get_corp_info", "g2", None), T0);
        assert!(matches!(&sent(&acts)[..], [Outbound::Text(_)]), "{mode:?}");
    }
}

#[test]
fn post_login_rewrites() {
    let mut c = adversarial(Adversarial::OversizeText);
    let conn = c.connect();
    online(&mut c, conn);
    let acts = c.text(conn, &req("get_corp_info", "g", None), T0);
    let [Outbound::Text(t)] = &sent(&acts)[..] else {
        panic!("{acts:?}")
    };
    assert_eq!(t.len(), OVERSIZE_BYTES);
    // Still the real reply, with one unknown key more.
    let v: Value = serde_json::from_str(t).unwrap();
    assert_eq!(v["body"]["corp_name"], "Emulated Corp");

    let mut c = adversarial(Adversarial::InvalidUtf8);
    let conn = c.connect();
    online(&mut c, conn);
    let acts = c.text(conn, &req("get_corp_info", "g", None), T0);
    let [Outbound::RawText(b)] = &sent(&acts)[..] else {
        panic!("{acts:?}")
    };
    assert!(std::str::from_utf8(b).is_err());

    let mut c = adversarial(Adversarial::ReorderReplies);
    let conn = c.connect();
    online(&mut c, conn);
    let acts = c.text(conn, &req("get_corp_info", "g", None), T0);
    assert!(matches!(&sent(&acts)[..], [Outbound::Held(_)]));

    let mut c = adversarial(Adversarial::PingFlood);
    let conn = c.connect();
    online(&mut c, conn);
    let acts = c.text(conn, &req("ping", "p", None), T0);
    assert!(matches!(
        &sent(&acts)[..],
        [Outbound::Text(_), Outbound::PingFlood(PING_FLOOD)]
    ));
}

#[test]
fn wrong_req_id_hits_the_first_reply_only() {
    let mut c = adversarial(Adversarial::WrongReqId);
    let conn = c.connect();
    let acts = c.text(conn, &req("get_timestamp", "t-1", None), T0);
    assert_eq!(texts(&acts, conn)[0]["headers"]["req_id"], "t-1-not-yours");
    let acts = c.text(conn, &req("get_timestamp", "t-2", None), T0);
    assert_eq!(texts(&acts, conn)[0]["headers"]["req_id"], "t-2");
}

#[test]
fn push_before_subscribe_precedes_the_first_reply_of_a_connection() {
    let mut c = adversarial(Adversarial::PushBeforeSubscribe);
    let conn = c.connect();
    let acts = c.text(conn, &req("get_timestamp", "t-1", None), T0);
    let t = texts(&acts, conn);
    assert_eq!(t.len(), 2);
    assert_eq!(t[0]["cmd"], "push_unbind_corp");
    assert_eq!(t[1]["headers"]["req_id"], "t-1");
    // Nothing was actually unbound or changed.
    assert!(!acts.iter().any(|a| matches!(a, Action::Persist)));
}

#[test]
fn duplicate_keys_put_an_unbind_first() {
    let mut c = adversarial(Adversarial::DuplicateKeys);
    let conn = c.connect();
    register(&mut c, conn, T0);
    // The first push of all, here the bind of a registered device.
    let (_, acts) = c
        .admin_actions(
            Admin::Bind {
                sn: "E30000000001".into(),
                corp: None,
            },
            T0,
        )
        .unwrap();
    let [Outbound::Text(t)] = &sent(&acts)[..] else {
        panic!("{acts:?}")
    };
    assert!(
        t.starts_with(r#"{"cmd":"push_unbind_corp","cmd":"push_bind_corp""#),
        "{t}"
    );
}

#[test]
fn lying_binary_lengths() {
    for (mode, check) in [
        (Adversarial::BinaryLenLong, FrameErrorKind::Truncated),
        (Adversarial::BinaryLenShort, FrameErrorKind::Trailing),
        (Adversarial::BinaryLenHuge, FrameErrorKind::TooLong),
    ] {
        let mut c = adversarial(mode);
        let conn = c.connect();
        online(&mut c, conn);
        let acts = c.text(conn, &req("gen_login_qrcode", "q", None), T0);
        let [Outbound::Binary(b)] = &sent(&acts)[..] else {
            panic!("{acts:?}")
        };
        let e = BinaryReply::decode(b).unwrap_err();
        let kind = match e {
            crate::core::wss::frame::FrameError::Truncated { .. } => FrameErrorKind::Truncated,
            crate::core::wss::frame::FrameError::Trailing(_) => FrameErrorKind::Trailing,
            crate::core::wss::frame::FrameError::TooLong { .. } => FrameErrorKind::TooLong,
            other => panic!("{other}"),
        };
        assert_eq!(kind, check, "{mode:?}");
        assert_eq!(BinaryReply::peek_req_id(b).as_deref(), Some("q"));
    }
    let mut c = adversarial(Adversarial::OversizeBinary);
    let conn = c.connect();
    online(&mut c, conn);
    let acts = c.text(conn, &req("gen_login_qrcode", "q", None), T0);
    let [Outbound::Fragmented(b)] = &sent(&acts)[..] else {
        panic!("{acts:?}")
    };
    let r = BinaryReply::decode(b).unwrap();
    assert_eq!(r.data.len(), OVERSIZE_BYTES);
    assert!(r.data.starts_with(b"\x89PNG"));
}

#[derive(Debug, PartialEq)]
enum FrameErrorKind {
    Truncated,
    Trailing,
    TooLong,
}

#[test]
fn split_bytes_is_asked_per_connection_and_counted() {
    let mut c = cloud_with(Config {
        faults: Faults {
            times: 2,
            adversarial: vec![Adversarial::SplitBytes],
            ..Faults::default()
        },
        ..Config::default()
    });
    let fired: Vec<bool> = (0..3)
        .map(|_| {
            let conn = c.connect();
            let acts = c.actions();
            let split = acts.contains(&Action::SplitBytes { conn });
            assert_eq!(
                split,
                !acts.is_empty(),
                "only the fault and its log line: {acts:?}"
            );
            split
        })
        .collect();
    assert_eq!(fired, [true, true, false]);
}

#[test]
fn faults_switch_at_run_time_and_fire_their_times_again() {
    let mut c = cloud_with(Config {
        faults: Faults {
            times: 1,
            ..Faults::default()
        },
        ..Config::default()
    });
    let status = c.admin(Admin::Status, 0).unwrap();
    let faults = status["faults"].as_array().unwrap();
    assert_eq!(faults.len(), 15, "3 booleans and 12 adversarial modes");
    assert!(faults.iter().all(|f| f["on"] == false));
    let wrong_id = |c: &mut Cloud| {
        let conn = c.connect();
        c.actions();
        call(c, conn, "get_timestamp", None, 0)["headers"]["req_id"]
            .as_str()
            .unwrap_or_default()
            .ends_with("-not-yours")
    };
    assert!(!wrong_id(&mut c), "off: a plain reply");
    let on = || Admin::SetFault {
        fault: "wrong-req-id".into(),
        on: true,
    };
    assert_eq!(c.admin(on(), 0).unwrap()["on"], true);
    assert!(wrong_id(&mut c), "on: the next first reply");
    assert!(!wrong_id(&mut c), "fired its one time");
    // Switched on again: it fires again, once.
    c.admin(on(), 0).unwrap();
    assert!(wrong_id(&mut c));
    c.admin(
        Admin::SetFault {
            fault: "wrong-req-id".into(),
            on: false,
        },
        0,
    )
    .unwrap();
    let status = c.admin(Admin::Status, 0).unwrap();
    assert!(
        status["faults"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["on"] == false)
    );
    // A name that is no switch changes nothing.
    let before = c.admin(Admin::Status, 0).unwrap()["faults"].clone();
    assert_eq!(
        c.admin(
            Admin::SetFault {
                fault: "delay".into(),
                on: true
            },
            0
        ),
        Err(AdminError::UnknownFault {
            fault: "delay".into()
        })
    );
    assert_eq!(c.admin(Admin::Status, 0).unwrap()["faults"], before);
    c.admin(
        Admin::SetFault {
            fault: "headerless".into(),
            on: true,
        },
        0,
    )
    .unwrap();
    assert!(c.cfg.faults.headerless_errors);
}
