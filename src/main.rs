//! Parse, dispatch, map errors to exit codes — nothing else.

use wecom_hw::{cmd, i18n, output::Output};

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language first: clap may print help or an error before parsing finishes.
    i18n::init(i18n::resolve(i18n::lang_flag(&args), |name| {
        std::env::var_os(name)
    }));
    let cli = match i18n::help::parse(&args) {
        Ok(cli) => cli,
        Err(e) => {
            // clap's own errors in the chosen language (it has no localisation); English,
            // --help and --version as clap prints them.
            if let Some(text) = i18n::clap_error::localized_help(&e) {
                if e.use_stderr() {
                    wecom_hw::err!("{text}");
                } else {
                    // A closed pipe (`| head`) ends the help quietly, as clap's would.
                    let _ = wecom_hw::out!("{text}");
                }
                std::process::exit(e.exit_code());
            }
            if let Some(text) = i18n::clap_error::localized(&e) {
                wecom_hw::errln!("{text}");
                std::process::exit(e.exit_code());
            }
            // --help and --version exit 0; everything else is a usage error (2).
            e.exit();
        }
    };
    let g = &cli.global;
    let out = Output::new(g.json, g.verbose, g.quiet, g.color);
    let code = match cmd::dispatch(cli, &out) {
        Ok(()) => 0,
        Err(err) => out.report_error(&err),
    };
    std::process::exit(code);
}
