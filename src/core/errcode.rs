//! WeCom's 600xxx hardware error codes (`wss.md` section 12): what each means and what to
//! do about it, for every command that shows a cloud error.

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct ErrCode {
    pub code: i64,
    /// English meaning (from the official global error-code page 90313).
    pub meaning: &'static str,
    /// The official Chinese wording where users will see it in the console or logs.
    pub chinese: Option<&'static str>,
    /// What the device or the person should do.
    pub action: &'static str,
}

/// Each row names its code once: the row becomes both a named constant (what the device and
/// the cloud emulator match on and answer with, so no bare 600xxx number appears in their
/// logic) and an entry of [`TABLE`] (what every command shows about it).
macro_rules! table {
    ($( $name:ident = $code:literal, $meaning:expr, $zh:expr, $action:expr; )*) => {
        $(
            #[doc = concat!("`", stringify!($code), "`: ", $meaning, ".")]
            pub const $name: i64 = $code;
        )*
        /// The whole table, in code order.
        pub const TABLE: &[ErrCode] = &[ $( ErrCode { code: $name, meaning: $meaning, chinese: $zh, action: $action } ),* ];
    };
}

table! {
    SYSTEM_BUSY = -1, "system busy", None, "retry, at most 3 times";
    OK = 0, "success", None, "nothing to do";
    INVALID_SN = 600001, "invalid SN (perhaps not registered in the vendor console)", Some("不合法的sn"), "check the SN was registered under this model in the console; fatal until fixed";
    ALREADY_REGISTERED = 600002, "device already registered (probably already has a long connection)", Some("设备已注册"), "continue with `active`; close any other connection of this SN";
    INVALID_ACTIVE_CODE = 600003, "invalid hardware activecode", Some("不合法的硬件activecode"), "register again to get a new active_code";
    NOT_AUTHORISED = 600004, "hardware not authorised to any corp", Some("该硬件尚未授权任何企业"), "while polling `active`: wait for an admin to bind; after having been bound: wipe the secret and re-activate";
    INVALID_SECRET = 600005, "hardware secret invalid", Some("硬件Secret无效"), "drop the stored secret and activate again";
    INVALID_DEVICE_ID = 600006, "hardware deviceid invalid", None, "check the device id burned into the device";
    MISSING_SN = 600007, "missing hardware sn", None, "client bug: send `sn`";
    MISSING_NONCE = 600008, "missing nonce", None, "client bug: send `nonce`";
    MISSING_TIMESTAMP = 600009, "missing timestamp", None, "client bug: send `timestamp`";
    MISSING_SIGNATURE = 600010, "missing signature", None, "client bug: send `device_signature`";
    BAD_SIGNATURE = 600011, "signature check failed", None, "check the SecretNo (seed vs exchanged) and that values are sorted byte-wise before hashing";
    CONN_ALREADY_REGISTERED = 600012, "this long connection already registered a device", Some("长连接已经注册过设备"), "treat as registered; continue with `active`";
    MISSING_ACTIVE_CODE = 600013, "missing activecode", Some("缺少activecode参数"), "client bug: send `active_code`";
    NOT_NETWORK_REGISTERED = 600014, "device not network-registered", None, "restart at `register`";
    MISSING_SECRET = 600015, "missing secret", Some("缺少secret参数"), "client bug: send `secret`";
    NOT_ACTIVATED = 600016, "device not activated", Some("设备未激活"), "run `active` again";
    INVALID_CHECK_IN_TIME = 600017, "invalid check-in time", None, "attendance: fix the check-in time";
    INVALID_TIME_RANGE = 600018, "invalid start/end time", None, "attendance: fix the time range";
    INVALID_END_TIME = 600019, "invalid end time", None, "attendance: fix the end time";
    NOT_LOGGED_IN = 600020, "device not logged in", Some("设备未登录"), "restart the login sequence (register, active, subscribe_corp)";
    SN_EXISTS = 600021, "device SN already exists", None, "the SN is registered already; treat as done if that was the intent";
    TIMESTAMP_EXPIRED = 600023, "timestamp expired", Some("时间戳已失效"), "sync the clock with `get_timestamp`, re-sign and retry; check the device clock";
    FIRMWARE_TOO_LARGE = 600024, "firmware larger than 5 MB", Some("固件大小超过5M"), "console: publish a smaller image";
    INVALID_FIRMWARE_NAME = 600025, "firmware name empty or over 20 bytes", Some("固件名为空或者超过20字节"), "console: fix the firmware name";
    NO_FIRMWARE = 600026, "firmware info does not exist", Some("固件信息不存在"), "no firmware published: no update available";
    INVALID_FIRMWARE_PARAMS = 600027, "invalid firmware parameters", None, "console: fix the firmware parameters";
    FIRMWARE_VERSION_EXISTS = 600028, "firmware version already exists", None, "console: use a new version number";
    INVALID_FIRMWARE_VERSION = 600029, "invalid firmware version", None, "console: fix the version string";
    MISSING_FIRMWARE_VERSION = 600030, "missing firmware version", None, "console: give a version";
    UPGRADE_NOT_ALLOWED = 600031, "this hardware's firmware may not be upgraded", None, "check the model's upgrade settings";
    BAD_HARDWARE_QR = 600032, "cannot parse the hardware QR code", None, "check the QR payload: a bind or login URL must verify against the unit's SecretNo";
    MODEL_ID_CONFLICT = 600033, "model id conflict", None, "console: check the model id";
    FINGERPRINT_TOO_LARGE = 600034, "fingerprint data too large", None, "reduce the template size";
    FACE_TOO_LARGE = 600035, "face data too large", None, "reduce the template size";
    SN_CONFLICT = 600036, "device SN conflict", None, "console: the SN is used elsewhere";
    MISSING_MODEL_ID = 600037, "missing model id", None, "give a model id";
    NO_SUCH_MODEL = 600038, "model does not exist", None, "check the model id in the console";
    UNSUPPORTED_DEVICE_TYPE = 600039, "unsupported device type", None, "report to the vendor";
    NO_SUCH_PRINT_JOB = 600040, "print job id does not exist", None, "printer: check the job id";
    INVALID_PAGING = 600041, "invalid offset/limit", None, "fix paging (limit at most 200)";
    INVALID_MODEL_ID = 600042, "invalid model id", None, "check the model id";
    DOOR_RULE_NOT_SET = 600043, "door rule not set", None, "door: set a rule in the admin console";
    INVALID_DOOR_RULE = 600044, "door rule invalid", None, "door: fix the rule";
    ALREADY_SUBSCRIBED = 600045, "device already subscribed to corp info", Some("设备已订阅企业信息"), "treat as success";
    OPER_ID_MISMATCH = 600046, "oper id and userid mismatch", None, "enrolment/door: check the ids";
    SECRET_NO_STATUS_INVALID = 600047, "SecretNo status invalid (shared initial SecretNo exchange)", Some("secretno的status非法"), "seed models: run `get_secret_no` before `register` and sign `register` with the exchanged SecretNo; if already exchanged, the vendor can reset it";
    INVALID_FP_ALGORITHM = 600048, "invalid fingerprint algorithm", None, "fix `ext_args.fp_algorithm`";
    INVALID_FACE_ALGORITHM = 600049, "invalid face algorithm", None, "fix `ext_args.fa_algorithm`";
    INVALID_ALGORITHM_COUNT = 600050, "invalid algorithm length", None, "at most 5 entries in `ext_args`";
    DEVICE_EXPIRED = 600051, "device expired", Some("设备过期"), "fatal: contact the vendor";
    INVALID_FILE_CHUNK = 600052, "invalid file chunk", None, "upload again";
    CONN_ALREADY_ACTIVATED = 600053, "this connection already activated", Some("该链接已经激活"), "continue with `subscribe_corp`";
    CONN_ALREADY_SUBSCRIBED = 600054, "this connection already subscribed", Some("该链接已经订阅"), "treat as success";
    INVALID_USER_TYPE = 600055, "invalid user type", None, "attendance: fix the user type";
    INVALID_HEALTH_STATUS = 600056, "invalid health status", None, "temperature: fix the status";
    MISSING_TEMPERATURE = 600057, "missing temperature", None, "temperature: send it";
    SCAN_UNSUPPORTED = 600063, "hardware does not support scanning", None, "disable the scan feature";
}

/// Looks a code up.
pub fn lookup(code: i64) -> Option<&'static ErrCode> {
    TABLE.iter().find(|e| e.code == code)
}

/// One line for a human: `600011 signature check failed — check the SecretNo …`.
pub fn describe(code: i64) -> String {
    match lookup(code) {
        Some(e) => match e.chinese {
            Some(zh) => format!("{code} {} ({zh}) — {}", e.meaning, e.action),
            None => format!("{code} {} — {}", e.meaning, e.action),
        },
        None => format!("{code} (not in WeCom's 600xxx table)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_unique_and_complete_for_the_spec_range() {
        let codes: Vec<i64> = TABLE.iter().map(|e| e.code).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(codes, sorted, "sorted and without duplicates");
        // 600001..=600057 except 600022 (not on the official page), and 600063.
        for c in 600001..=600057 {
            assert_eq!(lookup(c).is_some(), c != 600022, "{c}");
        }
        assert!(lookup(600063).is_some());
        assert!(lookup(600058).is_none());
    }

    /// Every code the spec's table lists is here with the same official Chinese text.
    #[test]
    fn matches_the_spec_table_when_present() {
        let Ok(spec) = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/spec/wss.md"
        )) else {
            return; // the spec lives beside the repo; CI lays it there
        };
        let mut seen = 0;
        let section = spec
            .split("\n## 12.")
            .nth(1)
            .and_then(|s| s.split("\n## 13.").next())
            .expect("section 12 of wss.md");
        for line in section.lines() {
            let Some(rest) = line.strip_prefix("| 600") else {
                continue;
            };
            let code: i64 = format!("600{}", &rest[..3]).parse().unwrap();
            let e = lookup(code).unwrap_or_else(|| panic!("{code} missing"));
            if let Some(zh) = e.chinese {
                assert!(line.contains(zh), "{code}: {zh} not in {line}");
            }
            seen += 1;
        }
        assert!(seen >= 56, "read {seen} rows from the spec");
    }

    /// The names are the wire values the spec gives (a row edited by mistake shows here).
    #[test]
    fn named_codes_are_the_wire_values() {
        assert_eq!(SYSTEM_BUSY, -1);
        assert_eq!(INVALID_SN, 600001);
        assert_eq!(TIMESTAMP_EXPIRED, 600023);
        assert_eq!(SECRET_NO_STATUS_INVALID, 600047);
        assert_eq!(CONN_ALREADY_SUBSCRIBED, 600054);
        assert_eq!(SCAN_UNSUPPORTED, 600063);
        assert_eq!(
            lookup(NOT_LOGGED_IN).map(|e| e.meaning),
            Some("device not logged in")
        );
    }

    #[test]
    fn describe_names_the_action() {
        assert!(describe(600011).contains("sorted byte-wise"));
        assert!(describe(600004).contains("该硬件尚未授权任何企业"));
        assert_eq!(describe(123), "123 (not in WeCom's 600xxx table)");
    }
}
