//! Why the device left a connection, started its login over, wiped its secret or failed a
//! call, as data: the core is sans-IO and has no reader, so it names the reason and its
//! facts, and the edge (`cmd/connect/report.rs`) turns them into the reader's language
//! through the catalogs.
//!
//! [`Reason::stable`] is the other record of the same reason: the English sentence that
//! `--json`, the transcript and the store's ledger have always carried. It is a machine
//! value, the same in every language, like an error `code`; it is not shown to a person
//! in human output.

/// What the wire-level parser found wrong, named for a person; the parser's own detail
/// follows it as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A text frame that is not a usable JSON envelope.
    TextFrame,
    /// A binary frame that does not decode.
    BinaryFrame,
    /// A `get_timestamp` reply without a usable timestamp.
    Timestamp,
}

/// What the device was doing when something happened (a close, a malformed or late frame).
#[derive(Debug, Clone, PartialEq)]
pub enum Doing {
    /// Waiting for the reply to a lifecycle step (`register`, `active`, …).
    Waiting {
        cmd: String,
    },
    Online,
    /// Online, with these calls in flight (sorted).
    OnlineInFlight {
        cmds: Vec<String>,
    },
    PollingActive,
    /// Any other lifecycle state (`--json` names it in lower case: `timesync`).
    State(super::State),
    /// A step's command name (`get_timestamp`): an identifier.
    Named(String),
}

impl Doing {
    /// The stable English record (`--json` `step`), as it has always been written.
    pub fn stable(&self) -> String {
        match self {
            Doing::Waiting { cmd } => format!("waiting for `{cmd}`"),
            Doing::Online => "online".into(),
            Doing::OnlineInFlight { cmds } => format!("online, `{}` in flight", cmds.join("`, `")),
            Doing::PollingActive => "polling `active`".into(),
            Doing::State(s) => format!("{s:?}").to_lowercase(),
            Doing::Named(s) => s.clone(),
        }
    }
}

impl serde::Serialize for Doing {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.stable())
    }
}

impl PartialEq<str> for Doing {
    fn eq(&self, other: &str) -> bool {
        self.stable() == other
    }
}

/// See the module documentation.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// A failure only the driver knows (a connect attempt's), already worded by it: in the
    /// reader's language and as its stable English record.
    Driver {
        stable: String,
        words: String,
    },
    SendFailed {
        error: String,
    },
    ClosedByCloud {
        code: u16,
        why: String,
    },
    ClosedByCloudBare,
    ConnectionClosed,
    ConnectionLost {
        error: String,
    },
    /// RFC 6455 1009.
    TooBig {
        size: usize,
        max: usize,
    },
    /// RFC 6455 1007.
    NotUtf8 {
        detail: String,
    },
    /// RFC 6455 1002.
    ProtocolBroken {
        detail: String,
    },
    /// A reason, and what the device was doing when it happened.
    During {
        why: Box<Reason>,
        doing: Doing,
    },
    HeartbeatsMissed {
        n: u32,
    },
    NoReply {
        cmd: String,
        tries: u32,
    },
    KeepsFailing {
        why: Box<Reason>,
    },
    Busy {
        cmd: String,
    },
    Answered {
        cmd: String,
        code: i64,
    },
    /// The same, in the older wording of `subscribe_corp`/`active` refusals (no backticks
    /// in the stable record).
    AnsweredBare {
        cmd: String,
        code: i64,
    },
    HeartbeatAnswered {
        code: i64,
    },
    NoHeaders {
        code: i64,
    },
    RegisterAgain {
        why: Box<Reason>,
    },
    NoActiveCode {
        code: i64,
    },
    HeldElsewhere,
    LostActivation,
    PushUnbind,
    CallTimeout {
        secs: u64,
    },
    BinaryMalformed {
        detail: String,
    },
}

impl Reason {
    pub fn answered(cmd: &str, code: i64) -> Reason {
        Reason::Answered {
            cmd: cmd.into(),
            code,
        }
    }

    pub fn bare(cmd: &str, code: i64) -> Reason {
        Reason::AnsweredBare {
            cmd: cmd.into(),
            code,
        }
    }

    /// The stable English record (`--json`, transcript, ledger). See the module doc.
    pub fn stable(&self) -> String {
        use Reason::*;
        match self {
            Driver { stable, .. } => stable.clone(),
            SendFailed { error } => format!("send failed: {error}"),
            ClosedByCloud { code, why } => format!("closed by the cloud ({code} {why})"),
            ClosedByCloudBare => "closed by the cloud".into(),
            ConnectionClosed => "connection closed".into(),
            ConnectionLost { error } => format!("connection lost: {error}"),
            TooBig { size, max } => format!(
                "the cloud sent a message of {size} bytes, over the {max}-byte limit (--max-message): closed with 1009"
            ),
            NotUtf8 { detail } => format!(
                "the cloud sent a text frame that is not UTF-8 ({detail}): closed with 1007"
            ),
            ProtocolBroken { detail } => {
                format!("the cloud broke the WebSocket protocol ({detail}): closed with 1002")
            }
            During { why, doing } => format!("{} ({})", why.stable(), doing.stable()),
            HeartbeatsMissed { n } => format!("{n} heartbeats without reply"),
            NoReply { cmd, tries } => format!("no reply to `{cmd}` after {tries} tries"),
            KeepsFailing { why } => format!("{}; login keeps failing", why.stable()),
            Busy { cmd } => format!("`{cmd}` answered \"system busy\" 4 times"),
            Answered { cmd, code } => format!("`{cmd}` answered {code}"),
            AnsweredBare { cmd, code } => format!("{cmd} answered {code}"),
            HeartbeatAnswered { code } => format!("heartbeat answered {code}"),
            NoHeaders { code } => format!("cloud said {code} (no headers)"),
            RegisterAgain { why } => format!("{}: registering again", why.stable()),
            NoActiveCode { code } => {
                format!("cloud says {code} (already registered) and no active_code is stored")
            }
            HeldElsewhere => "the cloud still holds this SN on another connection (600002), probably our previous one: reconnecting".into(),
            LostActivation => "this connection is already activated but no secret is stored: reconnecting to activate again".into(),
            PushUnbind => "push_unbind_corp".into(),
            CallTimeout { secs } => format!("no reply within {secs} s"),
            BinaryMalformed { detail } => {
                format!("the cloud's binary reply was malformed ({detail})")
            }
        }
    }
}

/// `--json` carries the stable record, as it did when the reason was a string.
impl serde::Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.stable())
    }
}

/// Tests and drivers that have only words.
impl From<&str> for Reason {
    fn from(s: &str) -> Reason {
        Reason::Driver {
            stable: s.to_owned(),
            words: s.to_owned(),
        }
    }
}

impl PartialEq<str> for Reason {
    fn eq(&self, other: &str) -> bool {
        self.stable() == other
    }
}
