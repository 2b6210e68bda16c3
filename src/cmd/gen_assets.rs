//! Hidden `gen-assets DIR`: shell completions, man pages and the books' command reference
//! from the clap definitions. The committed `completions/`, `man/` and
//! `docs/<lang>/src/reference/commands.md` are this command's output; a test regenerates
//! them and fails when they differ.

use crate::cli::Cli;
use crate::i18n::{Lang, help};
use crate::output::Output;
use anyhow::{Context, Result};
use clap::CommandFactory;
use clap_complete::Shell;
use std::path::Path;

/// Writes `DIR/completions/*`, `DIR/man/*.1` (English), `DIR/man/zh_CN/*.1` (Chinese) and
/// `DIR/docs/{en,zh-CN}/src/reference/{commands,errcodes}.md`.
pub fn run(dir: &Path, out: &Output) -> Result<()> {
    let root = dir;
    let comp = dir.join("completions");
    let man = dir.join("man");
    std::fs::create_dir_all(&comp)
        .with_context(|| crate::fl!("demo-creating", path = comp.display().to_string()))?;
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        // Completions stay English: a shell shows one description per flag, whatever the
        // user's language, and they are installed once for every user.
        let mut cmd = Cli::command();
        let path =
            clap_complete::generate_to(shell, &mut cmd, "wecom-hw", &comp).with_context(|| {
                crate::fl!("gen-assets-writing-completions", shell = shell.to_string())
            })?;
        out.debug_with(|| crate::fl!("rest-debug-wrote", path = path.display().to_string()));
    }
    for lang in Lang::ALL {
        // `man/zh_CN/` is where man(1) looks for a zh_CN locale's pages.
        let dir = match lang {
            Lang::En => man.clone(),
            Lang::ZhCn => man.join("zh_CN"),
        };
        std::fs::create_dir_all(&dir)
            .with_context(|| crate::fl!("demo-creating", path = dir.display().to_string()))?;
        // As clap_mangen::generate_to does: no pages for the `help` commands.
        let cmd = Cli::command().disable_help_subcommand(true);
        let cmd = help::localize(cmd, &help::Catalog::new(lang));
        write_man_pages(cmd, lang, &dir).with_context(|| {
            crate::fl!("gen-assets-writing-man", path = dir.display().to_string())
        })?;
        let book = book_reference_dir(root, lang);
        std::fs::create_dir_all(&book)
            .with_context(|| crate::fl!("demo-creating", path = book.display().to_string()))?;
        let page = book.join("commands.md");
        std::fs::write(&page, command_reference(lang))
            .with_context(|| crate::fl!("demo-writing", path = page.display().to_string()))?;
        out.debug_with(|| crate::fl!("rest-debug-wrote", path = page.display().to_string()));
    }
    // WeCom's 600xxx table in each book, in the book's language, with WeCom's own Chinese
    // errmsg beside every row (what a reader matches against a device's log).
    for lang in Lang::ALL {
        let page = book_reference_dir(root, lang).join("errcodes.md");
        std::fs::write(&page, errcode_reference(lang))
            .with_context(|| crate::fl!("demo-writing", path = page.display().to_string()))?;
        out.debug_with(|| crate::fl!("rest-debug-wrote", path = page.display().to_string()));
    }
    out.info(crate::fl!(
        "gen-assets-done",
        completions = comp.display().to_string(),
        man = man.display().to_string()
    ));
    Ok(())
}

/// Where a language's book keeps its reference pages (`docs/en`, `docs/zh-CN`).
fn book_reference_dir(root: &Path, lang: Lang) -> std::path::PathBuf {
    let book = match lang {
        Lang::En => "en",
        Lang::ZhCn => "zh-CN",
    };
    root.join("docs").join(book).join("src").join("reference")
}

/// The book's command reference in `lang`: every visible command, parents before children,
/// with its long `--help` exactly as the binary prints it in that language (the same
/// localised tree the man pages come from), so the book cannot describe a flag that is
/// not there.
pub fn command_reference(lang: Lang) -> String {
    let loader = crate::i18n::new_loader(crate::i18n::MESSAGES_DOMAIN, lang);
    // A fixed width: the page must not depend on the terminal `gen-assets` ran in.
    let cmd = Cli::command().disable_help_subcommand(true).term_width(100);
    let mut cmd = help::localize(cmd, &help::Catalog::new(lang));
    let mut page = format!(
        "<!-- {} -->\n\n# {}\n\n{}\n",
        loader.get("docs-commands-generated"),
        loader.get("docs-commands-title"),
        loader.get("docs-commands-intro")
    );
    fn walk(cmd: &mut clap::Command, path: &str, page: &mut String) {
        let help = cmd.render_long_help().to_string();
        page.push_str(&format!(
            "\n## {path}\n\n```text\n{}\n```\n",
            help.trim_end()
        ));
        let names: Vec<String> = cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set())
            .map(|s| s.get_name().to_owned())
            .collect();
        for name in names {
            if let Some(sub) = cmd.find_subcommand_mut(&name) {
                walk(sub, &format!("{path} {name}"), page);
            }
        }
    }
    walk(&mut cmd, "wecom-hw", &mut page);
    page
}

/// The book's table of WeCom's 600xxx codes, from the one table every command shows them
/// from (`core::errcode::TABLE`).
pub fn errcode_reference(lang: Lang) -> String {
    let loader = crate::i18n::new_loader(crate::i18n::MESSAGES_DOMAIN, lang);
    // A `|` in a cell would end it early in Markdown.
    let cell = |s: &str| s.replace('|', "\\|");
    let mut page = format!(
        "<!-- {} -->\n\n# {}\n\n{}\n\n| {} |\n|---:|---|---|---|\n",
        loader.get("docs-errcodes-generated"),
        loader.get("docs-errcodes-title"),
        loader.get("docs-errcodes-intro"),
        loader.get("docs-errcodes-columns"),
    );
    for e in crate::core::errcode::TABLE {
        page.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            e.code,
            cell(&crate::core::errcode::meaning_with(&loader, e.code).unwrap_or_default()),
            e.chinese.map(cell).unwrap_or_default(),
            cell(&crate::core::errcode::todo_with(&loader, e.code).unwrap_or_default())
        ));
    }
    page
}

/// One page per visible command of the built `cmd`, as `clap_mangen::generate_to` writes them, with the
/// section titles clap_mangen spells in English (`.SH OPTIONS`) in the page's language.
fn write_man_pages(cmd: clap::Command, lang: Lang, dir: &Path) -> Result<()> {
    fn walk(cmd: &clap::Command, lang: Lang, dir: &Path) -> Result<()> {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, lang, dir)?;
        }
        let man = clap_mangen::Man::new(cmd.clone());
        let mut page = Vec::new();
        man.render(&mut page)?;
        let page = localize_sections(&String::from_utf8(page)?, lang);
        std::fs::write(dir.join(man.get_filename()), page)?;
        Ok(())
    }
    walk(&cmd, lang, dir)
}

fn localize_sections(page: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return page.to_owned();
    }
    let loader = crate::i18n::new_loader(crate::i18n::HELP_DOMAIN, lang);
    let mut out = String::with_capacity(page.len());
    for line in page.split_inclusive('\n') {
        if line.starts_with(".TH ") {
            // Chinese has no spaces to stretch: justified lines make groff warn "cannot
            // adjust line" and gap the text. Left-adjusted, as CJK man pages are set
            // (`AD` is the man macros' adjustment for every paragraph).
            out.push_str(".ds AD l\n");
            out.push_str(line);
            out.push_str(".ad l\n");
            continue;
        }
        let title = line.strip_prefix(".SH ").map(str::trim_end);
        let key = match title {
            Some("NAME") => "man-name",
            Some("SYNOPSIS") => "man-synopsis",
            Some("DESCRIPTION") => "man-description",
            Some("OPTIONS") => "man-options",
            Some("SUBCOMMANDS") => "man-subcommands",
            Some("EXTRA") => "man-extra",
            Some("VERSION") => "man-version",
            Some("AUTHORS") => "man-authors",
            _ => {
                out.push_str(line);
                continue;
            }
        };
        out.push_str(&format!(".SH {}\n", loader.get(key)));
    }
    out
}
