//! The README, the books and `--help` never show a command that leaves a secret in a file others can
//! read (issue 19, item 6): a `--show-secrets` result goes to `-o FILE` (mode 0600), never
//! through `> FILE` or `tee` (the shell creates those with mode 0644 under the usual umask
//! 022), and a transcript that writes a SecretNo into a file makes it private first
//! (`umask 077` earlier in the same block, or `install -m 600`).

use clap::CommandFactory;

/// A command as shown to a reader, and where.
struct Shown {
    text: String,
    place: String,
    /// `umask 077` ran earlier in the same block.
    private: bool,
}

/// The commands of the README and every other page (the books, docs/contrib): `$ ` lines of console blocks (with `\` continuations),
/// every non-comment line of other code blocks, and inline code spans that run wecom-hw.
fn readme_commands() -> Vec<Shown> {
    let mut out = Vec::new();
    for page in super::support::docs::markdown_pages() {
        page_commands(&page, &super::support::docs::read(&page), &mut out);
    }
    out
}

fn page_commands(page: &str, text: &str, out: &mut Vec<Shown>) {
    let mut block: Option<(String, bool)> = None; // (language, umask seen)
    let mut pending: Option<(String, usize)> = None;
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if let Some(lang) = line.strip_prefix("```") {
            block = match block {
                Some(_) => None,
                None => Some((lang.trim().to_owned(), false)),
            };
            continue;
        }
        match &mut block {
            Some((lang, umask)) => {
                let cmd = if let Some((mut text, start)) = pending.take() {
                    text.push(' ');
                    text.push_str(line.trim());
                    Some((text, start))
                } else if lang.starts_with("console") {
                    line.strip_prefix("$ ").map(|c| (c.to_owned(), n))
                } else if lang == "text" || line.trim_start().starts_with('#') {
                    None
                } else {
                    Some((line.to_owned(), n))
                };
                let Some((text, start)) = cmd else { continue };
                if let Some(t) = text.strip_suffix('\\') {
                    pending = Some((t.to_owned(), start));
                    continue;
                }
                if text.trim() == "umask 077" {
                    *umask = true;
                }
                out.push(Shown {
                    text,
                    place: format!("{page} line {start}"),
                    private: *umask,
                });
            }
            None => {
                for (j, span) in line.split('`').enumerate() {
                    if j % 2 == 1 && span.contains("wecom-hw ") {
                        out.push(Shown {
                            text: span.to_owned(),
                            place: format!("{page} line {n} (inline)"),
                            private: false,
                        });
                    }
                }
            }
        }
    }
}

/// Every example line of every `--help` (after the `Example` headings).
fn help_commands() -> Vec<Shown> {
    fn walk(c: &mut clap::Command, path: &str, out: &mut Vec<Shown>) {
        let help = c.render_long_help().to_string();
        for line in help.lines() {
            let t = line.trim();
            if t.starts_with("wecom-hw ") || t.contains(" wecom-hw ") {
                out.push(Shown {
                    text: t.to_owned(),
                    place: format!("`{path} --help`"),
                    private: false,
                });
            }
        }
        let names: Vec<String> = c
            .get_subcommands()
            .map(|s| s.get_name().to_owned())
            .collect();
        for name in names {
            let sub = c.find_subcommand_mut(&name).unwrap();
            walk(sub, &format!("{path} {name}"), out);
        }
    }
    let mut out = Vec::new();
    walk(&mut wecom_hw::cli::Cli::command(), "wecom-hw", &mut out);
    out
}

/// The file a command line writes through the shell (`> F`, `>> F`, `| tee F`), if any.
/// `2>&1`, `>&2` and `2> F` (stderr holds no secret) are not writes of results.
fn redirect_target(cmd: &str) -> Option<String> {
    let b = cmd.as_bytes();
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'\'' || c == b'"' => quote = Some(c),
            None if c == b'>' => {
                let fd2 = i > 0 && b[i - 1] == b'2';
                let mut j = i + 1;
                if j < b.len() && b[j] == b'>' {
                    j += 1;
                }
                if j < b.len() && b[j] == b'&' {
                    i = j + 1;
                    continue;
                }
                let rest = cmd[j..].trim_start();
                let target: String = rest
                    .chars()
                    .take_while(|c| !c.is_whitespace() && !";|&)".contains(*c))
                    .collect();
                if !fd2 && !target.is_empty() {
                    return Some(target);
                }
                i = j;
                continue;
            }
            None if c == b'|'
                && (cmd[i..].starts_with("| tee ") || cmd[i..].starts_with("|tee ")) =>
            {
                let rest = cmd[i..].trim_start_matches('|').trim_start()[4..].trim_start();
                let target = rest
                    .split_whitespace()
                    .find(|w| !w.starts_with('-'))
                    .unwrap_or("")
                    .to_owned();
                return Some(target);
            }
            None => {}
        }
        i += 1;
    }
    None
}

/// The command prints or writes a secret: `--show-secrets`, a SecretNo-looking 32-hex
/// string, or the contents of a secret file.
fn writes_a_secret(cmd: &str) -> bool {
    let hex32 = cmd
        .split(|c: char| !c.is_ascii_hexdigit())
        .any(|w| w.len() == 32);
    cmd.contains("--show-secrets")
        || hex32
        || cmd.contains("secret.txt")
        || cmd.contains("WECOM_HW_SECRET_NO")
}

#[test]
fn the_redirect_parser_finds_what_the_shell_writes() {
    assert_eq!(redirect_target("a > b.txt"), Some("b.txt".into()));
    assert_eq!(redirect_target("a >>b"), Some("b".into()));
    assert_eq!(
        redirect_target("a | tee -a out.ndjson"),
        Some("out.ndjson".into())
    );
    assert_eq!(redirect_target("sh -c \"echo x >&2; exit 2\""), None);
    assert_eq!(redirect_target("a 2>&1 | head"), None);
    assert_eq!(redirect_target("a 2> err.log"), None);
    assert_eq!(redirect_target("a --on 'x>y'"), None);
    assert_eq!(redirect_target("a -o f.csv"), None);
}

#[test]
fn no_shown_command_puts_a_secret_in_a_file_others_can_read() {
    let mut shown = readme_commands();
    let n_readme = shown.len();
    assert!(
        n_readme > 100,
        "the README parser found only {n_readme} commands"
    );
    shown.extend(help_commands());
    assert!(shown.len() > n_readme + 50, "few help examples found");
    let mut bad = Vec::new();
    let mut show_secrets = 0;
    for s in &shown {
        if s.text.contains("--show-secrets") {
            show_secrets += 1;
        }
        let Some(target) = redirect_target(&s.text) else {
            continue;
        };
        if s.text.contains("--show-secrets") {
            bad.push(format!(
                "{}: `{}` writes secrets to {target} through the shell; use -o {target}",
                s.place, s.text
            ));
        } else if writes_a_secret(&s.text) && !s.private {
            bad.push(format!(
                "{}: `{}` writes a secret to {target}; run `umask 077` first in that block",
                s.place, s.text
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // The search is not empty: the README and --help do show --show-secrets commands.
    assert!(
        show_secrets >= 3,
        "only {show_secrets} --show-secrets commands seen"
    );
}
