# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_wecom_hw_global_optspecs
    string join \n json v/verbose q/quiet color= h/help V/version
end

function __fish_wecom_hw_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_wecom_hw_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_wecom_hw_using_subcommand
    set -l cmd (__fish_wecom_hw_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "sign" -d 'Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "gen-assets" -d 'Write shell completions and man pages generated from these definitions'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -f -a "bind" -d 'Dynamic bind QR signature (type=qrcode, valid 30 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -f -a "login" -d 'Dynamic login QR signature (type=dynamic_login plus --state, valid 1800 s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -f -a "register" -d '`register` device_signature (valid 5 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -f -a "secret-no" -d '`get_secret_no` device_signature, signed with the seedSecretNo (valid 5 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -f -a "verify" -d 'Check a scanned bind/login URL: signature, age and time left'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l sn -d 'Device serial number ([0-9A-Za-z], at most 128)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l timestamp -d 'Unix seconds to sign (default: now, UTC)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l nonce -d 'Nonce to sign (default: a random u64; per row in batches)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l state -d 'Opaque state for login codes, returned to the device in push_user_scan' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l input -d 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l input-format -d 'Batch input format (default: from the extension; required for stdin)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -s o -l output -d 'Batch: write results here (atomically) instead of stdout' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l output-format -d 'Batch output format (default: ndjson with --json, else csv)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l url -d 'Print the whole URL instead of the signature (bind and login only)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l explain -d 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l sn -d 'Device serial number ([0-9A-Za-z], at most 128)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l timestamp -d 'Unix seconds to sign (default: now, UTC)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l nonce -d 'Nonce to sign (default: a random u64; per row in batches)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l state -d 'Opaque state for login codes, returned to the device in push_user_scan' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l input -d 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l input-format -d 'Batch input format (default: from the extension; required for stdin)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -s o -l output -d 'Batch: write results here (atomically) instead of stdout' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l output-format -d 'Batch output format (default: ndjson with --json, else csv)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l url -d 'Print the whole URL instead of the signature (bind and login only)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l explain -d 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l sn -d 'Device serial number ([0-9A-Za-z], at most 128)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l timestamp -d 'Unix seconds to sign (default: now, UTC)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l nonce -d 'Nonce to sign (default: a random u64; per row in batches)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l state -d 'Opaque state for login codes, returned to the device in push_user_scan' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l input -d 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l input-format -d 'Batch input format (default: from the extension; required for stdin)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -s o -l output -d 'Batch: write results here (atomically) instead of stdout' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l output-format -d 'Batch output format (default: ndjson with --json, else csv)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l url -d 'Print the whole URL instead of the signature (bind and login only)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l explain -d 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l sn -d 'Device serial number ([0-9A-Za-z], at most 128)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l timestamp -d 'Unix seconds to sign (default: now, UTC)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l nonce -d 'Nonce to sign (default: a random u64; per row in batches)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l state -d 'Opaque state for login codes, returned to the device in push_user_scan' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l input -d 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l input-format -d 'Batch input format (default: from the extension; required for stdin)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -s o -l output -d 'Batch: write results here (atomically) instead of stdout' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l output-format -d 'Batch output format (default: ndjson with --json, else csv)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l url -d 'Print the whole URL instead of the signature (bind and login only)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l explain -d 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l at -d 'Judge validity at this time instead of now (unix seconds)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from help" -f -a "bind" -d 'Dynamic bind QR signature (type=qrcode, valid 30 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from help" -f -a "login" -d 'Dynamic login QR signature (type=dynamic_login plus --state, valid 1800 s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from help" -f -a "register" -d '`register` device_signature (valid 5 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from help" -f -a "secret-no" -d '`get_secret_no` device_signature, signed with the seedSecretNo (valid 5 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a scanned bind/login URL: signature, age and time left'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign gen-assets help" -f -a "sign" -d 'Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign gen-assets help" -f -a "gen-assets" -d 'Write shell completions and man pages generated from these definitions'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign gen-assets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "bind" -d 'Dynamic bind QR signature (type=qrcode, valid 30 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "login" -d 'Dynamic login QR signature (type=dynamic_login plus --state, valid 1800 s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "register" -d '`register` device_signature (valid 5 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "secret-no" -d '`get_secret_no` device_signature, signed with the seedSecretNo (valid 5 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "verify" -d 'Check a scanned bind/login URL: signature, age and time left'
