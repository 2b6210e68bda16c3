//! Every console transcript of README.md and of both books runs as a test (issue 18): the
//! ```` ```console ```` blocks are `trycmd` cases, each `$ ` line a run of the real binary
//! whose output must match the lines below it (`...` and `[..]` stand for what changes
//! between runs: times, temporary paths). A page whose commands write files has a fixture
//! directory beside it (`page.in/`, copied to a temporary directory) and a `page.out/`
//! that makes trycmd run it there, never in the source tree.
//!
//! English pages run with `LANG=C`, Chinese pages with `LANG=zh_CN.UTF-8`, so each shows
//! what its reader sees. When the tool's output changes on purpose, refresh every
//! transcript with
//!     TRYCMD=overwrite cargo test --test it docs_transcripts::
//! and review the diff (docs/contrib/docs.md).
//!
//! A block that cannot run here (it needs a server in another terminal, a radio, a
//! printer) is marked ```` ```console,ignore ````; `UNTESTED_MAX` caps how many there are,
//! so that number only goes down.

use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The `console,ignore` blocks known today, all waiting for a snapbox test that starts
/// their server. Lower it when you turn one into a transcript that runs.
const UNTESTED_MAX: usize = 40;

/// The pages whose transcripts run in `lang_env`'s language.
fn run(globs: &[&str], locale: &str) {
    let cases = trycmd::TestCases::new();
    cases
        .register_bin("wecom-hw", Path::new(env!("CARGO_BIN_EXE_wecom-hw")))
        // An empty variable counts as unset (src/i18n.rs), so only LANG decides, whatever
        // the environment `cargo test` runs in.
        .env("WECOM_HW_LANG", "")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .env("LANG", locale)
        // A variable set here wins over one a page's `$ VAR=value cmd` sets, so secrets are
        // left to the pages (the ones shown name their sources explicitly).
        .env("NO_COLOR", "1");
    for glob in globs {
        cases.case(Path::new(ROOT).join(glob));
    }
    cases.run();
}

#[test]
fn english_transcripts_run_as_shown() {
    run(&["README.md", "docs/en/src/**/*.md"], "C");
}

#[test]
fn chinese_transcripts_run_as_shown() {
    run(&["docs/zh-CN/src/**/*.md"], "zh_CN.UTF-8");
}

#[test]
fn few_transcripts_are_left_untested() {
    let mut untested = Vec::new();
    for page in super::support::docs::markdown_pages() {
        let text = super::support::docs::read(&page);
        for (n, line) in text.lines().enumerate() {
            if line.starts_with("```console,ignore") {
                untested.push(format!("{page}:{}", n + 1));
            }
        }
    }
    assert!(
        untested.len() <= UNTESTED_MAX,
        "{} console blocks do not run (at most {UNTESTED_MAX}):\n{}",
        untested.len(),
        untested.join("\n")
    );
}
