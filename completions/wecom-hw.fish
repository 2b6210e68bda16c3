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
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "ble" -d 'Bluetooth LE: scan for WeCom devices, read status, provision Wi-Fi, show the discovery QR'
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
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l backend -d 'Where to talk to devices: the real radio, or the in-process simulator' -r -f -a "bluez\t'The real radio: btleplug over BlueZ (Linux)'
sim\t'The in-process WeCom device simulator (tests, demos, training)'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l adapter -d 'Bluetooth controller to use (e.g. hci1); default: the first one' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l sim-fault -d 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l sim-secret-env -d 'Environment variable holding the simulated device\'s SecretNo (default: the text `secretNo`)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l sim-advert -d 'Advertising layout of the simulated device' -r -f -a "ee\t''
ed\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l ed-sign-order -d '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either' -r -f -a "digest\t''
reversed\t''
either\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l ed-sign-first -d '0xED layout (assumed): the sign comes before the nonce'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l ed-nonce-le -d '0xED layout (assumed): the nonce is little-endian'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -f -a "scan" -d 'List WeCom devices in range: address, RSSI, device ID, bind state, battery, sign check'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -f -a "status" -d 'Connect, handshake, read FCC9 (MAC, protocol version) and the device\'s Wi-Fi status'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -f -a "wifi-list" -d 'Ask the device for the Wi-Fi networks it sees (command IDs assumed, configurable)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -f -a "provision" -d 'Send Wi-Fi settings and wait for the device\'s report'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -f -a "qr" -d 'Print the WeCom Bluetooth discovery QR code (hw/f?t=bt) on the terminal'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l timeout -d 'How long to scan, in seconds' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l device-id -d 'Only devices with this device ID (decimal, as in the vendor console)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l sn -d 'Only this SN (needs the device store to map SN to device ID; adverts carry no SN)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l pick -d 'Report a single device: the strongest, the first seen, or the only one' -r -f -a "strongest\t'The device with the strongest signal'
first\t'The first device seen (stops the scan early)'
only\t'Exactly one device must match, else fail'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l backend -d 'Where to talk to devices: the real radio, or the in-process simulator' -r -f -a "bluez\t'The real radio: btleplug over BlueZ (Linux)'
sim\t'The in-process WeCom device simulator (tests, demos, training)'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l adapter -d 'Bluetooth controller to use (e.g. hci1); default: the first one' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l sim-fault -d 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l sim-secret-env -d 'Environment variable holding the simulated device\'s SecretNo (default: the text `secretNo`)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l sim-advert -d 'Advertising layout of the simulated device' -r -f -a "ee\t''
ed\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l ed-sign-order -d '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either' -r -f -a "digest\t''
reversed\t''
either\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l ed-sign-first -d '0xED layout (assumed): the sign comes before the nonce'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l ed-nonce-le -d '0xED layout (assumed): the nonce is little-endian'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l address -d 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l device-id -d 'When scanning: only this device ID' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l sn -d 'Expected SN: checked against the device\'s handshake (10001); wrong unit → exit 4' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l pick -d 'When scanning: which device to use' -r -f -a "strongest\t'The device with the strongest signal'
first\t'The first device seen (stops the scan early)'
only\t'Exactly one device must match, else fail'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l scan-timeout -d 'Seconds to scan for the device' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l signer -d 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l step-timeout -d 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l attempts -d 'Attempts for transient Bluetooth errors (connect, write, read)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l trace -d 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l backend -d 'Where to talk to devices: the real radio, or the in-process simulator' -r -f -a "bluez\t'The real radio: btleplug over BlueZ (Linux)'
sim\t'The in-process WeCom device simulator (tests, demos, training)'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l adapter -d 'Bluetooth controller to use (e.g. hci1); default: the first one' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l sim-fault -d 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l sim-secret-env -d 'Environment variable holding the simulated device\'s SecretNo (default: the text `secretNo`)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l sim-advert -d 'Advertising layout of the simulated device' -r -f -a "ee\t''
ed\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l ed-sign-order -d '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either' -r -f -a "digest\t''
reversed\t''
either\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l ed-sign-first -d '0xED layout (assumed): the sign comes before the nonce'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l ed-nonce-le -d '0xED layout (assumed): the nonce is little-endian'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l address -d 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l device-id -d 'When scanning: only this device ID' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l sn -d 'Expected SN: checked against the device\'s handshake (10001); wrong unit → exit 4' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l pick -d 'When scanning: which device to use' -r -f -a "strongest\t'The device with the strongest signal'
first\t'The first device seen (stops the scan early)'
only\t'Exactly one device must match, else fail'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l scan-timeout -d 'Seconds to scan for the device' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l signer -d 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l step-timeout -d 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l attempts -d 'Attempts for transient Bluetooth errors (connect, write, read)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l trace -d 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l wifi-list-request-id -d 'Command ID of the Wi-Fi list request (assumed 30005)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l wifi-list-answer-id -d 'Command ID of the device\'s Wi-Fi list answer (assumed 10005)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l backend -d 'Where to talk to devices: the real radio, or the in-process simulator' -r -f -a "bluez\t'The real radio: btleplug over BlueZ (Linux)'
sim\t'The in-process WeCom device simulator (tests, demos, training)'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l adapter -d 'Bluetooth controller to use (e.g. hci1); default: the first one' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l sim-fault -d 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l sim-secret-env -d 'Environment variable holding the simulated device\'s SecretNo (default: the text `secretNo`)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l sim-advert -d 'Advertising layout of the simulated device' -r -f -a "ee\t''
ed\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l ed-sign-order -d '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either' -r -f -a "digest\t''
reversed\t''
either\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l ed-sign-first -d '0xED layout (assumed): the sign comes before the nonce'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l ed-nonce-le -d '0xED layout (assumed): the nonce is little-endian'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l address -d 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l device-id -d 'When scanning: only this device ID' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l sn -d 'Expected SN: checked against the device\'s handshake (10001); wrong unit → exit 4' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l pick -d 'When scanning: which device to use' -r -f -a "strongest\t'The device with the strongest signal'
first\t'The first device seen (stops the scan early)'
only\t'Exactly one device must match, else fail'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l scan-timeout -d 'Seconds to scan for the device' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l signer -d 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l step-timeout -d 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l attempts -d 'Attempts for transient Bluetooth errors (connect, write, read)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l trace -d 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l ssid -d 'Network name (1–32 bytes)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l bssid -d 'Access point MAC, optional (AA:BB:CC:DD:EE:FF)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l protocol -d 'Security of the network; None sends an empty password' -r -f -a "WPA2\t''
WPA\t''
WEP\t''
None\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l password-file -d 'Read the Wi-Fi password from the first line of this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l password-env -d 'Read the Wi-Fi password from this environment variable' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l backend -d 'Where to talk to devices: the real radio, or the in-process simulator' -r -f -a "bluez\t'The real radio: btleplug over BlueZ (Linux)'
sim\t'The in-process WeCom device simulator (tests, demos, training)'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l adapter -d 'Bluetooth controller to use (e.g. hci1); default: the first one' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l sim-fault -d 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l sim-secret-env -d 'Environment variable holding the simulated device\'s SecretNo (default: the text `secretNo`)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l sim-advert -d 'Advertising layout of the simulated device' -r -f -a "ee\t''
ed\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l ed-sign-order -d '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either' -r -f -a "digest\t''
reversed\t''
either\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l password-stdin -d 'Read the Wi-Fi password from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l ed-sign-first -d '0xED layout (assumed): the sign comes before the nonce'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l ed-nonce-le -d '0xED layout (assumed): the nonce is little-endian'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l backend -d 'Where to talk to devices: the real radio, or the in-process simulator' -r -f -a "bluez\t'The real radio: btleplug over BlueZ (Linux)'
sim\t'The in-process WeCom device simulator (tests, demos, training)'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l adapter -d 'Bluetooth controller to use (e.g. hci1); default: the first one' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l sim-fault -d 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l sim-secret-env -d 'Environment variable holding the simulated device\'s SecretNo (default: the text `secretNo`)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l sim-advert -d 'Advertising layout of the simulated device' -r -f -a "ee\t''
ed\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l ed-sign-order -d '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either' -r -f -a "digest\t''
reversed\t''
either\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l invert -d 'Light modules as blocks instead of dark ones (for dark terminal themes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l ed-sign-first -d '0xED layout (assumed): the sign comes before the nonce'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l ed-nonce-le -d '0xED layout (assumed): the nonce is little-endian'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from help" -f -a "scan" -d 'List WeCom devices in range: address, RSSI, device ID, bind state, battery, sign check'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from help" -f -a "status" -d 'Connect, handshake, read FCC9 (MAC, protocol version) and the device\'s Wi-Fi status'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from help" -f -a "wifi-list" -d 'Ask the device for the Wi-Fi networks it sees (command IDs assumed, configurable)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from help" -f -a "provision" -d 'Send Wi-Fi settings and wait for the device\'s report'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from help" -f -a "qr" -d 'Print the WeCom Bluetooth discovery QR code (hw/f?t=bt) on the terminal'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -l color -d 'When to use colours on stderr (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign ble gen-assets help" -f -a "sign" -d 'Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign ble gen-assets help" -f -a "ble" -d 'Bluetooth LE: scan for WeCom devices, read status, provision Wi-Fi, show the discovery QR'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign ble gen-assets help" -f -a "gen-assets" -d 'Write shell completions and man pages generated from these definitions'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign ble gen-assets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "bind" -d 'Dynamic bind QR signature (type=qrcode, valid 30 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "login" -d 'Dynamic login QR signature (type=dynamic_login plus --state, valid 1800 s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "register" -d '`register` device_signature (valid 5 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "secret-no" -d '`get_secret_no` device_signature, signed with the seedSecretNo (valid 5 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "verify" -d 'Check a scanned bind/login URL: signature, age and time left'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from ble" -f -a "scan" -d 'List WeCom devices in range: address, RSSI, device ID, bind state, battery, sign check'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from ble" -f -a "status" -d 'Connect, handshake, read FCC9 (MAC, protocol version) and the device\'s Wi-Fi status'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from ble" -f -a "wifi-list" -d 'Ask the device for the Wi-Fi networks it sees (command IDs assumed, configurable)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from ble" -f -a "provision" -d 'Send Wi-Fi settings and wait for the device\'s report'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from ble" -f -a "qr" -d 'Print the WeCom Bluetooth discovery QR code (hw/f?t=bt) on the terminal'
