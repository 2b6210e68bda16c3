//! The lint that keeps words out of the code: a string literal with letters in it, written
//! straight into an output or error path (`outln!`, `out!`, `errln!`, `err!`, `.info(`,
//! `.warn(`, `Failure::…(`, `.hint(`, `.at(`, `bail!`, `anyhow!`, anyhow's `.context(`
//! and `.with_context(`), is a message a person reads that no catalog holds, so no Chinese
//! reader can read it. Such text belongs in `i18n/*/wecom-hw.ftl`, looked up with
//! `crate::fl!`.
//!
//! The scan is textual, on purpose: it reads the call's arguments (parentheses balanced,
//! strings skipped) and flags a literal whose text, with `{…}` placeholders, escapes and
//! `--flags` (identifiers) removed, still has an ASCII letter. A literal inside `fl!(…)` is
//! a message id, not a message, and is skipped; so is a literal inside `json!(…)` (a field name or a machine
//! value, the same in every language) unless it is the value of a `"message"` field, and
//! code under `#[cfg(test)]`. `-v` lines (`.debug(`) are scanned too: see CONTRIBUTING.md
//! ("Adding a message").

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Files whose literals are machine lines, not words, with how many; each says why. THIS
/// LIST MAY ONLY SHRINK: a count may go down and a file may leave the list, but no file
/// is added and no count goes up — a new message goes into the catalogs.
const ALLOWED: &[(&str, usize)] = &[
    // `line station --hash-pin` prints a TOML line to paste into the profile, not words.
    ("src/cmd/line/station.rs", 1),
    // `cloud serve`'s first stdout line, `listening url=… ca_file=… control_socket=…`, is
    // a machine line that scripts and the systemd unit read (docs/en/src/ci/emulator.md,
    // tests/it/package_systemd.rs), the same in every language as `--json` is.
    ("src/net/cloud/server.rs", 1),
];

/// Calls whose arguments a person reads.
const TRIGGERS: &[&str] = &[
    "outln!(",
    "out!(",
    "errln!(",
    "err!(",
    ".info(",
    ".warn(",
    "Failure::",
    ".hint(",
    "bail!(",
    "anyhow!(",
    // anyhow's context is a message too: `error_text` shows it in front of the cause.
    ".context(",
    ".with_context(",
    // What `-v` shows is read by technicians too (where a secret came from, which device
    // was ignored and why): it is catalog text like any other line.
    ".debug(",
    ".debug_with(",
    // Where a failure happened, printed in front of it ("environment variable X: …").
    ".at(",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = e.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
}

/// The code of a file without its `#[cfg(test)]` items (a test module is the last item
/// of a file here, so everything from its attribute on is cut).
fn production_code(text: &str) -> &str {
    match text.find("#[cfg(test)]") {
        Some(at) => &text[..at],
        None => text,
    }
}

/// The text of a string literal starting at `bytes[at]` (`"` or `r"`/`r#"`), and the index
/// just after it.
fn literal(text: &str, at: usize) -> (String, usize) {
    let bytes = text.as_bytes();
    if bytes[at] == b'r' {
        let hashes = text[at + 1..].bytes().take_while(|&b| b == b'#').count();
        let open = at + 1 + hashes + 1;
        let close = format!("\"{}", "#".repeat(hashes));
        let end = text[open..].find(&close).map_or(text.len(), |i| open + i);
        return (text[open..end].to_owned(), end + close.len());
    }
    let mut i = at + 1;
    let mut s = String::new();
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => {
                // An escape is not a letter: `\n`, `\t`, `\u{…}`, a line continuation.
                i += 2;
                if bytes.get(i - 1) == Some(&b'x') {
                    // `\x1b[2K`: a terminal control sequence, whose final letter is not a word.
                    let esc = text.get(i..i + 2) == Some("1b");
                    i += 2;
                    if esc && bytes.get(i) == Some(&b'[') {
                        i += 1;
                        while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b';') {
                            i += 1;
                        }
                        i += 1;
                    }
                } else if bytes.get(i - 1) == Some(&b'u') {
                    while i < bytes.len() && bytes[i] != b'}' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'"' => return (s, i + 1),
            _ => {
                let c = text[i..].chars().next().unwrap();
                s.push(c);
                i += c.len_utf8();
            }
        }
    }
    (s, i)
}

/// Whether a literal reads as words: after removing `{…}` placeholders (and `{{`/`}}`)
/// and the program's name, an ASCII letter is left.
fn has_words(lit: &str) -> bool {
    // The program's name is an identifier (a command line to copy), not a word.
    let lit = lit
        .replace("wecom-hw", "")
        .replace("{{", "")
        .replace("}}", "");
    let mut depth = 0;
    let mut chars = lit.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            // A flag (`--step-timeout`) is an identifier, the same in every language.
            '-' if depth == 0 && prev == '-' => {
                while chars
                    .peek()
                    .is_some_and(|n| n.is_ascii_lowercase() || n.is_ascii_digit() || *n == '-')
                {
                    chars.next();
                }
            }
            c if depth == 0 && c.is_ascii_alphabetic() => return true,
            _ => {}
        }
        prev = c;
    }
    false
}

/// The literals with words in one call's argument list, which starts at `bytes[open]`
/// (`(`); literals inside a nested `fl!(…)` are ids and are skipped.
fn worded_literals(text: &str, open: usize) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut in_fl: Option<usize> = None;
    // Inside `json!(…)` a literal is a field name or a machine value (`--json` keeps them
    // the same in every language), except the value of a `"message"` field.
    let mut in_json: Option<usize> = None;
    let mut i = open;
    while i < bytes.len() {
        let b = bytes[i];
        let raw = b == b'r'
            && matches!(bytes.get(i + 1), Some(b'"' | b'#'))
            && !bytes[i - 1].is_ascii_alphanumeric()
            && bytes[i - 1] != b'_';
        if b == b'"' || raw {
            let (lit, next) = literal(text, i);
            // `v["error"]`: a key into a JSON value, not words.
            let index = text[..i].ends_with('[')
                && text[..i - 1]
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ']');
            let message_value = in_json.is_some()
                && text[..i].trim_end().ends_with(':')
                && text[..i]
                    .trim_end()
                    .trim_end_matches(':')
                    .trim_end()
                    .ends_with("\"message\"");
            if in_fl.is_none() && !index && (in_json.is_none() || message_value) && has_words(&lit)
            {
                found.push(lit);
            }
            i = next;
            continue;
        }
        if b == b'\'' {
            // A char literal ('"', '\'', '(') must not open a string or count a paren.
            if let Some(len) = text[i + 1..].find('\'').filter(|&l| l <= 4) {
                i += len + 2;
                continue;
            }
        }
        match b {
            b'(' | b'[' | b'{' => {
                if text[..i].ends_with("fl!") && in_fl.is_none() {
                    in_fl = Some(depth);
                }
                if text[..i].ends_with("json!") && in_json.is_none() {
                    in_json = Some(depth);
                }
                depth += 1;
            }
            b')' | b']' | b'}' => {
                depth -= 1;
                if in_fl == Some(depth) {
                    in_fl = None;
                }
                if in_json == Some(depth) {
                    in_json = None;
                }
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// Every site in `text` whose arguments hold words: `(line, literal)`.
fn sites(text: &str) -> Vec<(usize, String)> {
    let code = production_code(text);
    let mut found = Vec::new();
    for trigger in TRIGGERS {
        for (at, _) in code.match_indices(trigger) {
            let line_start = code[..at].rfind('\n').map_or(0, |i| i + 1);
            let line = &code[line_start..at];
            // A trigger in a comment, or inside a string (an odd number of quotes before
            // it on its line), is not a call.
            if line.trim_start().starts_with("//") || line.matches('"').count() % 2 == 1 {
                continue;
            }
            // `out!(` inside `outln!(`/`errln!(` is the same call, counted once; `err!(`
            // after `std::` or in `errln!` likewise.
            // `ConnectFailure::…` is another type than `Failure::`.
            if (*trigger == "Failure::"
                && code[..at]
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_'))
                || (*trigger == "out!(" && code[..at].ends_with("outln"))
                || (*trigger == "err!(" && code[..at].ends_with("err"))
                || (*trigger == "out!(" || *trigger == "err!(")
                    && code[..at]
                        .chars()
                        .last()
                        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                continue;
            }
            let Some(open) = code[at..].find('(').map(|i| at + i) else {
                continue;
            };
            let lineno = code[..at].matches('\n').count() + 1;
            for lit in worded_literals(code, open) {
                found.push((lineno, lit));
            }
        }
    }
    found.sort();
    found
}

fn scan() -> BTreeMap<String, Vec<(usize, String)>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut all = BTreeMap::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let found = sites(&text);
        if !found.is_empty() {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            all.insert(rel, found);
        }
    }
    all
}

#[test]
fn i18n_literals_no_new_message_is_written_outside_the_catalogs() {
    let allowed: BTreeMap<&str, usize> = ALLOWED.iter().copied().collect();
    let mut problems = Vec::new();
    let found = scan();
    for (file, sites) in &found {
        let limit = allowed.get(file.as_str()).copied().unwrap_or(0);
        // `WECOM_HW_I18N_LIST=1` lists every remaining site, allowed or not (a to-do list).
        if sites.len() > limit || std::env::var_os("WECOM_HW_I18N_LIST").is_some() {
            let list: Vec<String> = sites
                .iter()
                .map(|(line, lit)| format!("  {file}:{line}: {lit:?}"))
                .collect();
            problems.push(format!(
                "{file}: {} message(s) written in the code, {limit} allowed; put them in \
                 i18n/*/wecom-hw.ftl and use crate::fl!:\n{}",
                sites.len(),
                list.join("\n")
            ));
        }
    }
    for (file, limit) in &allowed {
        let now = found.get(*file).map_or(0, Vec::len);
        if now < *limit {
            problems.push(format!(
                "{file}: {now} site(s) left, the allowlist says {limit}: lower it to {now} \
                 (the list only shrinks)"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// The second net, for what the first cannot see: English built with `format!("…")` deep in
/// the code and handed up as a `String` (a disconnect reason, a batch row's error, a label
/// size error) until some caller prints it. The scan cannot follow a value to where it is
/// printed, so in the modules where such strings were found it counts every `format!`
/// whose literal has words (by the rule of [`has_words`]) and holds each file to a count
/// that MAY ONLY SHRINK, as [`ALLOWED`] does.
///
/// What it sees: `format!("…")`, `format!(r"…")` in production code of these folders.
/// What it does not see: `write!`, `"…".into()`/`.to_owned()`, `concat!`, a literal bound
/// to a variable first, and every folder not listed. What the counts hold: mostly stable
/// English records that `--json`, transcripts and the ledger carry on purpose (e.g.
/// `Reason::stable` in core/wss/client/reason.rs, the `detail` of a `reaction` event), plus
/// English not yet moved to the catalogs; `WECOM_HW_I18N_LIST=1` lists them all.
const FORMAT_DIRS: &[&str] = &[
    "src/core/wss",
    "src/net/client",
    "src/cmd/connect",
    "src/render",
    "src/ble",
    "src/core/ble",
];

/// `(file, count)` of worded `format!`s; see [`FORMAT_DIRS`]. ONLY SHRINKS.
const FORMAT_ALLOWED: &[(&str, usize)] = &[
    // `step {}: {error}`: a log line around an already-worded error.
    ("src/ble/client.rs", 1),
    // The signer's name (`exec:PROGRAM`) and a test script's shebang.
    ("src/ble/exec_signer.rs", 2),
    // A 128-bit UUID, not words.
    ("src/ble/transport.rs", 1),
    // Commands to run (`mkdir -p`, `wecom-hw sign … --explain`), not words.
    ("src/cmd/connect.rs", 2),
    // The `reaction` event's stable English `detail`/`error` (each has a catalog line for
    // people beside it), and the firmware file's name.
    ("src/cmd/connect/react.rs", 8),
    // The ledger's stable detail.
    ("src/cmd/connect/state.rs", 1),
    // `unknown(N)`: an advert value shown as data.
    ("src/core/ble/advert.rs", 1),
    // A BLE body parse error's detail (shown after a catalog sentence, as data).
    ("src/core/ble/command.rs", 1),
    // The stable `--json` details (`Refusal::stable`, `WrongSn::stable`, the Wi-Fi
    // refusal's), each with a catalog line for people beside it.
    ("src/core/ble/session.rs", 3),
    // The `malformed` event's stable `detail`, and 600023's stable `--json` errmsg (people
    // read `i18nl-wss-still-stale`).
    ("src/core/wss/client.rs", 2),
    // `Reason::stable`, `Doing::stable`: the English record `--json`, transcripts and the
    // ledger carry.
    ("src/core/wss/client/reason.rs", 20),
    // The emulator's wire text (push names, errmsg) and its stable log `detail`s.
    ("src/core/wss/cloud/admin.rs", 2),
    ("src/core/wss/cloud/mod.rs", 18),
    // A fingerprint tag and a placeholder for a non-JSON body in the transcript.
    ("src/core/wss/messages.rs", 2),
    // An HTTP request line.
    ("src/net/client/download.rs", 1),
    // Transcript notes (a machine file), not read as output.
    ("src/net/client/mod.rs", 2),
    // `ConnectFailure::stable`: a failed attempt's English record (`--json` `reason`,
    // the transcript), beside its catalog words (`ConnectFailure::message`).
    ("src/net/client/transport.rs", 7),
    // A QR encoder error detail (data after a catalog sentence).
    ("src/render/mod.rs", 1),
    // SVG attribute values (`40mm`).
    ("src/render/svg.rs", 2),
];

/// The worded literals of every `format!(` in `code` (tests cut off), with line numbers.
fn worded_formats(text: &str) -> Vec<(usize, String)> {
    let code = production_code(text);
    let mut found = Vec::new();
    for (at, _) in code.match_indices("format!(") {
        // `xformat!(` is another macro.
        if code[..at]
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            continue;
        }
        let open = at + "format!(".len();
        let rest = &code[open..];
        let start = open + (rest.len() - rest.trim_start().len());
        let b = code.as_bytes().get(start).copied();
        if b == Some(b'"')
            || (b == Some(b'r') && matches!(code.as_bytes().get(start + 1), Some(b'"' | b'#')))
        {
            let (lit, _) = literal(code, start);
            if has_words(&lit) {
                found.push((code[..at].matches('\n').count() + 1, lit));
            }
        }
    }
    found
}

#[test]
fn i18n_literals_no_new_worded_format_in_the_deep_paths() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let allowed: BTreeMap<&str, usize> = FORMAT_ALLOWED.iter().copied().collect();
    let mut found = BTreeMap::new();
    for dir in FORMAT_DIRS {
        let mut files = Vec::new();
        let d = root.join(dir);
        rust_files(&d, &mut files);
        // A folder's own module file (`src/render.rs` beside `src/render/`) is in it too.
        let own = d.with_extension("rs");
        if own.is_file() {
            files.push(own);
        }
        for path in files {
            let sites = worded_formats(&std::fs::read_to_string(&path).unwrap());
            if !sites.is_empty() {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                found.insert(rel, sites);
            }
        }
    }
    let mut problems = Vec::new();
    for (file, sites) in &found {
        let limit = allowed.get(file.as_str()).copied().unwrap_or(0);
        if sites.len() > limit || std::env::var_os("WECOM_HW_I18N_LIST").is_some() {
            let list: Vec<String> = sites
                .iter()
                .map(|(line, lit)| format!("  {file}:{line}: {lit:?}"))
                .collect();
            problems.push(format!(
                "{file}: {} worded format!(…), {limit} allowed; a sentence a person reads \
                 goes into i18n/*/wecom-hw.ftl (crate::fl!), a stable record stays English:\n{}",
                sites.len(),
                list.join("\n")
            ));
        }
    }
    for (file, limit) in &allowed {
        let now = found.get(*file).map_or(0, Vec::len);
        if now < *limit {
            problems.push(format!(
                "{file}: {now} worded format!(…) left, FORMAT_ALLOWED says {limit}: lower it \
                 to {now} (the list only shrinks)"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn i18n_literals_the_format_scan_sees_what_it_should() {
    let code = r#"
fn f() {
    let a = format!("no reply within {secs} s");
    let b = format!("{cmd}-{}", n);
    let c = crate::fl!("x", size = format!("{s:?}"));
    let d = format!(
        "the cloud said {code}"
    );
    let e = xformat!("not this one");
}
#[cfg(test)]
mod tests { fn g() { format!("not counted") } }
"#;
    let found: Vec<String> = worded_formats(code).into_iter().map(|(_, s)| s).collect();
    assert_eq!(found, ["no reply within {secs} s", "the cloud said {code}"]);
}

#[test]
fn i18n_literals_the_scan_sees_what_it_should() {
    let code = r#"
fn f() {
    crate::outln!("{sn}\t{url}")?;
    crate::out!("\r\x1b[2K{}", x)?;
    crate::outln!("wrote {n} labels")?;
    out.warn(crate::fl!("qr-some-id", n = 3));
    return Err(Failure::new(
        ErrorCode::SnInvalid,
        format!("bad SN {sn:?}: too long"),
    )
    .hint(crate::fl!("x-y")));
    out.info(format!("{}: {}", a, b));
    out.debug(format!("ignored {addr}: {why}"));
    out.debug_with(|| format!("wrote {path}"));
    let c = '"';
    bail!("it broke");
    log.warn(fl!("x"), json!({"event": "upload_failed", "message": "it failed", "n": 1}));
    let f = std::fs::read(p).context("reading the file")?;
    return Err(Failure::new(code, v["error"].as_str().unwrap_or("no error text")));
    std::fs::read(p).with_context(|| format!("reading {p}"))?;
    Failure::from(e).at(format_args!("environment variable {name}"));
    Failure::from(e).at(format_args!("--sn {sn:?}")).at("--step-timeout");
    let s = match x { ConnectFailure::Upgrade { error } => format!("upgrade failed: {error}") };
}
#[cfg(test)]
mod tests { fn g() { outln!("not counted") } }
"#;
    let found: Vec<String> = sites(code).into_iter().map(|(_, s)| s).collect();
    assert_eq!(
        found,
        [
            "wrote {n} labels",
            "bad SN {sn:?}: too long",
            "ignored {addr}: {why}",
            "wrote {path}",
            "it broke",
            "it failed",
            "reading the file",
            "no error text",
            "reading {p}",
            "environment variable {name}"
        ]
    );
}
