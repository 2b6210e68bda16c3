//! The two languages' catalogs hold the same messages with the same variables: a message
//! that exists in one language only, or whose `{ $variables }` differ, fails here. (`fl!`
//! checks ids and arguments against English at compile time; this keeps Chinese in step.)

use fluent_syntax::ast::{self, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use wecom_hw::i18n::{Lang, catalog_files};

/// Message id -> the variables its value and attributes use.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        _ => {}
    }
}

fn parse(tag: &str, name: &str, text: &str) -> Messages {
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("i18n/{tag}/{name} does not parse: {errors:?}"));
    let mut messages = Messages::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                variables(value, &mut vars);
            }
            for attribute in &m.attributes {
                variables(&attribute.value, &mut vars);
            }
            let previous = messages.insert(m.id.name.to_owned(), vars);
            assert!(
                previous.is_none(),
                "i18n/{tag}/{name}: `{}` is defined twice",
                m.id.name
            );
        }
    }
    messages
}

#[test]
fn both_languages_have_the_same_messages_and_variables() {
    let files = catalog_files();
    let names: BTreeSet<&str> = files.iter().map(|(_, n, _)| n.as_str()).collect();
    assert!(
        names.contains("wecom-hw.ftl") && names.contains("help.ftl"),
        "{names:?}"
    );
    let mut problems = Vec::new();
    for name in names {
        let by_lang: Vec<(Lang, Messages)> = Lang::ALL
            .iter()
            .map(|lang| {
                let text = files
                    .iter()
                    .find(|(t, n, _)| t == lang.tag() && n == name)
                    .map(|(_, _, text)| text.as_str())
                    .unwrap_or_else(|| panic!("i18n/{}/{name} is missing", lang.tag()));
                (*lang, parse(lang.tag(), name, text))
            })
            .collect();
        let (en_lang, en) = &by_lang[0];
        for (lang, other) in &by_lang[1..] {
            for (id, vars) in en {
                match other.get(id) {
                    None => problems.push(format!(
                        "`{id}` is in i18n/{}/{name} but not in i18n/{}/{name}",
                        en_lang.tag(),
                        lang.tag()
                    )),
                    Some(v) if v != vars => problems.push(format!(
                        "`{id}` in {name}: variables {vars:?} in {}, {v:?} in {}",
                        en_lang.tag(),
                        lang.tag()
                    )),
                    Some(_) => {}
                }
            }
            for id in other.keys().filter(|id| !en.contains_key(*id)) {
                problems.push(format!(
                    "`{id}` is in i18n/{}/{name} but not in i18n/{}/{name}",
                    lang.tag(),
                    en_lang.tag()
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "the catalogs differ:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn chinese_sentences_use_full_width_punctuation() {
    // A Chinese sentence with an ASCII comma, semicolon or parenthesis right after a Chinese
    // character reads as a typo; identifiers and examples keep their ASCII punctuation.
    let mut bad = Vec::new();
    for (tag, name, text) in catalog_files() {
        if tag != Lang::ZhCn.tag() {
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            let chars: Vec<char> = line.chars().collect();
            for w in chars.windows(2) {
                let cjk = ('\u{4e00}'..='\u{9fff}').contains(&w[0]);
                if cjk && matches!(w[1], ',' | ';' | '(' | ')') {
                    bad.push(format!("i18n/{tag}/{name}:{}: {line}", n + 1));
                    break;
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "half-width punctuation in Chinese text:\n{}",
        bad.join("\n")
    );
}
