//! Device identity rules shared by every command.

/// Longest SN the cloud accepts (`registration-and-labels.md` 3.6, page 95980).
pub const SN_MAX_LEN: usize = 128;

/// Why an SN is not acceptable. Its text is catalog text (`sn-*`), in the chosen language.
#[derive(Debug, PartialEq, Eq, Clone)]
pub enum SnError {
    Empty,
    TooLong(usize),
    BadChar(char),
}

impl std::fmt::Display for SnError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            SnError::Empty => crate::fl!("sn-empty"),
            SnError::TooLong(n) => crate::fl!(
                "sn-too-long",
                len = n.to_string(),
                max = SN_MAX_LEN.to_string()
            ),
            SnError::BadChar(c) => crate::fl!("sn-bad-char", char = format!("{c:?}")),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SnError {}

impl From<SnError> for crate::output::Failure {
    /// Callers say where the SN came from with [`Failure::at`](crate::output::Failure::at).
    fn from(e: SnError) -> Self {
        crate::output::Failure::new(crate::output::ErrorCode::SnInvalid, e.to_string())
    }
}

/// `[0-9A-Za-z]{1,128}`, the cloud's rule for SNs.
pub fn validate_sn(sn: &str) -> Result<(), SnError> {
    if sn.is_empty() {
        return Err(SnError::Empty);
    }
    if let Some(c) = sn.chars().find(|c| !c.is_ascii_alphanumeric()) {
        return Err(SnError::BadChar(c));
    }
    if sn.len() > SN_MAX_LEN {
        return Err(SnError::TooLong(sn.len()));
    }
    Ok(())
}

/// The key under which SNs are compared: WeCom treats SNs case-insensitively.
pub fn sn_key(sn: &str) -> String {
    sn.to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sn_rules() {
        assert_eq!(validate_sn("E30000000001"), Ok(()));
        assert_eq!(validate_sn(&"a".repeat(128)), Ok(()));
        assert_eq!(validate_sn(&"a".repeat(129)), Err(SnError::TooLong(129)));
        assert_eq!(validate_sn(""), Err(SnError::Empty));
        assert_eq!(validate_sn("E3-01"), Err(SnError::BadChar('-')));
        assert_eq!(validate_sn("序列号"), Err(SnError::BadChar('序')));
        assert_eq!(validate_sn("ＳＮ1"), Err(SnError::BadChar('Ｓ')));
        assert_eq!(sn_key("e3aB"), "E3AB");
    }
}
