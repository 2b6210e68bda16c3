//! Every message of the runtime catalog (`i18n/*/wecom-hw.ftl`) is used somewhere in
//! `src/`: a message nobody looks up is dead text that translators keep paying for and
//! that drifts from what the program says. (`fl!` already refuses ids the catalog lacks;
//! this is the other direction.) `help.ftl` is not checked here: its keys are built from
//! the clap tree, and `i18n_help` checks them against it.

use std::collections::BTreeSet;
use std::path::Path;
use wecom_hw::i18n::catalog_files;

/// Every `.rs` file under `dir`, concatenated.
fn sources(dir: &Path, out: &mut String) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push_str(&std::fs::read_to_string(&p).unwrap());
            out.push('\n');
        }
    }
}

/// Ids the code builds at run time rather than writing them out, each pattern named where
/// it is formed:
/// - `errcode-NNNNNN-meaning` / `errcode-NNNNNN-todo` (`minus1` for -1): `core/errcode.rs`
///   `id()` formats them from the code table, whose own unit test checks every code has
///   both.
fn built_at_run_time(id: &str) -> bool {
    let Some(rest) = id.strip_prefix("errcode-") else {
        return false;
    };
    let Some((code, what)) = rest.rsplit_once('-') else {
        return false;
    };
    let digits = code.strip_prefix("minus").unwrap_or(code);
    matches!(what, "meaning" | "todo")
        && !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Known to be unused, each with why it is kept for now. Empty this list rather than
/// grow it: a new entry needs a reason a reviewer accepts.
const KNOWN_UNUSED: &[&str] = &[];

/// Ids other messages of the catalog refer to (`{ other-id }`).
fn referenced_in_catalog(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for part in text.split('{').skip(1) {
        let inner = part.split('}').next().unwrap_or("").trim();
        if !inner.is_empty()
            && !inner.starts_with('$')
            && !inner.starts_with('"')
            && inner
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            out.insert(inner.to_owned());
        }
    }
    out
}

#[test]
fn every_catalog_message_is_used_in_src() {
    let mut src = String::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut src);
    let files = catalog_files();
    let (_, _, en) = files
        .iter()
        .find(|(t, n, _)| t == "en-US" && n == "wecom-hw.ftl")
        .expect("i18n/en-US/wecom-hw.ftl");
    let resource = fluent_syntax::parser::parse(en.as_str()).expect("the catalog parses");
    let from_catalog = referenced_in_catalog(en);
    let unused: Vec<&str> = resource
        .body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
            _ => None,
        })
        .filter(|id| {
            !src.contains(&format!("\"{id}\""))
                && !built_at_run_time(id)
                && !from_catalog.contains(*id)
                && !KNOWN_UNUSED.contains(id)
        })
        .collect();
    assert!(
        unused.is_empty(),
        "catalog messages used nowhere in src/ (delete them from both languages, or \
         name the pattern that builds them in `built_at_run_time`):\n  {}",
        unused.join("\n  ")
    );
}

#[test]
fn the_run_time_patterns_accept_only_their_own_shape() {
    assert!(built_at_run_time("errcode-600011-meaning"));
    assert!(built_at_run_time("errcode-minus1-todo"));
    assert!(!built_at_run_time("errcode-unknown"));
    assert!(!built_at_run_time("errcode-describe-errmsg"));
    assert!(!built_at_run_time("errcode-600011-other"));
    assert!(!built_at_run_time("station-check-disk"));
}
