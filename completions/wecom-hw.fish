# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_wecom_hw_global_optspecs
    string join \n json v/verbose q/quiet color= store= allow-shared-store station= lang= h/help V/version
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

complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "sign" -d 'Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "qr" -d 'Draw bind, login, label and Bluetooth QR codes: PNG, SVG, terminal, ZPL, TSPL, PDF'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "import" -d 'Read the vendor console\'s registration export, validate it and load it into the store'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "devices" -d 'List, show and export the units in the device store'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "connect" -d 'Be the device: connect to the cloud over wss, register, activate, log in, handle pushes'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "cloud" -d 'Run a local emulator of the WeCom device cloud, and bind/unbind/push as its admin'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "ble" -d 'Bluetooth LE: scan for WeCom devices, read status, provision Wi-Fi, show the discovery QR'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "line" -d 'Production line: issue each unit\'s secret for flashing and print its label, once'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "store" -d 'The device store itself: migrate its schema, show what it holds, copy it between SQLite and PostgreSQL'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "doctor" -d 'Check what is wrong around the tool: clock, network and TLS, store, printer, Bluetooth, flasher, this machine'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "console" -d 'Watch the line and the emulator live in a browser: a local web console'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "demo" -d 'Run the whole job on built-in defaults: import the sample export, print labels, bring a unit online through the emulator, provision Wi-Fi'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "gen-assets" -d 'Write shell completions and man pages generated from these definitions'
complete -c wecom-hw -n "__fish_wecom_hw_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and not __fish_seen_subcommand_from bind login register secret-no verify help" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
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
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store\'s secret for the SN)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l timestamp -d 'Unix seconds to sign (default: now, UTC)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l nonce -d 'Nonce to sign (default: a random u64; per row in batches)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l state -d 'Opaque state for login codes, returned to the device in push_user_scan' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l input -d 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l input-format -d 'Batch input format (default: from the extension; required for stdin)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -s o -l output -d 'Batch: write results here (atomically) instead of stdout' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l output-format -d 'Batch output format (default: ndjson with --json, else csv)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l url -d 'Print the whole URL instead of the signature (bind and login only)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l explain -d 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from bind" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l sn -d 'Device serial number ([0-9A-Za-z], at most 128)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store\'s secret for the SN)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l timestamp -d 'Unix seconds to sign (default: now, UTC)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l nonce -d 'Nonce to sign (default: a random u64; per row in batches)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l state -d 'Opaque state for login codes, returned to the device in push_user_scan' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l input -d 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l input-format -d 'Batch input format (default: from the extension; required for stdin)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -s o -l output -d 'Batch: write results here (atomically) instead of stdout' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l output-format -d 'Batch output format (default: ndjson with --json, else csv)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l url -d 'Print the whole URL instead of the signature (bind and login only)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l explain -d 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l sn -d 'Device serial number ([0-9A-Za-z], at most 128)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store\'s secret for the SN)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l timestamp -d 'Unix seconds to sign (default: now, UTC)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l nonce -d 'Nonce to sign (default: a random u64; per row in batches)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l state -d 'Opaque state for login codes, returned to the device in push_user_scan' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l input -d 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l input-format -d 'Batch input format (default: from the extension; required for stdin)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -s o -l output -d 'Batch: write results here (atomically) instead of stdout' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l output-format -d 'Batch output format (default: ndjson with --json, else csv)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l url -d 'Print the whole URL instead of the signature (bind and login only)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l explain -d 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l sn -d 'Device serial number ([0-9A-Za-z], at most 128)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store\'s secret for the SN)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l timestamp -d 'Unix seconds to sign (default: now, UTC)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l nonce -d 'Nonce to sign (default: a random u64; per row in batches)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l state -d 'Opaque state for login codes, returned to the device in push_user_scan' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l input -d 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l input-format -d 'Batch input format (default: from the extension; required for stdin)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -s o -l output -d 'Batch: write results here (atomically) instead of stdout' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l output-format -d 'Batch output format (default: ndjson with --json, else csv)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l url -d 'Print the whole URL instead of the signature (bind and login only)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l explain -d 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from secret-no" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store\'s secret for the SN)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l at -d 'Judge validity at this time instead of now (unix seconds)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from help" -f -a "bind" -d 'Dynamic bind QR signature (type=qrcode, valid 30 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from help" -f -a "login" -d 'Dynamic login QR signature (type=dynamic_login plus --state, valid 1800 s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from help" -f -a "register" -d '`register` device_signature (valid 5 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from help" -f -a "secret-no" -d '`get_secret_no` device_signature, signed with the seedSecretNo (valid 5 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a scanned bind/login URL: signature, age and time left'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand sign; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -f -a "bind" -d 'Dynamic bind code (type=qrcode), signed like `sign bind`; valid 30 minutes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -f -a "login" -d 'Dynamic login code (type=dynamic_login, needs --state), valid 1800 s'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -f -a "static" -d 'Static label code (…/connect/hardware?hw_code=…), one or a batch from --input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -f -a "url" -d 'Any text as a QR code'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -f -a "bluetooth" -d 'The code that makes the WeCom app look for devices over Bluetooth'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and not __fish_seen_subcommand_from bind login static url bluetooth help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l sn -d 'Device serial number ([0-9A-Za-z], at most 128)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store\'s secret for the SN)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l timestamp -d 'Unix seconds to sign (default: now, UTC)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l nonce -d 'Nonce to sign (default: a random u64)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l state -d 'Opaque state for login codes, returned to the device in push_user_scan' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l every -d 'Re-sign interval for --watch (e.g. 10m, 90s; below the 30-minute validity)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l count -d 'Stop --watch after this many codes (default: until interrupted)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -s o -l output -d 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -s f -l format -d 'Output format (default: from --output\'s extension, else term)' -r -f -a "png\t'PNG image, one pixel per printer dot'
svg\t'SVG with whole-dot module rectangles'
term\t'Unicode half blocks: coloured on a terminal (scan it off the screen), plain text with dark modules drawn in a pipe or file (see --color)'
zpl\t'Zebra ZPL II (^BQ, model 2)'
tspl\t'TSC TSPL/TSPL2 (QRCODE, model M2)'
pdf\t'PDF, one label-sized page per code, vector modules'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l ecc -d 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %' -r -f -a "L\t'about 7 % recoverable: densest'
M\t'about 15 %: the default for indoor equipment labels'
Q\t'about 25 %: labels that get scratched'
H\t'about 30 %: only when something covers part of the code'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l quiet-zone -d 'Blank border in modules on every side (4 is the standard minimum)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l dpi -d 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l label -d 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l dots -d 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l caption -d 'Text under the code (static labels: the SN by default)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l verify -d 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)' -r -f -a "grid\t'read the module grid where it was drawn, then decode it with rqrr (fast)'
full\t'let rqrr locate the code in the whole image first, as a phone would (slow)'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l watch -d 'Keep a fresh code on the terminal, re-signed every --every, showing the time left'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l no-caption -d 'No text under the code'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l no-verify -d 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bind" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l sn -d 'Device serial number ([0-9A-Za-z], at most 128)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store\'s secret for the SN)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l timestamp -d 'Unix seconds to sign (default: now, UTC)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l nonce -d 'Nonce to sign (default: a random u64)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l state -d 'Opaque state for login codes, returned to the device in push_user_scan' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l every -d 'Re-sign interval for --watch (e.g. 10m, 90s; below the 30-minute validity)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l count -d 'Stop --watch after this many codes (default: until interrupted)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -s o -l output -d 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -s f -l format -d 'Output format (default: from --output\'s extension, else term)' -r -f -a "png\t'PNG image, one pixel per printer dot'
svg\t'SVG with whole-dot module rectangles'
term\t'Unicode half blocks: coloured on a terminal (scan it off the screen), plain text with dark modules drawn in a pipe or file (see --color)'
zpl\t'Zebra ZPL II (^BQ, model 2)'
tspl\t'TSC TSPL/TSPL2 (QRCODE, model M2)'
pdf\t'PDF, one label-sized page per code, vector modules'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l ecc -d 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %' -r -f -a "L\t'about 7 % recoverable: densest'
M\t'about 15 %: the default for indoor equipment labels'
Q\t'about 25 %: labels that get scratched'
H\t'about 30 %: only when something covers part of the code'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l quiet-zone -d 'Blank border in modules on every side (4 is the standard minimum)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l dpi -d 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l label -d 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l dots -d 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l caption -d 'Text under the code (static labels: the SN by default)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l verify -d 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)' -r -f -a "grid\t'read the module grid where it was drawn, then decode it with rqrr (fast)'
full\t'let rqrr locate the code in the whole image first, as a phone would (slow)'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l watch -d 'Keep a fresh code on the terminal, re-signed every --every, showing the time left'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l no-caption -d 'No text under the code'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l no-verify -d 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l url -d 'The static bind URL (https://open.work.weixin.qq.com/connect/hardware?hw_code=…)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l hw-code -d 'The hw_code; the URL is built from it' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l sn -d 'SN of the unit: the default caption; alone, the URL comes from the device store' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l input -d 'Batch: CSV or NDJSON with `sn` and `url` (or `hw_code`) columns' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l batch -d 'With --from-store: only the units of this import batch (`wecom-hw devices batches`)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l input-format -d 'Batch input format (default: from the extension)' -r -f -a "csv\t''
ndjson\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l out-dir -d 'Batch: write one file per unit into this directory (instead of one -o job)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l name -d 'Batch file-name template with {sn} and {row}; its extension picks the format' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l threads -d 'Batch worker threads (default: available cores, at most 8)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -s o -l output -d 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -s f -l format -d 'Output format (default: from --output\'s extension, else term)' -r -f -a "png\t'PNG image, one pixel per printer dot'
svg\t'SVG with whole-dot module rectangles'
term\t'Unicode half blocks: coloured on a terminal (scan it off the screen), plain text with dark modules drawn in a pipe or file (see --color)'
zpl\t'Zebra ZPL II (^BQ, model 2)'
tspl\t'TSC TSPL/TSPL2 (QRCODE, model M2)'
pdf\t'PDF, one label-sized page per code, vector modules'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l ecc -d 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %' -r -f -a "L\t'about 7 % recoverable: densest'
M\t'about 15 %: the default for indoor equipment labels'
Q\t'about 25 %: labels that get scratched'
H\t'about 30 %: only when something covers part of the code'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l quiet-zone -d 'Blank border in modules on every side (4 is the standard minimum)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l dpi -d 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l label -d 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l dots -d 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l caption -d 'Text under the code (static labels: the SN by default)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l verify -d 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)' -r -f -a "grid\t'read the module grid where it was drawn, then decode it with rqrr (fast)'
full\t'let rqrr locate the code in the whole image first, as a phone would (slow)'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l from-store -d 'Batch: every unit of the device store with a static URL (see --batch)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l force -d 'Batch: redo units whose file already exists (default: skip them)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l no-caption -d 'No text under the code'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l no-verify -d 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from static" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l text-file -d 'Read the text to encode from this file (one trailing newline is dropped)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -s o -l output -d 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -s f -l format -d 'Output format (default: from --output\'s extension, else term)' -r -f -a "png\t'PNG image, one pixel per printer dot'
svg\t'SVG with whole-dot module rectangles'
term\t'Unicode half blocks: coloured on a terminal (scan it off the screen), plain text with dark modules drawn in a pipe or file (see --color)'
zpl\t'Zebra ZPL II (^BQ, model 2)'
tspl\t'TSC TSPL/TSPL2 (QRCODE, model M2)'
pdf\t'PDF, one label-sized page per code, vector modules'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l ecc -d 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %' -r -f -a "L\t'about 7 % recoverable: densest'
M\t'about 15 %: the default for indoor equipment labels'
Q\t'about 25 %: labels that get scratched'
H\t'about 30 %: only when something covers part of the code'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l quiet-zone -d 'Blank border in modules on every side (4 is the standard minimum)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l dpi -d 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l label -d 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l dots -d 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l caption -d 'Text under the code (static labels: the SN by default)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l verify -d 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)' -r -f -a "grid\t'read the module grid where it was drawn, then decode it with rqrr (fast)'
full\t'let rqrr locate the code in the whole image first, as a phone would (slow)'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l no-caption -d 'No text under the code'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l no-verify -d 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from url" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -s o -l output -d 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -s f -l format -d 'Output format (default: from --output\'s extension, else term)' -r -f -a "png\t'PNG image, one pixel per printer dot'
svg\t'SVG with whole-dot module rectangles'
term\t'Unicode half blocks: coloured on a terminal (scan it off the screen), plain text with dark modules drawn in a pipe or file (see --color)'
zpl\t'Zebra ZPL II (^BQ, model 2)'
tspl\t'TSC TSPL/TSPL2 (QRCODE, model M2)'
pdf\t'PDF, one label-sized page per code, vector modules'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l ecc -d 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %' -r -f -a "L\t'about 7 % recoverable: densest'
M\t'about 15 %: the default for indoor equipment labels'
Q\t'about 25 %: labels that get scratched'
H\t'about 30 %: only when something covers part of the code'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l quiet-zone -d 'Blank border in modules on every side (4 is the standard minimum)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l dpi -d 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l label -d 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l dots -d 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l caption -d 'Text under the code (static labels: the SN by default)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l verify -d 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)' -r -f -a "grid\t'read the module grid where it was drawn, then decode it with rqrr (fast)'
full\t'let rqrr locate the code in the whole image first, as a phone would (slow)'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l no-caption -d 'No text under the code'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l no-verify -d 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from bluetooth" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from help" -f -a "bind" -d 'Dynamic bind code (type=qrcode), signed like `sign bind`; valid 30 minutes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from help" -f -a "login" -d 'Dynamic login code (type=dynamic_login, needs --state), valid 1800 s'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from help" -f -a "static" -d 'Static label code (…/connect/hardware?hw_code=…), one or a batch from --input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from help" -f -a "url" -d 'Any text as a QR code'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from help" -f -a "bluetooth" -d 'The code that makes the WeCom app look for devices over Bluetooth'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand qr; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -l sheet -d 'Sheet to read, by name or 1-based number (default: the first sheet with a header row)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -l column -d 'Map a column explicitly, by header text or letter (repeatable; fields: sn, secret_no, device_id, qr_url, model_id, remark)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -l header-row -d 'Row that holds the headers, numbered as Excel shows it (default: detected)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -l format -d 'File format (default: from the extension)' -r -f -a "xlsx\t''
xlsm\t''
xlsb\t''
xls\t''
ods\t''
csv\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -l max-rows -d 'Refuse a file with more data rows than this (blank rows not counted)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -l max-cell-bytes -d 'Refuse a file with a cell holding more bytes of text (UTF-8) than this' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -l dry-run -d 'Check everything and show what would change, without writing to the store'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand import" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -f -a "list" -d 'List units: SN, status, batch, device id, static URL'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -f -a "show" -d 'Everything the store knows about one unit, with its ledger'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -f -a "export" -d 'Write units to CSV, NDJSON or XLSX (stdout, or a file written atomically)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -f -a "batches" -d 'List import batches: when, from which file, how many units, seed or per-device'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and not __fish_seen_subcommand_from list show export batches help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -l batch -d 'Only units of this import batch' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -l status -d 'Only units with this status (each is the last lifecycle step the unit reached)' -r -f -a "imported\t''
label-printed\t''
secret-issued\t''
registered\t''
activated\t''
bound\t''
unbound\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -l sn -d 'Only SNs matching this pattern (`*` any text, `?` one character; case-insensitive)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -l limit -d 'At most this many units' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -l show-secrets -d 'Show SecretNos in full'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from show" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from show" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from show" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from show" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from show" -l show-secrets -d 'Show SecretNos in full'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from show" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from show" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -l batch -d 'Only units of this import batch' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -l status -d 'Only units with this status (each is the last lifecycle step the unit reached)' -r -f -a "imported\t''
label-printed\t''
secret-issued\t''
registered\t''
activated\t''
bound\t''
unbound\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -l sn -d 'Only SNs matching this pattern (`*` any text, `?` one character; case-insensitive)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -l limit -d 'At most this many units' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -l format -d 'Output format (default: from the --output extension, else csv)' -r -f -a "csv\t''
ndjson\t''
xlsx\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -s o -l output -d 'Write here (atomically; mode 0600 with --show-secrets) instead of stdout' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -l show-secrets -d 'Write SecretNos in full (for burning); masked otherwise'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from batches" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from batches" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from batches" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from batches" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from batches" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from batches" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from batches" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from batches" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from batches" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from batches" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from help" -f -a "list" -d 'List units: SN, status, batch, device id, static URL'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from help" -f -a "show" -d 'Everything the store knows about one unit, with its ledger'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write units to CSV, NDJSON or XLSX (stdout, or a file written atomically)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from help" -f -a "batches" -d 'List import batches: when, from which file, how many units, seed or per-device'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand devices; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l sn -d 'Device serial number' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store\'s secret for the SN)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l endpoint -d 'Cloud WebSocket URL' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l ca-file -d 'Also trust the CA certificates in this PEM file (e.g. the emulator\'s ca.pem)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l state-file -d 'Keep the device\'s state (exchanged SecretNo, active_code, secret) in this JSON file instead of the device store' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l firmware-version -d 'firmware_version sent in subscribe_corp' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l wifi-name -d 'net_info.wifi_name sent in register' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l mac-address -d 'net_info.mac_address sent in register' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l until -d 'Exit 0 once this is reached: registered, bound, subscribed, or a push name (e.g. push_user_scan)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l timeout -d 'Give up after this long: 90, 90s, 2m. Exit 9 when connected but the goal was not reached in time; exit 7 when no connection to the cloud ever opened' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l connect-attempts -d 'Give up (exit 7, with the last network error) after N connection attempts in a row fail (TCP, TLS or WebSocket upgrade); 0 = never. Default: 5 for `call` (about 15 s of backoff), never otherwise: a device keeps retrying, as a real one does' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l on -d 'React to a push: CMD=fetch (get_firmware_info, download, md5 check), CMD=upload:FILE (upload_log), CMD=exec:PROGRAM (push JSON on stdin); repeatable' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l transcript -d 'Append every frame both ways to this NDJSON file (credentials fingerprinted)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l ping-interval -d 'Heartbeat interval in seconds (the spec allows 20 to 40)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l skew-warn -d 'Warn when the device clock differs from the cloud\'s by at least this many seconds' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l max-message -d 'Largest WebSocket message or frame accepted from the cloud; a larger one closes the connection, which is then reopened with backoff' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l download-dir -d 'Where --on ...=fetch saves the downloaded firmware image' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l seed -d 'The secret given is the model\'s shared seedSecretNo: exchange it for the device\'s own SecretNo with get_secret_no (once; kept in --state-file or the store). Implied for a seed batch\'s unit taken from the store'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l insecure-plain -d 'Allow a plain ws:// endpoint (no TLS): for a local emulator only'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -f -a "call" -d 'Log in, make one call, print its answer, exit. Gives up with exit 7 after 5 failed connection attempts in a row (--connect-attempts)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and not __fish_seen_subcommand_from call help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -f -a "firmware" -d 'get_firmware_info: the latest published firmware'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -f -a "corp" -d 'get_corp_info: the corp the device is bound to'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -f -a "time" -d 'get_timestamp: the cloud\'s clock and our offset'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -f -a "error-report" -d 'error_report: report a device error'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -f -a "upload-log" -d 'upload_log: upload FILE as a binary v1 upload (last 2 MiB)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -f -a "login-qr" -d 'gen_login_qrcode: fetch the static login QR, save it, print its URL'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -f -a "selfhelp" -d 'selfhelp_notify: ask the cloud to push DATA back'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from call" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "call" -d 'Log in, make one call, print its answer, exit. Gives up with exit 7 after 5 failed connection attempts in a row (--connect-attempts)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -l state-dir -d 'Directory with the emulator\'s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -f -a "serve" -d 'Run the emulator (TLS WebSocket server) until Ctrl-C'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -f -a "bind" -d 'Bind a device to a corp: new secret, push_bind_corp to the live connection'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -f -a "unbind" -d 'Unbind a device: its secret becomes invalid, push_unbind_corp is sent'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -f -a "push" -d 'Send a push to a connected device'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -f -a "publish-firmware" -d 'Publish a firmware image: get_firmware_info reports it (md5 and size computed)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -f -a "reset-secret-no" -d 'Let a seed-model device exchange its seedSecretNo again'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -f -a "expire" -d 'Mark a device expired: register answers 600051'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -f -a "drop" -d 'Close a device\'s connection (the device should reconnect)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -f -a "set-clock-skew" -d 'Skew the cloud\'s clock (get_timestamp and the signature window) by SECS'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -f -a "status" -d 'Show devices, connections, bindings and uploads (never a secret)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and not __fish_seen_subcommand_from serve bind unbind push publish-firmware reset-secret-no expire drop set-clock-skew status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l listen -d 'Address to listen on (port 0: any free port, printed on the first line)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l devices -d 'Devices the cloud knows (CSV or NDJSON); may be repeated. Others get 600001' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l export -d 'Also know the units of a registration export (.xlsx/.xls/.ods/.csv, read like `import`)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l san -d 'Extra DNS name or IP for the server certificate (may be repeated)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l firmware-listen -d 'Address of the HTTP server for published firmware' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l idle-timeout -d 'Close a connection that sent nothing for SECS seconds (0: never)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l auto-bind-after -d 'Bind a device automatically after N unanswered `active` polls (0: at once)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l corp -d 'Corp name for automatic binds and `bind` without --corp' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l timestamp-window -d 'Accepted clock difference of signed requests, seconds (assumed 300)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l resubscribe-errcode -d 'Code for a second subscribe_corp on one connection (600054 or 600045)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l unbound-errcode -d 'Code for `active` while unbound (assumed 600004)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l unknown-cmd-errcode -d 'Code for an unknown cmd' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l malformed-errcode -d 'Code for malformed JSON or a request without headers.req_id' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l selfhelp-push -d 'Push sent after selfhelp_notify (assumed name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l clock-offset -d 'Start with the cloud\'s clock this many seconds ahead (negative: behind), as `set-clock-skew` does later' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l max-upload -d 'Largest accepted upload, bytes (larger: 600052)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l console-listen -d 'Address and port of the console (with --console)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l fault-times -d 'How many times each counted fault fires (0: every time)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l fault-drop-after -d 'Close a connection after its N-th inbound frame (counted)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l fault-delay -d 'Delay every reply and push by MS milliseconds' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l fault-errcode -d 'Answer CMD with CODE instead of processing it (counted; may be repeated)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l fault-drop-reply -d 'Swallow the reply to CMD, so the device must resend (counted; may be repeated)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l fault-unknown-push -d 'After a subscribe_corp, send a push with this unknown name (counted)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l fault-adversarial -d 'Break the wire protocol on purpose: MODE as listed below (counted; may be repeated)' -r -f -a "oversize-text\t'First reply after login padded to 2 MiB in one text frame'
oversize-binary\t'Login-QR binary reply padded to 2 MiB, sent in 64 KiB fragments'
split-bytes\t'Every frame of a connection written 1 byte per TCP segment (flushed each byte)'
invalid-utf8\t'First reply after login as a text frame with invalid UTF-8'
duplicate-keys\t'First push with `cmd` twice (push_unbind_corp, then the real name)'
wrong-req-id\t'First reply of all with a req_id the device never sent'
push-before-subscribe\t'push_unbind_corp on a new connection before its first request is answered'
binary-len-long\t'Login-QR reply whose data_len is longer than its payload'
binary-len-short\t'Login-QR reply whose data_len is shorter than its payload'
binary-len-huge\t'Login-QR reply whose data_len is 4 GiB - 1'
ping-flood\t'50,000 WebSocket pings back to back after the first reply after login'
reorder-replies\t'First reply after login held until the next reply went out (at most 2 s)'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l state-dir -d 'Directory with the emulator\'s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l from-store -d 'Also know every unit in the device store (--store)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l insecure-plain -d 'Serve plain ws:// instead of TLS (local testing only)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l permissive -d 'Answer `ping` before `subscribe_corp` with 0 instead of 600020'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l takeover -d 'A register of an SN live on another connection takes over (instead of 600002)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l subscribe-without-register -d 'Accept subscribe_corp without register when the secret identifies the device'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l console -d 'Also serve the console (devices, live frame logs, bind/unbind/push, fault switches) in this process; it prints its URL, which carries the access token'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l allow-remote -d 'Accept a --console-listen address other than loopback (anyone who can reach it and holds the printed token drives the emulator)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l fault-headerless -d 'Send every error reply without `headers`'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l fault-refuse-tls -d 'Refuse TLS handshakes (counted)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l fault-truncate-binary -d 'Send the binary login-QR reply truncated (declared length overruns it; counted)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from bind" -l corp -d 'Corp name reported by get_corp_info [default: the serve --corp]' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from bind" -l state-dir -d 'Directory with the emulator\'s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from bind" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from bind" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from bind" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from bind" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from bind" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from bind" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from bind" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from bind" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from bind" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from bind" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from unbind" -l state-dir -d 'Directory with the emulator\'s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from unbind" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from unbind" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from unbind" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from unbind" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from unbind" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from unbind" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from unbind" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from unbind" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from unbind" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from unbind" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from push" -l state-dir -d 'Directory with the emulator\'s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from push" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from push" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from push" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from push" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from push" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from push" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from push" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from publish-firmware" -l url -d 'Report this download URL instead of the emulator\'s own' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from publish-firmware" -l state-dir -d 'Directory with the emulator\'s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from publish-firmware" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from publish-firmware" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from publish-firmware" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from publish-firmware" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from publish-firmware" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from publish-firmware" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from publish-firmware" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from publish-firmware" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from publish-firmware" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from publish-firmware" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from reset-secret-no" -l state-dir -d 'Directory with the emulator\'s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from reset-secret-no" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from reset-secret-no" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from reset-secret-no" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from reset-secret-no" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from reset-secret-no" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from reset-secret-no" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from reset-secret-no" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from reset-secret-no" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from reset-secret-no" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from reset-secret-no" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from expire" -l state-dir -d 'Directory with the emulator\'s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from expire" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from expire" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from expire" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from expire" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from expire" -l undo -d 'Clear the mark instead'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from expire" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from expire" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from expire" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from expire" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from expire" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from expire" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from drop" -l state-dir -d 'Directory with the emulator\'s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from drop" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from drop" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from drop" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from drop" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from drop" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from drop" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from drop" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from drop" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from drop" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from drop" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from set-clock-skew" -l state-dir -d 'Directory with the emulator\'s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from set-clock-skew" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from set-clock-skew" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from set-clock-skew" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from set-clock-skew" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from set-clock-skew" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from set-clock-skew" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from set-clock-skew" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from set-clock-skew" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from set-clock-skew" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from set-clock-skew" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from status" -l state-dir -d 'Directory with the emulator\'s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from status" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from status" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from status" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from status" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from status" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from status" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Run the emulator (TLS WebSocket server) until Ctrl-C'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "bind" -d 'Bind a device to a corp: new secret, push_bind_corp to the live connection'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "unbind" -d 'Unbind a device: its secret becomes invalid, push_unbind_corp is sent'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "push" -d 'Send a push to a connected device'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "publish-firmware" -d 'Publish a firmware image: get_firmware_info reports it (md5 and size computed)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "reset-secret-no" -d 'Let a seed-model device exchange its seedSecretNo again'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "expire" -d 'Mark a device expired: register answers 600051'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "drop" -d 'Close a device\'s connection (the device should reconnect)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "set-clock-skew" -d 'Skew the cloud\'s clock (get_timestamp and the signature window) by SECS'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show devices, connections, bindings and uploads (never a secret)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l ed-sign-first -d '0xED layout (assumed): the sign comes before the nonce'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l ed-nonce-le -d '0xED layout (assumed): the nonce is little-endian'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -f -a "scan" -d 'List WeCom devices in range: address, RSSI, device ID, bind state, battery, sign check'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -f -a "status" -d 'Connect, handshake, read FCC9 (MAC, protocol version) and the device\'s Wi-Fi status'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -f -a "wifi-list" -d 'Ask the device for the Wi-Fi networks it sees (command IDs assumed, configurable)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -f -a "provision" -d 'Send Wi-Fi settings and wait for the device\'s report'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -f -a "qr" -d 'Print the WeCom Bluetooth discovery QR code (hw/f?t=bt) on the terminal'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and not __fish_seen_subcommand_from scan status wifi-list provision qr help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l timeout -d 'How long to scan, in seconds, at most: with --device-id, --sn or --pick first the scan ends as soon as that device is seen' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l device-id -d 'Only devices with this device ID (decimal, as in the vendor console)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l sn -d 'Only this SN: its device ID (adverts carry no SN) and, when no secret source is given, its SecretNo come from the device store' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l pick -d 'Report a single device: the strongest, the first seen, or the only one' -r -f -a "strongest\t'The device with the strongest signal'
first\t'The first device seen (stops the scan early)'
only\t'Exactly one device must match, else fail'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store\'s secret for the SN)' -r
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
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l ed-sign-first -d '0xED layout (assumed): the sign comes before the nonce'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l ed-nonce-le -d '0xED layout (assumed): the nonce is little-endian'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from scan" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l address -d 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l device-id -d 'When scanning: only this device ID' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l sn -d 'Expected SN: checked against the device\'s handshake (10001); wrong unit → exit 4. A unit in the device store also gives the device ID to scan for and the SecretNo' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l pick -d 'When scanning: which device to use' -r -f -a "strongest\t'The device with the strongest signal'
first\t'The first device seen (stops the scan early)'
only\t'Exactly one device must match, else fail'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l scan-timeout -d 'Seconds to scan for the device, at most: the scan ends as soon as the device ID (--device-id, or the SN\'s from the device store) is seen, or any device with --pick first' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l signer -d 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l step-timeout -d 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l attempts -d 'Attempts for transient Bluetooth errors (connect, write, read)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l trace -d 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store\'s secret for the SN)' -r
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
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l ed-sign-first -d '0xED layout (assumed): the sign comes before the nonce'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l ed-nonce-le -d '0xED layout (assumed): the nonce is little-endian'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l address -d 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l device-id -d 'When scanning: only this device ID' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l sn -d 'Expected SN: checked against the device\'s handshake (10001); wrong unit → exit 4. A unit in the device store also gives the device ID to scan for and the SecretNo' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l pick -d 'When scanning: which device to use' -r -f -a "strongest\t'The device with the strongest signal'
first\t'The first device seen (stops the scan early)'
only\t'Exactly one device must match, else fail'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l scan-timeout -d 'Seconds to scan for the device, at most: the scan ends as soon as the device ID (--device-id, or the SN\'s from the device store) is seen, or any device with --pick first' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l signer -d 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l step-timeout -d 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l attempts -d 'Attempts for transient Bluetooth errors (connect, write, read)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l trace -d 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store\'s secret for the SN)' -r
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
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l ed-sign-first -d '0xED layout (assumed): the sign comes before the nonce'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l ed-nonce-le -d '0xED layout (assumed): the nonce is little-endian'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from wifi-list" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l address -d 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l device-id -d 'When scanning: only this device ID' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l sn -d 'Expected SN: checked against the device\'s handshake (10001); wrong unit → exit 4. A unit in the device store also gives the device ID to scan for and the SecretNo' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l pick -d 'When scanning: which device to use' -r -f -a "strongest\t'The device with the strongest signal'
first\t'The first device seen (stops the scan early)'
only\t'Exactly one device must match, else fail'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l scan-timeout -d 'Seconds to scan for the device, at most: the scan ends as soon as the device ID (--device-id, or the SN\'s from the device store) is seen, or any device with --pick first' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l signer -d 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l step-timeout -d 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l attempts -d 'Attempts for transient Bluetooth errors (connect, write, read)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l trace -d 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l secret-file -d 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l secret-env -d 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store\'s secret for the SN)' -r
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
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l secret-stdin -d 'Read the secret from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l password-stdin -d 'Read the Wi-Fi password from the first line of standard input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l ed-sign-first -d '0xED layout (assumed): the sign comes before the nonce'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l ed-nonce-le -d '0xED layout (assumed): the nonce is little-endian'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from provision" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
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
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l invert -d 'Light modules as blocks instead of dark ones (for dark terminal themes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l ed-sign-first -d '0xED layout (assumed): the sign comes before the nonce'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l ed-nonce-le -d '0xED layout (assumed): the nonce is little-endian'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from qr" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from help" -f -a "scan" -d 'List WeCom devices in range: address, RSSI, device ID, bind state, battery, sign check'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from help" -f -a "status" -d 'Connect, handshake, read FCC9 (MAC, protocol version) and the device\'s Wi-Fi status'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from help" -f -a "wifi-list" -d 'Ask the device for the Wi-Fi networks it sees (command IDs assumed, configurable)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from help" -f -a "provision" -d 'Send Wi-Fi settings and wait for the device\'s report'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from help" -f -a "qr" -d 'Print the WeCom Bluetooth discovery QR code (hw/f?t=bt) on the terminal'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand ble; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -f -a "next" -d 'Take the next unit (or --sn): issue its payload, flash, verify, print its label'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -f -a "status" -d 'Units per line state and the last failures'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -f -a "report" -d 'Export the ledger since a time, as CSV or NDJSON, for the shift\'s paperwork'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -f -a "station" -d 'The station an operator runs all shift: scan, flash, verify, print, PASS or FAIL'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and not __fish_seen_subcommand_from next status report station help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l sn -d 'Take this unit (a scanned SN) instead of the next unissued one' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l reissue -d 'Issue a unit again whose secret was already issued; the reason goes into the ledger' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l emit -d 'Payload format for the flasher' -r -f -a "json\t'One JSON object: sn, secret_no or seed_secret_no, seed, device_id, endpoint'
env\t'Shell assignments: WECOM_SN=\'…\' WECOM_SECRET_NO=\'…\' …'
c-header\t'C header with #define WECOM_SN "…" …'
nvs-csv\t'ESP-IDF NVS partition generator CSV (key,type,encoding,value)'
bin\t'Length-prefixed binary (layout in `line next --help`)'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l out -d 'Write the payload here (mode 0600, whole or not at all); default: stdout, or a private temporary file when --flash needs {file}' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l endpoint -d 'Endpoint written into the payload (assumed default: the production wss endpoint)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l nvs-namespace -d 'NVS namespace for --emit nvs-csv (at most 15 characters)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l flash -d 'Flasher command, run without a shell; {file} = the payload file, {sn} = the SN' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l flash-timeout -d 'Seconds the flasher (and the verifier) may take before the unit fails' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l verify -d 'Read-back command whose stdout must reproduce the payload; {sn} and {file} substituted' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l print -d 'Write the label print job to this file ("-" = stdout). {sn} in the name becomes the unit\'s SN (label-{sn}.zpl keeps one file per unit); without it each unit\'s label replaces the previous one' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l printer -d 'Send the label job to a network printer (raw port 9100)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l label-format -d 'Printer language of the label' -r -f -a "zpl\t'Zebra ZPL II'
tspl\t'TSC TSPL/TSPL2'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l copies -d 'Copies of the label' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l label -d 'Label size in mm (e.g. 40x30): the largest whole dots per module that fits' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l dpi -d 'Printer resolution in dots per inch' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l dots -d 'Dots per module without --label' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l ecc -d 'Error-correction level of the label code' -r -f -a "L\t'about 7 % recoverable: densest'
M\t'about 15 %: the default for indoor equipment labels'
Q\t'about 25 %: labels that get scratched'
H\t'about 30 %: only when something covers part of the code'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l quiet-zone -d 'Quiet zone in modules' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l no-caption -d 'No SN caption under the code'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l show-secrets -d 'Allow the payload, secret included, to go to stdout (no --out and no --flash)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l dry-run -d 'Walk through the steps without claiming, writing, flashing or printing; lists every problem that would stop the run before claiming, and exits as the run would'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from next" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from status" -l failures -d 'How many recent failures to show' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from status" -l silent-after -d 'List unfinished units whose station has not moved them for this many seconds (a station that crashed or lost its link; it resumes them on its next `line next`)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from status" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from status" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from status" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from status" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from status" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from status" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from report" -l since -d 'Start time: RFC 3339 (2026-11-28T08:00:00Z) or a date (2026-11-28, UTC midnight)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from report" -l format -d 'Export format' -r -f -a "csv\t'CSV with a header row: id,at,sn,station,event,detail'
ndjson\t'One JSON object per ledger line'"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from report" -s o -l output -d 'Write here (whole or not at all) instead of stdout' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from report" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from report" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from report" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from report" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from report" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from report" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from report" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from report" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from station" -l profile -d 'The station profile (station.toml): store, flasher, printer, slots and the rest' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from station" -l slot -d 'Run only this slot (as numbered in the profile, from 1; repeat for several)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from station" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from station" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from station" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from station" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from station" -l plain -d 'Plain mode: scans as lines on stdin, one line per event on stdout (also when stdout is not a terminal; --json makes the lines NDJSON)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from station" -l hash-pin -d 'Read a lead PIN from stdin and print the profile\'s lead_pin_hash line for it'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from station" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from station" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from station" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from station" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from station" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from station" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from help" -f -a "next" -d 'Take the next unit (or --sn): issue its payload, flash, verify, print its label'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from help" -f -a "status" -d 'Units per line state and the last failures'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from help" -f -a "report" -d 'Export the ledger since a time, as CSV or NDJSON, for the shift\'s paperwork'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from help" -f -a "station" -d 'The station an operator runs all shift: scan, flash, verify, print, PASS or FAIL'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand line; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and not __fish_seen_subcommand_from migrate info copy help" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and not __fish_seen_subcommand_from migrate info copy help" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and not __fish_seen_subcommand_from migrate info copy help" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and not __fish_seen_subcommand_from migrate info copy help" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and not __fish_seen_subcommand_from migrate info copy help" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and not __fish_seen_subcommand_from migrate info copy help" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and not __fish_seen_subcommand_from migrate info copy help" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and not __fish_seen_subcommand_from migrate info copy help" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and not __fish_seen_subcommand_from migrate info copy help" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and not __fish_seen_subcommand_from migrate info copy help" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and not __fish_seen_subcommand_from migrate info copy help" -f -a "migrate" -d 'Create the store\'s tables or bring them to this version\'s schema'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and not __fish_seen_subcommand_from migrate info copy help" -f -a "info" -d 'Engine, schema version and row counts of the store'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and not __fish_seen_subcommand_from migrate info copy help" -f -a "copy" -d 'Copy every unit, batch, ledger line and line record into another store, verified'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and not __fish_seen_subcommand_from migrate info copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from migrate" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from migrate" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from migrate" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from migrate" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from migrate" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from info" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from info" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from info" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from info" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from info" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from info" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from info" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from copy" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from copy" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from copy" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from copy" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from copy" -l overwrite -d 'Replace whatever the target holds (its ledger too) instead of refusing'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from copy" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from copy" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Create the store\'s tables or bring them to this version\'s schema'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "info" -d 'Engine, schema version and row counts of the store'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy every unit, batch, ledger line and line record into another store, verified'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l endpoint -d 'The cloud endpoint to check the clock and the network against' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l ca-file -d 'Also trust the CA certificates in this PEM file (e.g. the emulator\'s ca.pem)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l printer -d 'Check the label printer at tcp://HOST:PORT: reachable, and its status (paper, head, ribbon, pause)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l flasher -d 'Check that a flasher or verifier command exists and is executable (repeatable)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l profile -d 'Check everything a station profile names, as `line station` does before it starts: its store, printer and label, every command, the free disk' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l only -d 'Run only these checks: a group (profile, clock, network, store, printer, bluetooth, flasher, machine) or one check (network.tls)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l timeout -d 'Seconds each network step may take' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l ble -d 'Check Bluetooth: the system D-Bus, bluetoothd, an adapter present and powered, rfkill'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l strict -d 'Exit non-zero on warnings too'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand console" -l listen -d 'Address and port to serve the pages on' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand console" -l cloud-dir -d 'State directory of a running `cloud serve`: adds the emulator page (devices, bind, unbind, push, live frame logs, fault switches) through its control socket' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand console" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand console" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand console" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand console" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand console" -l allow-remote -d 'Accept a --listen address other than loopback (anyone who can reach it and holds the printed token sees the line)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand console" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand console" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand console" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand console" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand console" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand console" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand demo" -l dir -d 'Directory for everything the demo writes (store, labels, emulator state)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand demo" -l export -d 'Registration export to import (default: the sample that ships with wecom-hw)' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand demo" -l sn -d 'Unit to run through the cloud lifecycle (default: the first one imported)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand demo" -l timeout -d 'Give up on the cloud lifecycle after this many seconds' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand demo" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand demo" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand demo" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand demo" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand demo" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand demo" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand demo" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand demo" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand demo" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand demo" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -l color -d 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -l store -d 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB' -r -F
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -l station -d 'Station name written into ledger entries (default: the host name)' -r
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -l lang -d 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)' -r -f -a "en\t''
zh-CN\t''"
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -l json -d 'Print results as JSON (one object per line for streams and batches)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -s v -l verbose -d 'Say more on stderr; repeat for more detail (-vv)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -s q -l quiet -d 'Print only results and errors, no progress or notes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -l allow-shared-store -d 'Accept a store file that group or others may read (it holds SecretNos)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -s h -l help -d 'Print help'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand gen-assets" -s V -l version -d 'Print version'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign qr import devices connect cloud ble line store doctor console demo gen-assets help" -f -a "sign" -d 'Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign qr import devices connect cloud ble line store doctor console demo gen-assets help" -f -a "qr" -d 'Draw bind, login, label and Bluetooth QR codes: PNG, SVG, terminal, ZPL, TSPL, PDF'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign qr import devices connect cloud ble line store doctor console demo gen-assets help" -f -a "import" -d 'Read the vendor console\'s registration export, validate it and load it into the store'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign qr import devices connect cloud ble line store doctor console demo gen-assets help" -f -a "devices" -d 'List, show and export the units in the device store'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign qr import devices connect cloud ble line store doctor console demo gen-assets help" -f -a "connect" -d 'Be the device: connect to the cloud over wss, register, activate, log in, handle pushes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign qr import devices connect cloud ble line store doctor console demo gen-assets help" -f -a "cloud" -d 'Run a local emulator of the WeCom device cloud, and bind/unbind/push as its admin'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign qr import devices connect cloud ble line store doctor console demo gen-assets help" -f -a "ble" -d 'Bluetooth LE: scan for WeCom devices, read status, provision Wi-Fi, show the discovery QR'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign qr import devices connect cloud ble line store doctor console demo gen-assets help" -f -a "line" -d 'Production line: issue each unit\'s secret for flashing and print its label, once'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign qr import devices connect cloud ble line store doctor console demo gen-assets help" -f -a "store" -d 'The device store itself: migrate its schema, show what it holds, copy it between SQLite and PostgreSQL'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign qr import devices connect cloud ble line store doctor console demo gen-assets help" -f -a "doctor" -d 'Check what is wrong around the tool: clock, network and TLS, store, printer, Bluetooth, flasher, this machine'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign qr import devices connect cloud ble line store doctor console demo gen-assets help" -f -a "console" -d 'Watch the line and the emulator live in a browser: a local web console'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign qr import devices connect cloud ble line store doctor console demo gen-assets help" -f -a "demo" -d 'Run the whole job on built-in defaults: import the sample export, print labels, bring a unit online through the emulator, provision Wi-Fi'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign qr import devices connect cloud ble line store doctor console demo gen-assets help" -f -a "gen-assets" -d 'Write shell completions and man pages generated from these definitions'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and not __fish_seen_subcommand_from sign qr import devices connect cloud ble line store doctor console demo gen-assets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "bind" -d 'Dynamic bind QR signature (type=qrcode, valid 30 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "login" -d 'Dynamic login QR signature (type=dynamic_login plus --state, valid 1800 s)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "register" -d '`register` device_signature (valid 5 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "secret-no" -d '`get_secret_no` device_signature, signed with the seedSecretNo (valid 5 minutes)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from sign" -f -a "verify" -d 'Check a scanned bind/login URL: signature, age and time left'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from qr" -f -a "bind" -d 'Dynamic bind code (type=qrcode), signed like `sign bind`; valid 30 minutes'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from qr" -f -a "login" -d 'Dynamic login code (type=dynamic_login, needs --state), valid 1800 s'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from qr" -f -a "static" -d 'Static label code (…/connect/hardware?hw_code=…), one or a batch from --input'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from qr" -f -a "url" -d 'Any text as a QR code'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from qr" -f -a "bluetooth" -d 'The code that makes the WeCom app look for devices over Bluetooth'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from devices" -f -a "list" -d 'List units: SN, status, batch, device id, static URL'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from devices" -f -a "show" -d 'Everything the store knows about one unit, with its ledger'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from devices" -f -a "export" -d 'Write units to CSV, NDJSON or XLSX (stdout, or a file written atomically)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from devices" -f -a "batches" -d 'List import batches: when, from which file, how many units, seed or per-device'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from connect" -f -a "call" -d 'Log in, make one call, print its answer, exit. Gives up with exit 7 after 5 failed connection attempts in a row (--connect-attempts)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "serve" -d 'Run the emulator (TLS WebSocket server) until Ctrl-C'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "bind" -d 'Bind a device to a corp: new secret, push_bind_corp to the live connection'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "unbind" -d 'Unbind a device: its secret becomes invalid, push_unbind_corp is sent'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "push" -d 'Send a push to a connected device'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "publish-firmware" -d 'Publish a firmware image: get_firmware_info reports it (md5 and size computed)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "reset-secret-no" -d 'Let a seed-model device exchange its seedSecretNo again'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "expire" -d 'Mark a device expired: register answers 600051'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "drop" -d 'Close a device\'s connection (the device should reconnect)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "set-clock-skew" -d 'Skew the cloud\'s clock (get_timestamp and the signature window) by SECS'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "status" -d 'Show devices, connections, bindings and uploads (never a secret)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from ble" -f -a "scan" -d 'List WeCom devices in range: address, RSSI, device ID, bind state, battery, sign check'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from ble" -f -a "status" -d 'Connect, handshake, read FCC9 (MAC, protocol version) and the device\'s Wi-Fi status'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from ble" -f -a "wifi-list" -d 'Ask the device for the Wi-Fi networks it sees (command IDs assumed, configurable)'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from ble" -f -a "provision" -d 'Send Wi-Fi settings and wait for the device\'s report'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from ble" -f -a "qr" -d 'Print the WeCom Bluetooth discovery QR code (hw/f?t=bt) on the terminal'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from line" -f -a "next" -d 'Take the next unit (or --sn): issue its payload, flash, verify, print its label'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from line" -f -a "status" -d 'Units per line state and the last failures'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from line" -f -a "report" -d 'Export the ledger since a time, as CSV or NDJSON, for the shift\'s paperwork'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from line" -f -a "station" -d 'The station an operator runs all shift: scan, flash, verify, print, PASS or FAIL'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "migrate" -d 'Create the store\'s tables or bring them to this version\'s schema'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "info" -d 'Engine, schema version and row counts of the store'
complete -c wecom-hw -n "__fish_wecom_hw_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "copy" -d 'Copy every unit, batch, ledger line and line record into another store, verified'
