//! Every console transcript of README.md, README.zh-CN.md and of both books runs as a test (issue 18): the
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
//! A block that cannot run here (it needs a server beside it) is marked
//! ```` ```console,ignore ```` and runs in a flow of `docs_flows` instead; the few that
//! cannot run in a test at all are listed there with their reason.

use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The pages whose transcripts run in `locale`'s language: the README of that language and
/// the pages under `book` (`docs/en/src`, `docs/zh-CN/src`).
fn run(book: &str, readme: &str, locale: &str) {
    let pages: Vec<String> = super::support::docs::markdown_pages()
        .into_iter()
        .filter(|p| p.starts_with(book) || p == readme)
        .collect();
    // A page with a fixture directory runs in a copy of it, and its store is `devices.db`
    // there (the page says so: `export WECOM_HW_STORE=devices.db`). Any other page runs in
    // the repository root and must not write: a store it opens by mistake is the default
    // one, which lands in a temporary XDG_DATA_HOME, not in the tester's home.
    let stray = tempfile::tempdir().unwrap();
    let stray_store = stray.path().join("wecom-hw").join("devices.db");
    let (sandboxed, in_root): (Vec<&String>, Vec<&String>) = pages
        .iter()
        .partition(|p| Path::new(ROOT).join(p).with_extension("in").is_dir());
    let root_entries = || -> Vec<std::ffi::OsString> {
        let mut names: Vec<_> = std::fs::read_dir(ROOT)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    };
    let before = root_entries();
    for (group, store) in [(sandboxed, Some("devices.db")), (in_root, None)] {
        if group.is_empty() {
            continue;
        }
        let cases = trycmd::TestCases::new();
        cases
            .register_bin("wecom-hw", Path::new(env!("CARGO_BIN_EXE_wecom-hw")))
            // Pages show files with `cat`, as a reader would.
            .register_bin("cat", Path::new("/bin/cat"))
            // An empty variable counts as unset (src/i18n.rs), so only LANG decides,
            // whatever the environment `cargo test` runs in.
            .env("WECOM_HW_LANG", "")
            .env("LC_ALL", "")
            .env("LC_MESSAGES", "")
            .env("LANG", locale)
            .env("XDG_DATA_HOME", stray.path().to_string_lossy())
            .env(
                "XDG_STATE_HOME",
                stray.path().join("state").to_string_lossy(),
            )
            // Ledger lines name the station, by default the host name.
            .env("WECOM_HW_STATION", "line-1")
            // A variable set here wins over one a page's `$ VAR=value cmd` sets, so
            // secrets are left to the pages (the ones shown name their sources).
            .env("NO_COLOR", "1");
        if let Some(store) = store {
            // (Not set to "" for the others: clap takes an empty WECOM_HW_STORE as a value.)
            cases.env("WECOM_HW_STORE", store);
        }
        for page in group {
            cases.case(Path::new(ROOT).join(page));
        }
        cases.run();
    }
    let after = root_entries();
    let new: Vec<_> = after.iter().filter(|n| !before.contains(n)).collect();
    assert!(
        new.is_empty(),
        "a page without a fixture directory wrote {new:?} into the checkout: give it a \
         `page.in/` and `page.out/`"
    );
    assert!(
        !stray_store.exists(),
        "a page without a fixture directory wrote a store: give it a `page.in/` and `page.out/`"
    );
}

#[test]
fn english_transcripts_run_as_shown() {
    run("docs/en/src/", "README.md", "C");
}

#[test]
fn chinese_transcripts_run_as_shown() {
    run("docs/zh-CN/src/", "README.zh-CN.md", "zh_CN.UTF-8");
}

#[test]
fn few_transcripts_are_left_untested() {
    use super::docs_flows::{CLAIMED, EXEMPT, console_blocks};
    let mut untested = Vec::new();
    for page in super::support::docs::markdown_pages() {
        for b in console_blocks(&page) {
            if b.info != "console,ignore" {
                continue;
            }
            let named = |p: &str, first: &str| p == page && b.first_line.starts_with(first);
            if CLAIMED.iter().any(|(p, f)| named(p, f))
                || EXEMPT.iter().any(|(p, f, _)| named(p, f))
            {
                continue;
            }
            untested.push(format!("{page}:{}", b.line));
        }
    }
    // None: a block that needs a server beside it runs in a flow of `docs_flows` (its
    // `CLAIMED`); the few that cannot run in a test at all are in its `EXEMPT`, each with
    // its reason. (This was a cap, `UNTESTED_MAX`, that could only go down; it is 0 now.)
    assert!(
        untested.is_empty(),
        "{} console blocks do not run: run each in a flow of docs_flows, or say in its \
         EXEMPT why it cannot run:\n{}",
        untested.len(),
        untested.join("\n")
    );
}

#[test]
fn fixture_copies_of_the_examples_are_the_examples() {
    // Fixture directories hold copies of `examples/` (trycmd copies a fixture directory
    // as it is, so a symlink to ../../examples would dangle in the copy); they must not
    // drift from the files a reader runs the same commands on.
    let mut compared = 0;
    for page in super::support::docs::markdown_pages() {
        let dir = Path::new(ROOT)
            .join(&page)
            .with_extension("in")
            .join("examples");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries {
            let e = e.unwrap();
            let original = Path::new(ROOT).join("examples").join(e.file_name());
            assert!(
                std::fs::read(e.path()).unwrap() == std::fs::read(&original).unwrap(),
                "{} differs from {}: copy it again",
                e.path().display(),
                original.display()
            );
            compared += 1;
        }
    }
    assert!(compared > 0, "no fixture copies of examples/ found");
}
