//! `--help`, `-h` and the man pages in the chosen language. clap has no localisation of its
//! own, so the command tree that `src/cli/` derives is built, then walked, and every text a
//! person reads is replaced from `i18n/<lang>/help.ftl` (as `rage` does with its catalogs).
//!
//! # Keys
//!
//! A command's path is its subcommand names joined by `-` (`sign-bind`); the top command
//! is `wecom-hw`. An argument's id is its clap id with `_` as `-` (`max-rows`).
//!
//! | text | key |
//! |---|---|
//! | a command's `about`, `long_about` | `cmd-PATH-about`, `cmd-PATH-long-about` |
//! | its examples and notes after the options | `cmd-PATH-after-help`, `cmd-PATH-after-long-help` |
//! | an argument's help, long help | `arg-PATH-ID`, `arg-PATH-ID-long` |
//! | a possible value's help | `val-PATH-ID-VALUE` |
//! | a heading (`next_help_heading`) | `heading-SLUG` (`heading-fault-injection`) |
//! | clap's own texts | `heading-usage`, `heading-options`, `clap-help`, … ([`FIXED_KEYS`]) |
//!
//! Argument keys are looked up from the most specific path to the least: `arg-sign-bind-sn`,
//! then `arg-sign-sn`, then `arg-sn`. An argument that reads the same wherever it appears
//! (`--secret-file`, every global flag) has one key without a path; one whose text differs
//! between commands has a key per command.
//!
//! `tests/i18n_help.rs` walks the whole tree and names any key that is missing in either
//! language, and checks that the English catalog says what the doc comments say.

use super::{Lang, new_loader};
use crate::cli::Cli;
use crate::output::ExitClass;
use clap::builder::styling::Styles;
use clap::{Arg, Command, CommandFactory};
use i18n_embed::fluent::FluentLanguageLoader;
use std::collections::HashMap;

/// The top command's name, used as its path in `cmd-` keys.
pub const ROOT: &str = "wecom-hw";

/// Keys of clap's own texts and of the parts of help the tree does not name.
pub const FIXED_KEYS: &[&str] = &[
    "heading-usage",
    "heading-commands",
    "heading-arguments",
    "heading-options",
    "clap-help",
    "clap-help-short",
    "clap-help-long",
    "clap-version",
    "clap-help-command",
    "clap-help-command-arg",
    "spec-default",
    "spec-env",
    "spec-possible-values",
    "spec-possible-values-list",
    "spec-possible-value-item",
    "spec-list-separator",
    "exit-codes-heading",
    "man-name",
    "man-synopsis",
    "man-description",
    "man-options",
    "man-subcommands",
    "man-extra",
    "man-version",
    "man-authors",
];

/// The `about`/`after_help` key of a command (`what`: `about`, `long-about`, `after-help`,
/// `after-long-help`).
pub fn cmd_key(path: &[String], what: &str) -> String {
    if path.is_empty() {
        format!("cmd-{ROOT}-{what}")
    } else {
        format!("cmd-{}-{what}", path.join("-"))
    }
}

/// The keys an argument's text may have, most specific first (`prefix`: `arg` or `val`;
/// `tail`: the id, then e.g. `long` or a value name).
pub fn walk_up_keys(prefix: &str, path: &[String], tail: &[&str]) -> Vec<String> {
    let tail: Vec<String> = tail.iter().map(|t| t.replace('_', "-")).collect();
    (0..=path.len())
        .rev()
        .map(|n| {
            let mut parts = vec![prefix.to_owned()];
            parts.extend(path[..n].iter().cloned());
            parts.extend(tail.iter().cloned());
            parts.join("-")
        })
        .collect()
}

/// The key of a custom help heading.
pub fn heading_key(heading: &str) -> String {
    let slug: String = heading
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("heading-{slug}")
}

/// One text of the command tree, as the clap definitions have it (English), with the keys
/// that may hold it in a catalog.
#[derive(Debug, Clone)]
pub struct Text {
    /// Where it is, for messages (`wecom-hw import --max-rows`).
    pub place: String,
    /// Candidate keys, most specific first; the first is the one to add when none exists.
    pub keys: Vec<String>,
    /// The English text.
    pub english: String,
}

/// Every text of the command tree that the help layer replaces, from the clap definitions
/// (the doc comments and `after_help`s of `src/cli/`). Global flags count once, on the top
/// command; clap's generated `--help`/`--version`/`help` are in [`FIXED_KEYS`] instead.
pub fn source_texts() -> Vec<Text> {
    fn walk(cmd: &Command, path: &mut Vec<String>, globals: &[String], out: &mut Vec<Text>) {
        let place = std::iter::once(ROOT)
            .chain(path.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ");
        let mut texts = vec![
            ("about", cmd.get_about()),
            ("long-about", cmd.get_long_about()),
            ("after-help", cmd.get_after_help()),
            ("after-long-help", cmd.get_after_long_help()),
        ];
        texts.retain(|(_, t)| t.is_some());
        for (what, text) in texts {
            out.push(Text {
                place: format!("{place} ({what})"),
                keys: vec![cmd_key(path, what)],
                english: text.unwrap().to_string(),
            });
        }
        for heading in cmd.get_arguments().filter_map(Arg::get_help_heading) {
            if !out.iter().any(|t| t.keys[0] == heading_key(heading)) {
                out.push(Text {
                    place: format!("{place} heading {heading:?}"),
                    keys: vec![heading_key(heading)],
                    english: heading.to_owned(),
                });
            }
        }
        let mut globals = globals.to_vec();
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            // A global argument counts once, where it is defined; clap copied it down.
            if is_generated(arg) || globals.iter().any(|g| g == id) {
                continue;
            }
            if arg.is_global_set() {
                globals.push(id.to_owned());
            }
            let arg_place = format!("{place} {}", arg_name(arg));
            if let Some(help) = arg.get_help() {
                out.push(Text {
                    place: arg_place.clone(),
                    keys: walk_up_keys("arg", path, &[id]),
                    english: help.to_string(),
                });
            }
            if let Some(long) = arg.get_long_help() {
                out.push(Text {
                    place: format!("{arg_place} (long)"),
                    keys: walk_up_keys("arg", path, &[id, "long"]),
                    english: long.to_string(),
                });
            }
            for pv in arg.get_possible_values() {
                if let Some(help) = pv.get_help() {
                    out.push(Text {
                        place: format!("{arg_place} {}", pv.get_name()),
                        keys: walk_up_keys("val", path, &[id, pv.get_name()]),
                        english: help.to_string(),
                    });
                }
            }
        }
        for sub in cmd.get_subcommands() {
            if sub.get_name() == "help" {
                continue;
            }
            path.push(sub.get_name().to_owned());
            walk(sub, path, &globals, out);
            path.pop();
        }
    }
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &mut Vec::new(), &[], &mut out);
    out
}

fn arg_name(arg: &Arg) -> String {
    match (arg.get_long(), arg.get_value_names()) {
        (Some(long), _) => format!("--{long}"),
        (None, Some(names)) if !names.is_empty() => format!("<{}>", names[0]),
        _ => arg.get_id().to_string(),
    }
}

/// clap's own `--help`/`--version`, added when the command is built.
fn is_generated(arg: &Arg) -> bool {
    matches!(
        arg.get_action(),
        clap::ArgAction::Help
            | clap::ArgAction::HelpShort
            | clap::ArgAction::HelpLong
            | clap::ArgAction::Version
    )
}

/// The catalogs one language's help is built from.
pub struct Catalog {
    lang: Lang,
    help: FluentLanguageLoader,
    messages: FluentLanguageLoader,
}

impl Catalog {
    pub fn new(lang: Lang) -> Catalog {
        Catalog {
            lang,
            help: new_loader(super::HELP_DOMAIN, lang),
            messages: new_loader(super::MESSAGES_DOMAIN, lang),
        }
    }

    /// The text of the first key the catalog has, with `args`, or `None`.
    pub fn lookup(&self, keys: &[String]) -> Option<String> {
        let key = keys.iter().find(|k| self.help.has(k))?;
        let args = self.args_for(key);
        Some(if args.is_empty() {
            self.help.get(key)
        } else {
            self.help.get_args(key, args)
        })
    }

    /// Whether the catalog (or English behind it) has the key.
    pub fn has(&self, key: &str) -> bool {
        self.help.has(key)
    }

    fn get(&self, key: &str) -> String {
        self.help.get(key)
    }

    fn get_args(&self, key: &str, args: HashMap<&str, String>) -> String {
        self.help.get_args(key, args)
    }

    /// Values computed from the code that a help text shows, so that it cannot disagree
    /// with what the command does.
    fn args_for(&self, key: &str) -> HashMap<&'static str, String> {
        match key {
            "cmd-wecom-hw-after-long-help" => HashMap::from([
                ("examples", self.get("cmd-wecom-hw-after-help")),
                ("exit_codes", self.exit_code_table()),
            ]),
            "cmd-import-after-help" => HashMap::from([
                ("aliases", import_alias_table()),
                ("max_rows", crate::import::DEFAULT_MAX_ROWS.to_string()),
                (
                    "max_cell_bytes",
                    crate::import::DEFAULT_MAX_CELL_BYTES.to_string(),
                ),
            ]),
            _ => HashMap::new(),
        }
    }

    /// The EXIT CODES table of `wecom-hw --help` and the man page.
    pub fn exit_code_table(&self) -> String {
        let mut table = self.get("exit-codes-heading");
        table.push_str(&format!("\n{:>4}  {}", 0, exit_success(&self.messages)));
        for class in ExitClass::ALL {
            table.push_str(&format!(
                "\n{:>4}  {}",
                class.code(),
                class.meaning_with(&self.messages)
            ));
        }
        table
    }
}

fn exit_success(loader: &FluentLanguageLoader) -> String {
    i18n_embed_fl::fl!(loader, "exit-code-0")
}

/// The header alias table of `import --help`, from the same table the importer uses.
fn import_alias_table() -> String {
    use crate::core::headers::ALIASES;
    use crate::import::IMPORT_FIELDS;
    let mut table = String::new();
    for (field, aliases) in ALIASES.iter().filter(|(f, _)| IMPORT_FIELDS.contains(f)) {
        table.push_str(&format!("  {:<11} {}\n", field.name(), aliases.join(", ")));
    }
    table
}

/// The whole command tree with its help in `lang`: what `main` parses with when help or an
/// error is to be shown, and what the man pages are generated from.
pub fn command(lang: Lang) -> Command {
    localize(Cli::command(), &Catalog::new(lang))
}

/// Builds `cmd` (clap adds `--help`, `--version` and `help` then) and replaces every text in
/// it from `catalog`. A text the catalog lacks stays as the definitions have it (English);
/// the tests make sure none is lacking.
pub fn localize(mut cmd: Command, catalog: &Catalog) -> Command {
    cmd.build();
    localize_tree(cmd, catalog, &mut Vec::new(), &HashMap::new(), false)
}

/// Global arguments by id, with the path of the command that defines them.
type Globals = HashMap<String, Vec<String>>;

fn localize_tree(
    mut cmd: Command,
    catalog: &Catalog,
    path: &mut Vec<String>,
    globals: &Globals,
    in_help_tree: bool,
) -> Command {
    // clap's own headings are English; English keeps them as they are (the man pages
    // name their sections after headings, so setting them, even to the same words, would
    // move the positionals out of OPTIONS).
    let localize_headings = catalog.lang != Lang::En;
    if localize_headings {
        // clap's default template, with its `{usage-heading}` spelled out.
        let usage = Styles::default().get_usage().to_owned();
        cmd = cmd
            .help_template(format!(
                "{{before-help}}{{about-with-newline}}\n{usage}{}:{usage:#} {{usage}}\n\n{{all-args}}{{after-help}}",
                catalog.get("heading-usage")
            ))
            .subcommand_help_heading(catalog.get("heading-commands"));
    }

    // The generated `help` command, and under it clap's copies of the tree (their abouts
    // are the real commands' abouts).
    let is_help_command = path.last().is_some_and(|n| n == "help") && !in_help_tree;
    let in_help_tree = in_help_tree || is_help_command;
    if is_help_command {
        cmd = cmd.about(catalog.get("clap-help-command"));
    } else {
        let own_path: Vec<String> = if in_help_tree {
            path.iter().filter(|p| *p != "help").cloned().collect()
        } else {
            path.clone()
        };
        if cmd.get_about().is_some()
            && let Some(t) = catalog.lookup(&[cmd_key(&own_path, "about")])
        {
            cmd = cmd.about(t);
        }
        if cmd.get_long_about().is_some()
            && let Some(t) = catalog.lookup(&[cmd_key(&own_path, "long-about")])
        {
            cmd = cmd.long_about(t);
        }
        if cmd.get_after_help().is_some()
            && let Some(t) = catalog.lookup(&[cmd_key(&own_path, "after-help")])
        {
            cmd = cmd.after_help(t);
        }
        if cmd.get_after_long_help().is_some()
            && let Some(t) = catalog.lookup(&[cmd_key(&own_path, "after-long-help")])
        {
            cmd = cmd.after_long_help(t);
        }
    }

    let headings = localize_headings.then(|| {
        (
            catalog.get("heading-options"),
            catalog.get("heading-arguments"),
        )
    });
    let mut globals = globals.clone();
    for arg in cmd.get_arguments().filter(|a| a.is_global_set()) {
        globals
            .entry(arg.get_id().to_string())
            .or_insert_with(|| path.clone());
    }
    cmd = cmd.mut_args(|arg| {
        // A global argument's text is keyed where it is defined.
        let arg_path = match globals.get(arg.get_id().as_str()) {
            Some(defined) if arg.is_global_set() => defined.clone(),
            _ => path.clone(),
        };
        localize_arg(arg, catalog, &arg_path, headings.as_ref())
    });

    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |sub| {
            localize_tree(sub, catalog, path, &globals, in_help_tree)
        });
        path.pop();
    }
    cmd
}

fn localize_arg(
    mut arg: Arg,
    catalog: &Catalog,
    path: &[String],
    default_headings: Option<&(String, String)>,
) -> Arg {
    let id = arg.get_id().as_str().to_owned();
    match arg.get_action() {
        clap::ArgAction::Help | clap::ArgAction::HelpShort | clap::ArgAction::HelpLong => {
            if arg.get_long_help().is_some() {
                arg = arg
                    .help(catalog.get("clap-help-short"))
                    .long_help(catalog.get("clap-help-long"));
            } else {
                arg = arg.help(catalog.get("clap-help"));
            }
        }
        clap::ArgAction::Version => arg = arg.help(catalog.get("clap-version")),
        _ if id == "subcommand" && path.last().is_some_and(|p| p == "help") => {
            arg = arg.help(catalog.get("clap-help-command-arg"));
        }
        _ => {
            let mut help = arg
                .get_help()
                .and_then(|_| catalog.lookup(&walk_up_keys("arg", path, &[&id])));
            let mut long = arg
                .get_long_help()
                .and_then(|_| catalog.lookup(&walk_up_keys("arg", path, &[&id, "long"])));
            if catalog.lang != Lang::En {
                // clap writes `[default: …]`, `[env: …]` and `[possible values: …]` in
                // English; write them in the language instead.
                let (short_specs, long_specs) = spec_values(&arg, catalog, path, &id);
                if !short_specs.is_empty() {
                    arg = arg
                        .hide_default_value(true)
                        .hide_env(true)
                        .hide_possible_values(true);
                    let base = help.unwrap_or_default();
                    if long.is_some() || long_specs != short_specs {
                        let l = long.clone().unwrap_or_else(|| base.clone());
                        long = Some(join_nonempty(&l, "\n\n", &long_specs));
                    }
                    help = Some(join_nonempty(&base, " ", &short_specs));
                }
            }
            if let Some(h) = help {
                arg = arg.help(h);
            }
            if let Some(l) = long {
                arg = arg.long_help(l);
            }
        }
    }
    let heading = match (arg.get_help_heading(), default_headings) {
        (Some(h), _) => catalog.lookup(&[heading_key(h)]),
        (None, Some((_, arguments))) if arg.is_positional() => Some(arguments.clone()),
        (None, Some((options, _))) => Some(options.clone()),
        (None, None) => None,
    };
    match heading {
        Some(h) => arg.help_heading(h),
        None => arg,
    }
}

fn join_nonempty(a: &str, sep: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_owned(),
        (_, true) => a.to_owned(),
        _ => format!("{a}{sep}{b}"),
    }
}

/// The `[default: …] [env: …] [possible values: …]` of an argument in the catalog's
/// language, for the short help and for the long help (which lists the values' meanings).
/// The current value of an environment variable is never shown: it may be a store URL
/// with a password, and the man pages must not depend on the environment.
fn spec_values(arg: &Arg, catalog: &Catalog, path: &[String], id: &str) -> (String, String) {
    let mut specs = Vec::new();
    if let Some(env) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        specs.push(catalog.get_args(
            "spec-env",
            HashMap::from([("name", env.to_string_lossy().into_owned())]),
        ));
    }
    let sep = catalog.get("spec-list-separator");
    let takes_values = arg.get_num_args().is_some_and(|n| n.takes_values());
    if takes_values && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
        let value = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(&sep);
        specs.push(catalog.get_args("spec-default", HashMap::from([("value", value)])));
    }
    let mut short = specs.clone();
    let mut long = specs;
    let values: Vec<_> = arg
        .get_possible_values()
        .into_iter()
        .filter(|pv| !pv.is_hide_set())
        .collect();
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
        let names = values
            .iter()
            .map(|pv| pv.get_name().to_owned())
            .collect::<Vec<_>>()
            .join(&sep);
        let inline = catalog.get_args("spec-possible-values", HashMap::from([("values", names)]));
        short.push(inline.clone());
        if values.iter().any(|pv| pv.get_help().is_some()) {
            let mut list = catalog.get("spec-possible-values-list");
            for pv in &values {
                let help = pv
                    .get_help()
                    .and_then(|_| catalog.lookup(&walk_up_keys("val", path, &[id, pv.get_name()])))
                    .unwrap_or_default();
                list.push('\n');
                if help.is_empty() {
                    list.push_str(&format!("- {}", pv.get_name()));
                } else {
                    list.push_str(&catalog.get_args(
                        "spec-possible-value-item",
                        HashMap::from([("value", pv.get_name().to_owned()), ("help", help)]),
                    ));
                }
            }
            long.push(list);
        } else {
            long.push(inline);
        }
    }
    (short.join(" "), long.join("\n"))
}

/// Parses the command line (`args` includes the program name). A command line that parses
/// is parsed with the plain definitions, which costs nothing extra; only when clap has help,
/// a version or an error to show is the tree localised and the line parsed again, so that
/// what clap prints is in the chosen language.
pub fn parse(args: &[std::ffi::OsString]) -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    let matches = match Cli::command().try_get_matches_from(args) {
        Ok(m) => m,
        Err(_) => command(super::lang()).try_get_matches_from(args)?,
    };
    Cli::from_arg_matches(&matches)
}
