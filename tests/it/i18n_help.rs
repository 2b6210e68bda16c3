//! `--help` comes from the catalogs (src/i18n/help.rs). These tests walk the whole command
//! tree: a command or flag without a help key in either language fails here, naming the key
//! to add, and the English catalog must say what the doc comments in src/cli/ say.

use fluent_syntax::ast;
use std::collections::BTreeSet;
use wecom_hw::i18n::help::{Catalog, FIXED_KEYS, source_texts};
use wecom_hw::i18n::{Lang, catalog_files};

/// The message ids of `i18n/<lang>/help.ftl`.
fn help_ids(lang: Lang) -> BTreeSet<String> {
    let (_, _, text) = catalog_files()
        .into_iter()
        .find(|(tag, name, _)| tag == lang.tag() && name == "help.ftl")
        .unwrap_or_else(|| panic!("i18n/{}/help.ftl is missing", lang.tag()));
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("i18n/{}/help.ftl: {errors:?}", lang.tag()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_command_and_flag_has_help_in_both_languages() {
    let texts = source_texts();
    assert!(texts.len() > 200, "only {} texts found", texts.len());
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        let ids = help_ids(lang);
        let file = format!("i18n/{}/help.ftl", lang.tag());
        for key in FIXED_KEYS {
            if !ids.contains(*key) {
                missing.push(format!("{file}: add `{key}` (clap's own text)"));
            }
        }
        for t in &texts {
            if !t.keys.iter().any(|k| ids.contains(k)) {
                let shared = if t.keys.len() > 1 {
                    format!(
                        " (or `{}` if every command says the same)",
                        t.keys.last().unwrap()
                    )
                } else {
                    String::new()
                };
                missing.push(format!(
                    "{file}: add `{}`{shared} for {}: {:?}",
                    t.keys[0], t.place, t.english
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "help texts without a catalog key ({}):\n  {}",
        missing.len(),
        missing.join("\n  ")
    );
}

#[test]
fn the_english_catalog_says_what_the_doc_comments_say() {
    let en = Catalog::new(Lang::En);
    let mut differ = Vec::new();
    for t in source_texts() {
        let Some(catalog) = en.lookup(&t.keys) else {
            continue; // reported by the test above
        };
        if catalog != t.english {
            let key = t.keys.iter().find(|k| en.has(k)).unwrap();
            differ.push(format!(
                "{} (`{key}`):\n    src/cli: {:?}\n    catalog: {catalog:?}",
                t.place, t.english
            ));
        }
    }
    if !differ.is_empty() && std::env::var_os("WECOM_HW_BLESS").is_some() {
        bless_english(&en);
        return;
    }
    assert!(
        differ.is_empty(),
        "i18n/en-US/help.ftl disagrees with the clap definitions; update the catalog (and \
         its translation in i18n/zh-CN/help.ftl; `WECOM_HW_BLESS=1 cargo test --test it i18n_help` \
         rewrites the English entries, the Chinese ones are yours to write):\n  {}",
        differ.join("\n  ")
    );
}

#[test]
fn every_command_and_argument_key_is_in_use() {
    let used: BTreeSet<String> = source_texts().into_iter().flat_map(|t| t.keys).collect();
    for lang in Lang::ALL {
        let stale: Vec<String> = help_ids(lang)
            .into_iter()
            .filter(|id| {
                ["cmd-", "arg-", "val-", "heading-"]
                    .iter()
                    .any(|p| id.starts_with(p))
            })
            .filter(|id| !used.contains(id) && !FIXED_KEYS.contains(&id.as_str()))
            .collect();
        assert!(
            stale.is_empty(),
            "i18n/{}/help.ftl has keys no command or flag uses (removed or renamed?): {stale:?}",
            lang.tag()
        );
    }
}

#[test]
fn the_exit_code_table_is_the_documented_one() {
    let en = Catalog::new(Lang::En);
    let table = en.exit_code_table();
    assert_eq!(table, wecom_hw::cli::EXIT_CODES_HELP);
    let zh = Catalog::new(Lang::ZhCn).exit_code_table();
    for class in wecom_hw::output::ExitClass::ALL {
        assert!(
            zh.contains(&format!("{:>4}  ", class.code())),
            "{}",
            class.code()
        );
    }
    assert!(zh.starts_with("退出码"), "{zh}");
}

/// `WECOM_HW_BLESS=1`: rewrites each English entry that differs from its doc comment, so a
/// changed flag needs one command and a translation. Entries with Fluent variables (filled
/// from code) are left for a person and listed.
fn bless_english(en: &Catalog) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/en-US/help.ftl");
    let mut lines: Vec<String> = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    let mut by_hand = Vec::new();
    for t in source_texts() {
        let Some(catalog) = en.lookup(&t.keys) else {
            continue;
        };
        if catalog == t.english {
            continue;
        }
        let key = t.keys.iter().find(|k| en.has(k)).unwrap();
        let start = lines
            .iter()
            .position(|l| l.split(" =").next() == Some(key.as_str()))
            .unwrap();
        let mut end = start + 1;
        while end < lines.len()
            && (lines[end].starts_with(' ')
                || (lines[end].is_empty()
                    && lines.get(end + 1).is_some_and(|n| n.starts_with(' '))))
        {
            end += 1;
        }
        if lines[start..end].iter().any(|l| l.contains("{ $")) {
            by_hand.push(key.clone());
            continue;
        }
        let escaped = t.english.replace('{', "\u{1}").replace('}', "{\"}\"}");
        let escaped = escaped.replace('\u{1}', "{\"{\"}");
        let entry: Vec<String> = if escaped.contains('\n') {
            std::iter::once(format!("{key} ="))
                .chain(escaped.lines().map(|l| {
                    if l.is_empty() {
                        String::new()
                    } else {
                        format!("    {l}")
                    }
                }))
                .collect()
        } else {
            vec![format!("{key} = {escaped}")]
        };
        lines.splice(start..end, entry);
    }
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
    assert!(
        by_hand.is_empty(),
        "rewritten; these use Fluent variables, update them by hand: {by_hand:?}"
    );
}
