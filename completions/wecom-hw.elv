
use builtin;
use str;

set edit:completion:arg-completer[wecom-hw] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'wecom-hw'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'wecom-hw'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)'
            cand qr 'Draw bind, login, label and Bluetooth QR codes: PNG, SVG, terminal, ZPL, TSPL, PDF'
            cand import 'Read the vendor console''s registration export, validate it and load it into the store'
            cand devices 'List, show and export the units in the device store'
            cand connect 'Be the device: connect to the cloud over wss, register, activate, log in, handle pushes'
            cand cloud 'Run a local emulator of the WeCom device cloud, and bind/unbind/push as its admin'
            cand ble 'Bluetooth LE: scan for WeCom devices, read status, provision Wi-Fi, show the discovery QR'
            cand line 'Production line: issue each unit''s secret for flashing and print its label, once'
            cand store 'The device store itself: migrate its schema, show what it holds, copy it between SQLite and PostgreSQL'
            cand doctor 'Check what is wrong around the tool: clock, network and TLS, store, printer, Bluetooth, flasher, this machine'
            cand console 'Watch the line and the emulator live in a browser: a local web console'
            cand demo 'Run the whole job on built-in defaults: import the sample export, print labels, bring a unit online through the emulator, provision Wi-Fi'
            cand gen-assets 'Write shell completions and man pages generated from these definitions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;sign'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand bind 'Dynamic bind QR signature (type=qrcode, valid 30 minutes)'
            cand login 'Dynamic login QR signature (type=dynamic_login plus --state, valid 1800 s)'
            cand register '`register` device_signature (valid 5 minutes)'
            cand secret-no '`get_secret_no` device_signature, signed with the seedSecretNo (valid 5 minutes)'
            cand verify 'Check a scanned bind/login URL: signature, age and time left'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;sign;bind'= {
            cand --sn 'Device serial number ([0-9A-Za-z], at most 128)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)'
            cand --timestamp 'Unix seconds to sign (default: now, UTC)'
            cand --nonce 'Nonce to sign (default: a random u64; per row in batches)'
            cand --state 'Opaque state for login codes, returned to the device in push_user_scan'
            cand --input 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)'
            cand --input-format 'Batch input format (default: from the extension; required for stdin)'
            cand -o 'Batch: write results here (atomically) instead of stdout'
            cand --output 'Batch: write results here (atomically) instead of stdout'
            cand --output-format 'Batch output format (default: ndjson with --json, else csv)'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --url 'Print the whole URL instead of the signature (bind and login only)'
            cand --explain 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;sign;login'= {
            cand --sn 'Device serial number ([0-9A-Za-z], at most 128)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)'
            cand --timestamp 'Unix seconds to sign (default: now, UTC)'
            cand --nonce 'Nonce to sign (default: a random u64; per row in batches)'
            cand --state 'Opaque state for login codes, returned to the device in push_user_scan'
            cand --input 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)'
            cand --input-format 'Batch input format (default: from the extension; required for stdin)'
            cand -o 'Batch: write results here (atomically) instead of stdout'
            cand --output 'Batch: write results here (atomically) instead of stdout'
            cand --output-format 'Batch output format (default: ndjson with --json, else csv)'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --url 'Print the whole URL instead of the signature (bind and login only)'
            cand --explain 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;sign;register'= {
            cand --sn 'Device serial number ([0-9A-Za-z], at most 128)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)'
            cand --timestamp 'Unix seconds to sign (default: now, UTC)'
            cand --nonce 'Nonce to sign (default: a random u64; per row in batches)'
            cand --state 'Opaque state for login codes, returned to the device in push_user_scan'
            cand --input 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)'
            cand --input-format 'Batch input format (default: from the extension; required for stdin)'
            cand -o 'Batch: write results here (atomically) instead of stdout'
            cand --output 'Batch: write results here (atomically) instead of stdout'
            cand --output-format 'Batch output format (default: ndjson with --json, else csv)'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --url 'Print the whole URL instead of the signature (bind and login only)'
            cand --explain 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;sign;secret-no'= {
            cand --sn 'Device serial number ([0-9A-Za-z], at most 128)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)'
            cand --timestamp 'Unix seconds to sign (default: now, UTC)'
            cand --nonce 'Nonce to sign (default: a random u64; per row in batches)'
            cand --state 'Opaque state for login codes, returned to the device in push_user_scan'
            cand --input 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)'
            cand --input-format 'Batch input format (default: from the extension; required for stdin)'
            cand -o 'Batch: write results here (atomically) instead of stdout'
            cand --output 'Batch: write results here (atomically) instead of stdout'
            cand --output-format 'Batch output format (default: ndjson with --json, else csv)'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --url 'Print the whole URL instead of the signature (bind and login only)'
            cand --explain 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;sign;verify'= {
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)'
            cand --at 'Judge validity at this time instead of now (unix seconds)'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;sign;help'= {
            cand bind 'Dynamic bind QR signature (type=qrcode, valid 30 minutes)'
            cand login 'Dynamic login QR signature (type=dynamic_login plus --state, valid 1800 s)'
            cand register '`register` device_signature (valid 5 minutes)'
            cand secret-no '`get_secret_no` device_signature, signed with the seedSecretNo (valid 5 minutes)'
            cand verify 'Check a scanned bind/login URL: signature, age and time left'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;sign;help;bind'= {
        }
        &'wecom-hw;sign;help;login'= {
        }
        &'wecom-hw;sign;help;register'= {
        }
        &'wecom-hw;sign;help;secret-no'= {
        }
        &'wecom-hw;sign;help;verify'= {
        }
        &'wecom-hw;sign;help;help'= {
        }
        &'wecom-hw;qr'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand bind 'Dynamic bind code (type=qrcode), signed like `sign bind`; valid 30 minutes'
            cand login 'Dynamic login code (type=dynamic_login, needs --state), valid 1800 s'
            cand static 'Static label code (…/connect/hardware?hw_code=…), one or a batch from --input'
            cand url 'Any text as a QR code'
            cand bluetooth 'The code that makes the WeCom app look for devices over Bluetooth'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;qr;bind'= {
            cand --sn 'Device serial number ([0-9A-Za-z], at most 128)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)'
            cand --timestamp 'Unix seconds to sign (default: now, UTC)'
            cand --nonce 'Nonce to sign (default: a random u64)'
            cand --state 'Opaque state for login codes, returned to the device in push_user_scan'
            cand --every 'Re-sign interval for --watch (e.g. 10m, 90s; below the 30-minute validity)'
            cand --count 'Stop --watch after this many codes (default: until interrupted)'
            cand -o 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)'
            cand --output 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)'
            cand -f 'Output format (default: from --output''s extension, else term)'
            cand --format 'Output format (default: from --output''s extension, else term)'
            cand --ecc 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %'
            cand --quiet-zone 'Blank border in modules on every side (4 is the standard minimum)'
            cand --dpi 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages'
            cand --label 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits'
            cand --dots 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]'
            cand --caption 'Text under the code (static labels: the SN by default)'
            cand --verify 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --watch 'Keep a fresh code on the terminal, re-signed every --every, showing the time left'
            cand --no-caption 'No text under the code'
            cand --no-verify 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;qr;login'= {
            cand --sn 'Device serial number ([0-9A-Za-z], at most 128)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)'
            cand --timestamp 'Unix seconds to sign (default: now, UTC)'
            cand --nonce 'Nonce to sign (default: a random u64)'
            cand --state 'Opaque state for login codes, returned to the device in push_user_scan'
            cand --every 'Re-sign interval for --watch (e.g. 10m, 90s; below the 30-minute validity)'
            cand --count 'Stop --watch after this many codes (default: until interrupted)'
            cand -o 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)'
            cand --output 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)'
            cand -f 'Output format (default: from --output''s extension, else term)'
            cand --format 'Output format (default: from --output''s extension, else term)'
            cand --ecc 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %'
            cand --quiet-zone 'Blank border in modules on every side (4 is the standard minimum)'
            cand --dpi 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages'
            cand --label 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits'
            cand --dots 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]'
            cand --caption 'Text under the code (static labels: the SN by default)'
            cand --verify 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --watch 'Keep a fresh code on the terminal, re-signed every --every, showing the time left'
            cand --no-caption 'No text under the code'
            cand --no-verify 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;qr;static'= {
            cand --url 'The static bind URL (https://open.work.weixin.qq.com/connect/hardware?hw_code=…)'
            cand --hw-code 'The hw_code; the URL is built from it'
            cand --sn 'SN of the unit: the default caption; alone, the URL comes from the device store'
            cand --input 'Batch: CSV or NDJSON with `sn` and `url` (or `hw_code`) columns'
            cand --batch 'With --from-store: only the units of this import batch (`wecom-hw devices batches`)'
            cand --input-format 'Batch input format (default: from the extension)'
            cand --out-dir 'Batch: write one file per unit into this directory (instead of one -o job)'
            cand --name 'Batch file-name template with {sn} and {row}; its extension picks the format'
            cand --threads 'Batch worker threads (default: available cores, at most 8)'
            cand -o 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)'
            cand --output 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)'
            cand -f 'Output format (default: from --output''s extension, else term)'
            cand --format 'Output format (default: from --output''s extension, else term)'
            cand --ecc 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %'
            cand --quiet-zone 'Blank border in modules on every side (4 is the standard minimum)'
            cand --dpi 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages'
            cand --label 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits'
            cand --dots 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]'
            cand --caption 'Text under the code (static labels: the SN by default)'
            cand --verify 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --from-store 'Batch: every unit of the device store with a static URL (see --batch)'
            cand --force 'Batch: redo units whose file already exists (default: skip them)'
            cand --no-caption 'No text under the code'
            cand --no-verify 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;qr;url'= {
            cand --text-file 'Read the text to encode from this file (one trailing newline is dropped)'
            cand -o 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)'
            cand --output 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)'
            cand -f 'Output format (default: from --output''s extension, else term)'
            cand --format 'Output format (default: from --output''s extension, else term)'
            cand --ecc 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %'
            cand --quiet-zone 'Blank border in modules on every side (4 is the standard minimum)'
            cand --dpi 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages'
            cand --label 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits'
            cand --dots 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]'
            cand --caption 'Text under the code (static labels: the SN by default)'
            cand --verify 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --no-caption 'No text under the code'
            cand --no-verify 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;qr;bluetooth'= {
            cand -o 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)'
            cand --output 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)'
            cand -f 'Output format (default: from --output''s extension, else term)'
            cand --format 'Output format (default: from --output''s extension, else term)'
            cand --ecc 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %'
            cand --quiet-zone 'Blank border in modules on every side (4 is the standard minimum)'
            cand --dpi 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages'
            cand --label 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits'
            cand --dots 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]'
            cand --caption 'Text under the code (static labels: the SN by default)'
            cand --verify 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --no-caption 'No text under the code'
            cand --no-verify 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;qr;help'= {
            cand bind 'Dynamic bind code (type=qrcode), signed like `sign bind`; valid 30 minutes'
            cand login 'Dynamic login code (type=dynamic_login, needs --state), valid 1800 s'
            cand static 'Static label code (…/connect/hardware?hw_code=…), one or a batch from --input'
            cand url 'Any text as a QR code'
            cand bluetooth 'The code that makes the WeCom app look for devices over Bluetooth'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;qr;help;bind'= {
        }
        &'wecom-hw;qr;help;login'= {
        }
        &'wecom-hw;qr;help;static'= {
        }
        &'wecom-hw;qr;help;url'= {
        }
        &'wecom-hw;qr;help;bluetooth'= {
        }
        &'wecom-hw;qr;help;help'= {
        }
        &'wecom-hw;import'= {
            cand --sheet 'Sheet to read, by name or 1-based number (default: the first sheet with a header row)'
            cand --column 'Map a column explicitly, by header text or letter (repeatable; fields: sn, secret_no, device_id, qr_url, model_id, remark)'
            cand --header-row 'Row that holds the headers, numbered as Excel shows it (default: detected)'
            cand --format 'File format (default: from the extension)'
            cand --max-rows 'Refuse a file with more data rows than this (blank rows not counted)'
            cand --max-cell-bytes 'Refuse a file with a cell holding more bytes of text (UTF-8) than this'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --dry-run 'Check everything and show what would change, without writing to the store'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;devices'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List units: SN, status, batch, device id, static URL'
            cand show 'Everything the store knows about one unit, with its ledger'
            cand export 'Write units to CSV, NDJSON or XLSX (stdout, or a file written atomically)'
            cand batches 'List import batches: when, from which file, how many units, seed or per-device'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;devices;list'= {
            cand --batch 'Only units of this import batch'
            cand --status 'Only units with this status (each is the last lifecycle step the unit reached)'
            cand --sn 'Only SNs matching this pattern (`*` any text, `?` one character; case-insensitive)'
            cand --limit 'At most this many units'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --show-secrets 'Show SecretNos in full'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;devices;show'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --show-secrets 'Show SecretNos in full'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;devices;export'= {
            cand --batch 'Only units of this import batch'
            cand --status 'Only units with this status (each is the last lifecycle step the unit reached)'
            cand --sn 'Only SNs matching this pattern (`*` any text, `?` one character; case-insensitive)'
            cand --limit 'At most this many units'
            cand --format 'Output format (default: from the --output extension, else csv)'
            cand -o 'Write here (atomically; mode 0600 with --show-secrets) instead of stdout'
            cand --output 'Write here (atomically; mode 0600 with --show-secrets) instead of stdout'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --show-secrets 'Write SecretNos in full (for burning); masked otherwise'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;devices;batches'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;devices;help'= {
            cand list 'List units: SN, status, batch, device id, static URL'
            cand show 'Everything the store knows about one unit, with its ledger'
            cand export 'Write units to CSV, NDJSON or XLSX (stdout, or a file written atomically)'
            cand batches 'List import batches: when, from which file, how many units, seed or per-device'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;devices;help;list'= {
        }
        &'wecom-hw;devices;help;show'= {
        }
        &'wecom-hw;devices;help;export'= {
        }
        &'wecom-hw;devices;help;batches'= {
        }
        &'wecom-hw;devices;help;help'= {
        }
        &'wecom-hw;connect'= {
            cand --sn 'Device serial number'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)'
            cand --endpoint 'Cloud WebSocket URL'
            cand --ca-file 'Also trust the CA certificates in this PEM file (e.g. the emulator''s ca.pem)'
            cand --state-file 'Keep the device''s state (exchanged SecretNo, active_code, secret) in this JSON file instead of the device store'
            cand --firmware-version 'firmware_version sent in subscribe_corp'
            cand --wifi-name 'net_info.wifi_name sent in register'
            cand --mac-address 'net_info.mac_address sent in register'
            cand --until 'Exit 0 once this is reached: registered, bound, subscribed, or a push name (e.g. push_user_scan)'
            cand --timeout 'Give up after this long: 90, 90s, 2m. Exit 9 when connected but the goal was not reached in time; exit 7 when no connection to the cloud ever opened'
            cand --connect-attempts 'Give up (exit 7, with the last network error) after N connection attempts in a row fail (TCP, TLS or WebSocket upgrade); 0 = never. Default: 5 for `call` (about 15 s of backoff), never otherwise: a device keeps retrying, as a real one does'
            cand --on 'React to a push: CMD=fetch (get_firmware_info, download, md5 check), CMD=upload:FILE (upload_log), CMD=exec:PROGRAM (push JSON on stdin); repeatable'
            cand --transcript 'Append every frame both ways to this NDJSON file (credentials fingerprinted)'
            cand --ping-interval 'Heartbeat interval in seconds (the spec allows 20 to 40)'
            cand --skew-warn 'Warn when the device clock differs from the cloud''s by at least this many seconds'
            cand --max-message 'Largest WebSocket message or frame accepted from the cloud; a larger one closes the connection, which is then reopened with backoff'
            cand --download-dir 'Where --on ...=fetch saves the downloaded firmware image'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --seed 'The secret given is the model''s shared seedSecretNo: exchange it for the device''s own SecretNo with get_secret_no (once; kept in --state-file or the store). Implied for a seed batch''s unit taken from the store'
            cand --insecure-plain 'Allow a plain ws:// endpoint (no TLS): for a local emulator only'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand call 'Log in, make one call, print its answer, exit. Gives up with exit 7 after 5 failed connection attempts in a row (--connect-attempts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;connect;call'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand firmware 'get_firmware_info: the latest published firmware'
            cand corp 'get_corp_info: the corp the device is bound to'
            cand time 'get_timestamp: the cloud''s clock and our offset'
            cand error-report 'error_report: report a device error'
            cand upload-log 'upload_log: upload FILE as a binary v1 upload (last 2 MiB)'
            cand login-qr 'gen_login_qrcode: fetch the static login QR, save it, print its URL'
            cand selfhelp 'selfhelp_notify: ask the cloud to push DATA back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;connect;call;firmware'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;connect;call;corp'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;connect;call;time'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;connect;call;error-report'= {
            cand --errcode 'The device''s own error code'
            cand --errmsg 'Description'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;connect;call;upload-log'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;connect;call;login-qr'= {
            cand --state 'state returned in push_user_scan'
            cand --out 'Where to save the image'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;connect;call;selfhelp'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;connect;call;help'= {
            cand firmware 'get_firmware_info: the latest published firmware'
            cand corp 'get_corp_info: the corp the device is bound to'
            cand time 'get_timestamp: the cloud''s clock and our offset'
            cand error-report 'error_report: report a device error'
            cand upload-log 'upload_log: upload FILE as a binary v1 upload (last 2 MiB)'
            cand login-qr 'gen_login_qrcode: fetch the static login QR, save it, print its URL'
            cand selfhelp 'selfhelp_notify: ask the cloud to push DATA back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;connect;call;help;firmware'= {
        }
        &'wecom-hw;connect;call;help;corp'= {
        }
        &'wecom-hw;connect;call;help;time'= {
        }
        &'wecom-hw;connect;call;help;error-report'= {
        }
        &'wecom-hw;connect;call;help;upload-log'= {
        }
        &'wecom-hw;connect;call;help;login-qr'= {
        }
        &'wecom-hw;connect;call;help;selfhelp'= {
        }
        &'wecom-hw;connect;call;help;help'= {
        }
        &'wecom-hw;connect;help'= {
            cand call 'Log in, make one call, print its answer, exit. Gives up with exit 7 after 5 failed connection attempts in a row (--connect-attempts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;connect;help;call'= {
            cand firmware 'get_firmware_info: the latest published firmware'
            cand corp 'get_corp_info: the corp the device is bound to'
            cand time 'get_timestamp: the cloud''s clock and our offset'
            cand error-report 'error_report: report a device error'
            cand upload-log 'upload_log: upload FILE as a binary v1 upload (last 2 MiB)'
            cand login-qr 'gen_login_qrcode: fetch the static login QR, save it, print its URL'
            cand selfhelp 'selfhelp_notify: ask the cloud to push DATA back'
        }
        &'wecom-hw;connect;help;call;firmware'= {
        }
        &'wecom-hw;connect;help;call;corp'= {
        }
        &'wecom-hw;connect;help;call;time'= {
        }
        &'wecom-hw;connect;help;call;error-report'= {
        }
        &'wecom-hw;connect;help;call;upload-log'= {
        }
        &'wecom-hw;connect;help;call;login-qr'= {
        }
        &'wecom-hw;connect;help;call;selfhelp'= {
        }
        &'wecom-hw;connect;help;help'= {
        }
        &'wecom-hw;cloud'= {
            cand --state-dir 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Run the emulator (TLS WebSocket server) until Ctrl-C'
            cand bind 'Bind a device to a corp: new secret, push_bind_corp to the live connection'
            cand unbind 'Unbind a device: its secret becomes invalid, push_unbind_corp is sent'
            cand push 'Send a push to a connected device'
            cand publish-firmware 'Publish a firmware image: get_firmware_info reports it (md5 and size computed)'
            cand reset-secret-no 'Let a seed-model device exchange its seedSecretNo again'
            cand expire 'Mark a device expired: register answers 600051'
            cand drop 'Close a device''s connection (the device should reconnect)'
            cand set-clock-skew 'Skew the cloud''s clock (get_timestamp and the signature window) by SECS'
            cand status 'Show devices, connections, bindings and uploads (never a secret)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;cloud;serve'= {
            cand --listen 'Address to listen on (port 0: any free port, printed on the first line)'
            cand --devices 'Devices the cloud knows (CSV or NDJSON); may be repeated. Others get 600001'
            cand --export 'Also know the units of a registration export (.xlsx/.xls/.ods/.csv, read like `import`)'
            cand --san 'Extra DNS name or IP for the server certificate (may be repeated)'
            cand --firmware-listen 'Address of the HTTP server for published firmware'
            cand --idle-timeout 'Close a connection that sent nothing for SECS seconds (0: never)'
            cand --auto-bind-after 'Bind a device automatically after N unanswered `active` polls (0: at once)'
            cand --corp 'Corp name for automatic binds and `bind` without --corp'
            cand --timestamp-window 'Accepted clock difference of signed requests, seconds (assumed 300)'
            cand --resubscribe-errcode 'Code for a second subscribe_corp on one connection (600054 or 600045)'
            cand --unbound-errcode 'Code for `active` while unbound (assumed 600004)'
            cand --unknown-cmd-errcode 'Code for an unknown cmd'
            cand --malformed-errcode 'Code for malformed JSON or a request without headers.req_id'
            cand --selfhelp-push 'Push sent after selfhelp_notify (assumed name)'
            cand --clock-offset 'Start with the cloud''s clock this many seconds ahead (negative: behind), as `set-clock-skew` does later'
            cand --max-upload 'Largest accepted upload, bytes (larger: 600052)'
            cand --console-listen 'Address and port of the console (with --console)'
            cand --fault-times 'How many times each counted fault fires (0: every time)'
            cand --fault-drop-after 'Close a connection after its N-th inbound frame (counted)'
            cand --fault-delay 'Delay every reply and push by MS milliseconds'
            cand --fault-errcode 'Answer CMD with CODE instead of processing it (counted; may be repeated)'
            cand --fault-drop-reply 'Swallow the reply to CMD, so the device must resend (counted; may be repeated)'
            cand --fault-unknown-push 'After a subscribe_corp, send a push with this unknown name (counted)'
            cand --fault-adversarial 'Break the wire protocol on purpose: MODE as listed below (counted; may be repeated)'
            cand --state-dir 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --from-store 'Also know every unit in the device store (--store)'
            cand --insecure-plain 'Serve plain ws:// instead of TLS (local testing only)'
            cand --permissive 'Answer `ping` before `subscribe_corp` with 0 instead of 600020'
            cand --takeover 'A register of an SN live on another connection takes over (instead of 600002)'
            cand --subscribe-without-register 'Accept subscribe_corp without register when the secret identifies the device'
            cand --console 'Also serve the console (devices, live frame logs, bind/unbind/push, fault switches) in this process; it prints its URL, which carries the access token'
            cand --allow-remote 'Accept a --console-listen address other than loopback (anyone who can reach it and holds the printed token drives the emulator)'
            cand --fault-headerless 'Send every error reply without `headers`'
            cand --fault-refuse-tls 'Refuse TLS handshakes (counted)'
            cand --fault-truncate-binary 'Send the binary login-QR reply truncated (declared length overruns it; counted)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;cloud;bind'= {
            cand --corp 'Corp name reported by get_corp_info [default: the serve --corp]'
            cand --state-dir 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;cloud;unbind'= {
            cand --state-dir 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;cloud;push'= {
            cand --state-dir 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;cloud;publish-firmware'= {
            cand --url 'Report this download URL instead of the emulator''s own'
            cand --state-dir 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;cloud;reset-secret-no'= {
            cand --state-dir 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;cloud;expire'= {
            cand --state-dir 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --undo 'Clear the mark instead'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;cloud;drop'= {
            cand --state-dir 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;cloud;set-clock-skew'= {
            cand --state-dir 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;cloud;status'= {
            cand --state-dir 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;cloud;help'= {
            cand serve 'Run the emulator (TLS WebSocket server) until Ctrl-C'
            cand bind 'Bind a device to a corp: new secret, push_bind_corp to the live connection'
            cand unbind 'Unbind a device: its secret becomes invalid, push_unbind_corp is sent'
            cand push 'Send a push to a connected device'
            cand publish-firmware 'Publish a firmware image: get_firmware_info reports it (md5 and size computed)'
            cand reset-secret-no 'Let a seed-model device exchange its seedSecretNo again'
            cand expire 'Mark a device expired: register answers 600051'
            cand drop 'Close a device''s connection (the device should reconnect)'
            cand set-clock-skew 'Skew the cloud''s clock (get_timestamp and the signature window) by SECS'
            cand status 'Show devices, connections, bindings and uploads (never a secret)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;cloud;help;serve'= {
        }
        &'wecom-hw;cloud;help;bind'= {
        }
        &'wecom-hw;cloud;help;unbind'= {
        }
        &'wecom-hw;cloud;help;push'= {
        }
        &'wecom-hw;cloud;help;publish-firmware'= {
        }
        &'wecom-hw;cloud;help;reset-secret-no'= {
        }
        &'wecom-hw;cloud;help;expire'= {
        }
        &'wecom-hw;cloud;help;drop'= {
        }
        &'wecom-hw;cloud;help;set-clock-skew'= {
        }
        &'wecom-hw;cloud;help;status'= {
        }
        &'wecom-hw;cloud;help;help'= {
        }
        &'wecom-hw;ble'= {
            cand --backend 'Where to talk to devices: the real radio, or the in-process simulator'
            cand --adapter 'Bluetooth controller to use (e.g. hci1); default: the first one'
            cand --sim-fault 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay'
            cand --sim-secret-env 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)'
            cand --sim-advert 'Advertising layout of the simulated device'
            cand --ed-sign-order '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --ed-sign-first '0xED layout (assumed): the sign comes before the nonce'
            cand --ed-nonce-le '0xED layout (assumed): the nonce is little-endian'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand scan 'List WeCom devices in range: address, RSSI, device ID, bind state, battery, sign check'
            cand status 'Connect, handshake, read FCC9 (MAC, protocol version) and the device''s Wi-Fi status'
            cand wifi-list 'Ask the device for the Wi-Fi networks it sees (command IDs assumed, configurable)'
            cand provision 'Send Wi-Fi settings and wait for the device''s report'
            cand qr 'Print the WeCom Bluetooth discovery QR code (hw/f?t=bt) on the terminal'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;ble;scan'= {
            cand --timeout 'How long to scan, in seconds, at most: with --device-id, --sn or --pick first the scan ends as soon as that device is seen'
            cand --device-id 'Only devices with this device ID (decimal, as in the vendor console)'
            cand --sn 'Only this SN: its device ID (adverts carry no SN) and, when no secret source is given, its SecretNo come from the device store'
            cand --pick 'Report a single device: the strongest, the first seen, or the only one'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)'
            cand --backend 'Where to talk to devices: the real radio, or the in-process simulator'
            cand --adapter 'Bluetooth controller to use (e.g. hci1); default: the first one'
            cand --sim-fault 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay'
            cand --sim-secret-env 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)'
            cand --sim-advert 'Advertising layout of the simulated device'
            cand --ed-sign-order '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --ed-sign-first '0xED layout (assumed): the sign comes before the nonce'
            cand --ed-nonce-le '0xED layout (assumed): the nonce is little-endian'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;ble;status'= {
            cand --address 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning'
            cand --device-id 'When scanning: only this device ID'
            cand --sn 'Expected SN: checked against the device''s handshake (10001); wrong unit → exit 4. A unit in the device store also gives the device ID to scan for and the SecretNo'
            cand --pick 'When scanning: which device to use'
            cand --scan-timeout 'Seconds to scan for the device, at most: the scan ends as soon as the device ID (--device-id, or the SN''s from the device store) is seen, or any device with --pick first'
            cand --signer 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM'
            cand --step-timeout 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)'
            cand --attempts 'Attempts for transient Bluetooth errors (connect, write, read)'
            cand --trace 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)'
            cand --backend 'Where to talk to devices: the real radio, or the in-process simulator'
            cand --adapter 'Bluetooth controller to use (e.g. hci1); default: the first one'
            cand --sim-fault 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay'
            cand --sim-secret-env 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)'
            cand --sim-advert 'Advertising layout of the simulated device'
            cand --ed-sign-order '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --ed-sign-first '0xED layout (assumed): the sign comes before the nonce'
            cand --ed-nonce-le '0xED layout (assumed): the nonce is little-endian'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;ble;wifi-list'= {
            cand --address 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning'
            cand --device-id 'When scanning: only this device ID'
            cand --sn 'Expected SN: checked against the device''s handshake (10001); wrong unit → exit 4. A unit in the device store also gives the device ID to scan for and the SecretNo'
            cand --pick 'When scanning: which device to use'
            cand --scan-timeout 'Seconds to scan for the device, at most: the scan ends as soon as the device ID (--device-id, or the SN''s from the device store) is seen, or any device with --pick first'
            cand --signer 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM'
            cand --step-timeout 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)'
            cand --attempts 'Attempts for transient Bluetooth errors (connect, write, read)'
            cand --trace 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)'
            cand --wifi-list-request-id 'Command ID of the Wi-Fi list request (assumed 30005)'
            cand --wifi-list-answer-id 'Command ID of the device''s Wi-Fi list answer (assumed 10005)'
            cand --backend 'Where to talk to devices: the real radio, or the in-process simulator'
            cand --adapter 'Bluetooth controller to use (e.g. hci1); default: the first one'
            cand --sim-fault 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay'
            cand --sim-secret-env 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)'
            cand --sim-advert 'Advertising layout of the simulated device'
            cand --ed-sign-order '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --ed-sign-first '0xED layout (assumed): the sign comes before the nonce'
            cand --ed-nonce-le '0xED layout (assumed): the nonce is little-endian'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;ble;provision'= {
            cand --address 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning'
            cand --device-id 'When scanning: only this device ID'
            cand --sn 'Expected SN: checked against the device''s handshake (10001); wrong unit → exit 4. A unit in the device store also gives the device ID to scan for and the SecretNo'
            cand --pick 'When scanning: which device to use'
            cand --scan-timeout 'Seconds to scan for the device, at most: the scan ends as soon as the device ID (--device-id, or the SN''s from the device store) is seen, or any device with --pick first'
            cand --signer 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM'
            cand --step-timeout 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)'
            cand --attempts 'Attempts for transient Bluetooth errors (connect, write, read)'
            cand --trace 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)'
            cand --ssid 'Network name (1–32 bytes)'
            cand --bssid 'Access point MAC, optional (AA:BB:CC:DD:EE:FF)'
            cand --protocol 'Security of the network; None sends an empty password'
            cand --password-file 'Read the Wi-Fi password from the first line of this file'
            cand --password-env 'Read the Wi-Fi password from this environment variable'
            cand --backend 'Where to talk to devices: the real radio, or the in-process simulator'
            cand --adapter 'Bluetooth controller to use (e.g. hci1); default: the first one'
            cand --sim-fault 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay'
            cand --sim-secret-env 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)'
            cand --sim-advert 'Advertising layout of the simulated device'
            cand --ed-sign-order '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --password-stdin 'Read the Wi-Fi password from the first line of standard input'
            cand --ed-sign-first '0xED layout (assumed): the sign comes before the nonce'
            cand --ed-nonce-le '0xED layout (assumed): the nonce is little-endian'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;ble;qr'= {
            cand --backend 'Where to talk to devices: the real radio, or the in-process simulator'
            cand --adapter 'Bluetooth controller to use (e.g. hci1); default: the first one'
            cand --sim-fault 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay'
            cand --sim-secret-env 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)'
            cand --sim-advert 'Advertising layout of the simulated device'
            cand --ed-sign-order '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --invert 'Light modules as blocks instead of dark ones (for dark terminal themes)'
            cand --ed-sign-first '0xED layout (assumed): the sign comes before the nonce'
            cand --ed-nonce-le '0xED layout (assumed): the nonce is little-endian'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;ble;help'= {
            cand scan 'List WeCom devices in range: address, RSSI, device ID, bind state, battery, sign check'
            cand status 'Connect, handshake, read FCC9 (MAC, protocol version) and the device''s Wi-Fi status'
            cand wifi-list 'Ask the device for the Wi-Fi networks it sees (command IDs assumed, configurable)'
            cand provision 'Send Wi-Fi settings and wait for the device''s report'
            cand qr 'Print the WeCom Bluetooth discovery QR code (hw/f?t=bt) on the terminal'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;ble;help;scan'= {
        }
        &'wecom-hw;ble;help;status'= {
        }
        &'wecom-hw;ble;help;wifi-list'= {
        }
        &'wecom-hw;ble;help;provision'= {
        }
        &'wecom-hw;ble;help;qr'= {
        }
        &'wecom-hw;ble;help;help'= {
        }
        &'wecom-hw;line'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand next 'Take the next unit (or --sn): issue its payload, flash, verify, print its label'
            cand status 'Units per line state and the last failures'
            cand report 'Export the ledger since a time, as CSV or NDJSON, for the shift''s paperwork'
            cand station 'The station an operator runs all shift: scan, flash, verify, print, PASS or FAIL'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;line;next'= {
            cand --sn 'Take this unit (a scanned SN) instead of the next unissued one'
            cand --reissue 'Issue a unit again whose secret was already issued; the reason goes into the ledger'
            cand --emit 'Payload format for the flasher'
            cand --out 'Write the payload here (mode 0600, whole or not at all); default: stdout, or a private temporary file when --flash needs {file}'
            cand --endpoint 'Endpoint written into the payload (assumed default: the production wss endpoint)'
            cand --nvs-namespace 'NVS namespace for --emit nvs-csv (at most 15 characters)'
            cand --flash 'Flasher command, run without a shell; {file} = the payload file, {sn} = the SN'
            cand --flash-timeout 'Seconds the flasher (and the verifier) may take before the unit fails'
            cand --verify 'Read-back command whose stdout must reproduce the payload; {sn} and {file} substituted'
            cand --print 'Write the label print job to this file ("-" = stdout). {sn} in the name becomes the unit''s SN (label-{sn}.zpl keeps one file per unit); without it each unit''s label replaces the previous one'
            cand --printer 'Send the label job to a network printer (raw port 9100)'
            cand --label-format 'Printer language of the label'
            cand --copies 'Copies of the label'
            cand --label 'Label size in mm (e.g. 40x30): the largest whole dots per module that fits'
            cand --dpi 'Printer resolution in dots per inch'
            cand --dots 'Dots per module without --label'
            cand --ecc 'Error-correction level of the label code'
            cand --quiet-zone 'Quiet zone in modules'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --no-caption 'No SN caption under the code'
            cand --show-secrets 'Allow the payload, secret included, to go to stdout (no --out and no --flash)'
            cand --dry-run 'Walk through the steps without claiming, writing, flashing or printing; lists every problem that would stop the run before claiming, and exits as the run would'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;line;status'= {
            cand --failures 'How many recent failures to show'
            cand --silent-after 'List unfinished units whose station has not moved them for this many seconds (a station that crashed or lost its link; it resumes them on its next `line next`)'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;line;report'= {
            cand --since 'Start time: RFC 3339 (2026-11-28T08:00:00Z) or a date (2026-11-28, UTC midnight)'
            cand --format 'Export format'
            cand -o 'Write here (whole or not at all) instead of stdout'
            cand --output 'Write here (whole or not at all) instead of stdout'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;line;station'= {
            cand --profile 'The station profile (station.toml): store, flasher, printer, slots and the rest'
            cand --slot 'Run only this slot (as numbered in the profile, from 1; repeat for several)'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --plain 'Plain mode: scans as lines on stdin, one line per event on stdout (also when stdout is not a terminal; --json makes the lines NDJSON)'
            cand --hash-pin 'Read a lead PIN from stdin and print the profile''s lead_pin_hash line for it'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;line;help'= {
            cand next 'Take the next unit (or --sn): issue its payload, flash, verify, print its label'
            cand status 'Units per line state and the last failures'
            cand report 'Export the ledger since a time, as CSV or NDJSON, for the shift''s paperwork'
            cand station 'The station an operator runs all shift: scan, flash, verify, print, PASS or FAIL'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;line;help;next'= {
        }
        &'wecom-hw;line;help;status'= {
        }
        &'wecom-hw;line;help;report'= {
        }
        &'wecom-hw;line;help;station'= {
        }
        &'wecom-hw;line;help;help'= {
        }
        &'wecom-hw;store'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand migrate 'Create the store''s tables or bring them to this version''s schema'
            cand info 'Engine, schema version and row counts of the store'
            cand copy 'Copy every unit, batch, ledger line and line record into another store, verified'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;store;migrate'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;store;info'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;store;copy'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --overwrite 'Replace whatever the target holds (its ledger too) instead of refusing'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;store;help'= {
            cand migrate 'Create the store''s tables or bring them to this version''s schema'
            cand info 'Engine, schema version and row counts of the store'
            cand copy 'Copy every unit, batch, ledger line and line record into another store, verified'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;store;help;migrate'= {
        }
        &'wecom-hw;store;help;info'= {
        }
        &'wecom-hw;store;help;copy'= {
        }
        &'wecom-hw;store;help;help'= {
        }
        &'wecom-hw;doctor'= {
            cand --endpoint 'The cloud endpoint to check the clock and the network against'
            cand --ca-file 'Also trust the CA certificates in this PEM file (e.g. the emulator''s ca.pem)'
            cand --printer 'Check the label printer at tcp://HOST:PORT: reachable, and its status (paper, head, ribbon, pause)'
            cand --flasher 'Check that a flasher or verifier command exists and is executable (repeatable)'
            cand --profile 'Check everything a station profile names, as `line station` does before it starts: its store, printer and label, every command, the free disk'
            cand --only 'Run only these checks: a group (profile, clock, network, store, printer, bluetooth, flasher, machine) or one check (network.tls)'
            cand --timeout 'Seconds each network step may take'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --ble 'Check Bluetooth: the system D-Bus, bluetoothd, an adapter present and powered, rfkill'
            cand --strict 'Exit non-zero on warnings too'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;console'= {
            cand --listen 'Address and port to serve the pages on'
            cand --cloud-dir 'State directory of a running `cloud serve`: adds the emulator page (devices, bind, unbind, push, live frame logs, fault switches) through its control socket'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --allow-remote 'Accept a --listen address other than loopback (anyone who can reach it and holds the printed token sees the line)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;demo'= {
            cand --dir 'Directory for everything the demo writes (store, labels, emulator state)'
            cand --export 'Registration export to import (default: the sample that ships with wecom-hw)'
            cand --sn 'Unit to run through the cloud lifecycle (default: the first one imported)'
            cand --timeout 'Give up on the cloud lifecycle after this many seconds'
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;gen-assets'= {
            cand --color 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)'
            cand --store 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB'
            cand --station 'Station name written into ledger entries (default: the host name)'
            cand --lang 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand --allow-shared-store 'Accept a store file that group or others may read (it holds SecretNos)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;help'= {
            cand sign 'Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)'
            cand qr 'Draw bind, login, label and Bluetooth QR codes: PNG, SVG, terminal, ZPL, TSPL, PDF'
            cand import 'Read the vendor console''s registration export, validate it and load it into the store'
            cand devices 'List, show and export the units in the device store'
            cand connect 'Be the device: connect to the cloud over wss, register, activate, log in, handle pushes'
            cand cloud 'Run a local emulator of the WeCom device cloud, and bind/unbind/push as its admin'
            cand ble 'Bluetooth LE: scan for WeCom devices, read status, provision Wi-Fi, show the discovery QR'
            cand line 'Production line: issue each unit''s secret for flashing and print its label, once'
            cand store 'The device store itself: migrate its schema, show what it holds, copy it between SQLite and PostgreSQL'
            cand doctor 'Check what is wrong around the tool: clock, network and TLS, store, printer, Bluetooth, flasher, this machine'
            cand console 'Watch the line and the emulator live in a browser: a local web console'
            cand demo 'Run the whole job on built-in defaults: import the sample export, print labels, bring a unit online through the emulator, provision Wi-Fi'
            cand gen-assets 'Write shell completions and man pages generated from these definitions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;help;sign'= {
            cand bind 'Dynamic bind QR signature (type=qrcode, valid 30 minutes)'
            cand login 'Dynamic login QR signature (type=dynamic_login plus --state, valid 1800 s)'
            cand register '`register` device_signature (valid 5 minutes)'
            cand secret-no '`get_secret_no` device_signature, signed with the seedSecretNo (valid 5 minutes)'
            cand verify 'Check a scanned bind/login URL: signature, age and time left'
        }
        &'wecom-hw;help;sign;bind'= {
        }
        &'wecom-hw;help;sign;login'= {
        }
        &'wecom-hw;help;sign;register'= {
        }
        &'wecom-hw;help;sign;secret-no'= {
        }
        &'wecom-hw;help;sign;verify'= {
        }
        &'wecom-hw;help;qr'= {
            cand bind 'Dynamic bind code (type=qrcode), signed like `sign bind`; valid 30 minutes'
            cand login 'Dynamic login code (type=dynamic_login, needs --state), valid 1800 s'
            cand static 'Static label code (…/connect/hardware?hw_code=…), one or a batch from --input'
            cand url 'Any text as a QR code'
            cand bluetooth 'The code that makes the WeCom app look for devices over Bluetooth'
        }
        &'wecom-hw;help;qr;bind'= {
        }
        &'wecom-hw;help;qr;login'= {
        }
        &'wecom-hw;help;qr;static'= {
        }
        &'wecom-hw;help;qr;url'= {
        }
        &'wecom-hw;help;qr;bluetooth'= {
        }
        &'wecom-hw;help;import'= {
        }
        &'wecom-hw;help;devices'= {
            cand list 'List units: SN, status, batch, device id, static URL'
            cand show 'Everything the store knows about one unit, with its ledger'
            cand export 'Write units to CSV, NDJSON or XLSX (stdout, or a file written atomically)'
            cand batches 'List import batches: when, from which file, how many units, seed or per-device'
        }
        &'wecom-hw;help;devices;list'= {
        }
        &'wecom-hw;help;devices;show'= {
        }
        &'wecom-hw;help;devices;export'= {
        }
        &'wecom-hw;help;devices;batches'= {
        }
        &'wecom-hw;help;connect'= {
            cand call 'Log in, make one call, print its answer, exit. Gives up with exit 7 after 5 failed connection attempts in a row (--connect-attempts)'
        }
        &'wecom-hw;help;connect;call'= {
            cand firmware 'get_firmware_info: the latest published firmware'
            cand corp 'get_corp_info: the corp the device is bound to'
            cand time 'get_timestamp: the cloud''s clock and our offset'
            cand error-report 'error_report: report a device error'
            cand upload-log 'upload_log: upload FILE as a binary v1 upload (last 2 MiB)'
            cand login-qr 'gen_login_qrcode: fetch the static login QR, save it, print its URL'
            cand selfhelp 'selfhelp_notify: ask the cloud to push DATA back'
        }
        &'wecom-hw;help;connect;call;firmware'= {
        }
        &'wecom-hw;help;connect;call;corp'= {
        }
        &'wecom-hw;help;connect;call;time'= {
        }
        &'wecom-hw;help;connect;call;error-report'= {
        }
        &'wecom-hw;help;connect;call;upload-log'= {
        }
        &'wecom-hw;help;connect;call;login-qr'= {
        }
        &'wecom-hw;help;connect;call;selfhelp'= {
        }
        &'wecom-hw;help;cloud'= {
            cand serve 'Run the emulator (TLS WebSocket server) until Ctrl-C'
            cand bind 'Bind a device to a corp: new secret, push_bind_corp to the live connection'
            cand unbind 'Unbind a device: its secret becomes invalid, push_unbind_corp is sent'
            cand push 'Send a push to a connected device'
            cand publish-firmware 'Publish a firmware image: get_firmware_info reports it (md5 and size computed)'
            cand reset-secret-no 'Let a seed-model device exchange its seedSecretNo again'
            cand expire 'Mark a device expired: register answers 600051'
            cand drop 'Close a device''s connection (the device should reconnect)'
            cand set-clock-skew 'Skew the cloud''s clock (get_timestamp and the signature window) by SECS'
            cand status 'Show devices, connections, bindings and uploads (never a secret)'
        }
        &'wecom-hw;help;cloud;serve'= {
        }
        &'wecom-hw;help;cloud;bind'= {
        }
        &'wecom-hw;help;cloud;unbind'= {
        }
        &'wecom-hw;help;cloud;push'= {
        }
        &'wecom-hw;help;cloud;publish-firmware'= {
        }
        &'wecom-hw;help;cloud;reset-secret-no'= {
        }
        &'wecom-hw;help;cloud;expire'= {
        }
        &'wecom-hw;help;cloud;drop'= {
        }
        &'wecom-hw;help;cloud;set-clock-skew'= {
        }
        &'wecom-hw;help;cloud;status'= {
        }
        &'wecom-hw;help;ble'= {
            cand scan 'List WeCom devices in range: address, RSSI, device ID, bind state, battery, sign check'
            cand status 'Connect, handshake, read FCC9 (MAC, protocol version) and the device''s Wi-Fi status'
            cand wifi-list 'Ask the device for the Wi-Fi networks it sees (command IDs assumed, configurable)'
            cand provision 'Send Wi-Fi settings and wait for the device''s report'
            cand qr 'Print the WeCom Bluetooth discovery QR code (hw/f?t=bt) on the terminal'
        }
        &'wecom-hw;help;ble;scan'= {
        }
        &'wecom-hw;help;ble;status'= {
        }
        &'wecom-hw;help;ble;wifi-list'= {
        }
        &'wecom-hw;help;ble;provision'= {
        }
        &'wecom-hw;help;ble;qr'= {
        }
        &'wecom-hw;help;line'= {
            cand next 'Take the next unit (or --sn): issue its payload, flash, verify, print its label'
            cand status 'Units per line state and the last failures'
            cand report 'Export the ledger since a time, as CSV or NDJSON, for the shift''s paperwork'
            cand station 'The station an operator runs all shift: scan, flash, verify, print, PASS or FAIL'
        }
        &'wecom-hw;help;line;next'= {
        }
        &'wecom-hw;help;line;status'= {
        }
        &'wecom-hw;help;line;report'= {
        }
        &'wecom-hw;help;line;station'= {
        }
        &'wecom-hw;help;store'= {
            cand migrate 'Create the store''s tables or bring them to this version''s schema'
            cand info 'Engine, schema version and row counts of the store'
            cand copy 'Copy every unit, batch, ledger line and line record into another store, verified'
        }
        &'wecom-hw;help;store;migrate'= {
        }
        &'wecom-hw;help;store;info'= {
        }
        &'wecom-hw;help;store;copy'= {
        }
        &'wecom-hw;help;doctor'= {
        }
        &'wecom-hw;help;console'= {
        }
        &'wecom-hw;help;demo'= {
        }
        &'wecom-hw;help;gen-assets'= {
        }
        &'wecom-hw;help;help'= {
        }
    ]
    $completions[$command]
}
