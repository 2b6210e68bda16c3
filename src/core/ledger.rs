//! The names stored in the device store's ledger (`ledger.event`) and in a unit's status
//! (`devices.status`), as one enum: [`LedgerEvent`].
//!
//! A unit's status is not a second vocabulary: it is the last *lifecycle* event the ledger
//! recorded for the unit (`imported`, `label-printed`, `secret-issued`, `registered`,
//! `activated`, `bound`, `unbound`; [`LIFECYCLE`], in order). The other events (the
//! line's steps, a seed unit's `secret-exchanged`) are recorded without moving it. Both
//! columns keep the names they always had, so no migration was needed; neither schema
//! constrains them with a CHECK, so a store written by a later version with a new event
//! still opens (its name is shown as stored; [`LedgerEvent::lifecycle_rank`] of an unknown
//! status is simply none).

use std::fmt;

/// An enum stored as strings, declared as one table of variants and names: `as_str`,
/// `FromStr`, `Display`, serde and `ALL` (in declaration order, which is also `Ord`'s).
macro_rules! stored_names {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
        }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The name stored in the database and shown to people.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )*
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::core::ledger::UnknownName;
            fn from_str(s: &str) -> Result<$name, $crate::core::ledger::UnknownName> {
                match s {
                    $( $text => Ok($name::$variant), )*
                    _ => Err($crate::core::ledger::UnknownName {
                        kind: stringify!($name),
                        name: s.to_owned(),
                    }),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}
pub(crate) use stored_names;

/// A stored name that no variant has (a store written by a newer version, or damaged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownName {
    pub kind: &'static str,
    pub name: String,
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} {:?}", self.kind, self.name)
    }
}

impl std::error::Error for UnknownName {}

stored_names! {
    /// What is written into the ledger (`ledger.event`). The lifecycle events among them
    /// ([`LIFECYCLE`]) also become the unit's status; declaration order is not lifecycle
    /// order (see [`LedgerEvent::lifecycle_rank`]).
    pub enum LedgerEvent {
        /// The unit came in with an import batch (its first ledger line, and status).
        Imported = "imported",
        /// A seed unit exchanged its seed for a SecretNo of its own (`connect`).
        SecretExchanged = "secret-exchanged",
        /// The cloud accepted the unit's `register` (`connect`).
        Registered = "registered",
        /// Activated (kept for stores and filters that name it; nothing writes it now).
        Activated = "activated",
        /// An admin bound the unit to a corp (`connect`).
        Bound = "bound",
        /// The unit was unbound and forgot its secret (`connect`).
        Unbound = "unbound",
        /// A station claimed a unit nobody had.
        LineClaimed = "line-claimed",
        /// A unit issued before was taken again, with the reason as detail.
        LineReissued = "line-reissued",
        /// A station picked up its own unfinished unit (after a crash).
        LineResumed = "line-resumed",
        /// The payload was written (by the line).
        SecretIssued = "secret-issued",
        /// Flashed (and read back).
        Flashed = "flashed",
        /// The flasher failed; the unit is failed.
        FlashFailed = "flash-failed",
        /// The read-back failed; the unit is failed.
        VerifyFailed = "verify-failed",
        /// One attempt of a step failed and it is tried again (only with retries).
        StepRetried = "step-retried",
        /// The label was printed (again, on a reprint; by the line or `qr --from-store`).
        LabelPrinted = "label-printed",
        /// No label: no printer was set.
        LabelSkipped = "label-skipped",
        /// The label could not be made for a claimed unit; the unit is failed.
        PrintFailed = "print-failed",
        /// A halted unit was set aside by hand; the unit is failed.
        LineSetAside = "line-set-aside",
        /// The unit is finished.
        LineDone = "line-done",
    }
}

/// The ledger events that also set a unit's status, in lifecycle order: the values
/// `devices.status` takes (`devices list --status`).
pub const LIFECYCLE: &[LedgerEvent] = &[
    LedgerEvent::Imported,
    LedgerEvent::LabelPrinted,
    LedgerEvent::SecretIssued,
    LedgerEvent::Registered,
    LedgerEvent::Activated,
    LedgerEvent::Bound,
    LedgerEvent::Unbound,
];

impl LedgerEvent {
    /// Where this event sits in [`LIFECYCLE`]; `None` for an event that leaves the status
    /// alone.
    pub fn lifecycle_rank(self) -> Option<usize> {
        LIFECYCLE.iter().position(|e| *e == self)
    }

    /// The lifecycle rank of a stored status; `None` for a name this version does not
    /// know (a store written by a later one) or that is not a status.
    pub fn status_rank(status: &str) -> Option<usize> {
        status.parse::<LedgerEvent>().ok()?.lifecycle_rank()
    }

    /// The event (or status) for people, in the chosen language: human tables show it,
    /// while `--json`, CSV reports and the store keep [`LedgerEvent::as_str`].
    pub fn label(self) -> String {
        match self {
            LedgerEvent::Imported => crate::fl!("ledger-imported"),
            LedgerEvent::SecretExchanged => crate::fl!("ledger-secret-exchanged"),
            LedgerEvent::Registered => crate::fl!("ledger-registered"),
            LedgerEvent::Activated => crate::fl!("ledger-activated"),
            LedgerEvent::Bound => crate::fl!("ledger-bound"),
            LedgerEvent::Unbound => crate::fl!("ledger-unbound"),
            LedgerEvent::LineClaimed => crate::fl!("ledger-line-claimed"),
            LedgerEvent::LineReissued => crate::fl!("ledger-line-reissued"),
            LedgerEvent::LineResumed => crate::fl!("ledger-line-resumed"),
            LedgerEvent::SecretIssued => crate::fl!("ledger-secret-issued"),
            LedgerEvent::Flashed => crate::fl!("ledger-flashed"),
            LedgerEvent::FlashFailed => crate::fl!("ledger-flash-failed"),
            LedgerEvent::VerifyFailed => crate::fl!("ledger-verify-failed"),
            LedgerEvent::StepRetried => crate::fl!("ledger-step-retried"),
            LedgerEvent::LabelPrinted => crate::fl!("ledger-label-printed"),
            LedgerEvent::LabelSkipped => crate::fl!("ledger-label-skipped"),
            LedgerEvent::PrintFailed => crate::fl!("ledger-print-failed"),
            LedgerEvent::LineSetAside => crate::fl!("ledger-line-set-aside"),
            LedgerEvent::LineDone => crate::fl!("ledger-line-done"),
        }
    }

    /// A stored event or status for people: its [`label`](LedgerEvent::label), or the
    /// name as stored when this version does not know it (a store written by a later one).
    pub fn label_of(stored: &str) -> String {
        stored
            .parse::<LedgerEvent>()
            .map_or_else(|_| stored.to_owned(), LedgerEvent::label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_stored_as_their_names_and_the_lifecycle_is_ordered() {
        for e in LedgerEvent::ALL {
            assert_eq!(e.as_str().parse::<LedgerEvent>(), Ok(*e));
        }
        let names: Vec<&str> = LIFECYCLE.iter().map(|e| e.as_str()).collect();
        assert_eq!(
            names,
            [
                "imported",
                "label-printed",
                "secret-issued",
                "registered",
                "activated",
                "bound",
                "unbound"
            ]
        );
        assert_eq!(LedgerEvent::Imported.lifecycle_rank(), Some(0));
        assert_eq!(LedgerEvent::LineClaimed.lifecycle_rank(), None);
        assert_eq!(LedgerEvent::status_rank("bound"), Some(5));
        assert_eq!(LedgerEvent::status_rank("flashed"), None);
        assert_eq!(LedgerEvent::status_rank("from-the-future"), None);
    }
}
