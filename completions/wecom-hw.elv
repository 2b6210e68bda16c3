
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
            cand --color 'When to use colours on stderr (NO_COLOR is honoured by `auto`)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)'
            cand ble 'Bluetooth LE: scan for WeCom devices, read status, provision Wi-Fi, show the discovery QR'
            cand gen-assets 'Write shell completions and man pages generated from these definitions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wecom-hw;sign'= {
            cand --color 'When to use colours on stderr (NO_COLOR is honoured by `auto`)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
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
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given'
            cand --timestamp 'Unix seconds to sign (default: now, UTC)'
            cand --nonce 'Nonce to sign (default: a random u64; per row in batches)'
            cand --state 'Opaque state for login codes, returned to the device in push_user_scan'
            cand --input 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)'
            cand --input-format 'Batch input format (default: from the extension; required for stdin)'
            cand -o 'Batch: write results here (atomically) instead of stdout'
            cand --output 'Batch: write results here (atomically) instead of stdout'
            cand --output-format 'Batch output format (default: ndjson with --json, else csv)'
            cand --color 'When to use colours on stderr (NO_COLOR is honoured by `auto`)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --url 'Print the whole URL instead of the signature (bind and login only)'
            cand --explain 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;sign;login'= {
            cand --sn 'Device serial number ([0-9A-Za-z], at most 128)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given'
            cand --timestamp 'Unix seconds to sign (default: now, UTC)'
            cand --nonce 'Nonce to sign (default: a random u64; per row in batches)'
            cand --state 'Opaque state for login codes, returned to the device in push_user_scan'
            cand --input 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)'
            cand --input-format 'Batch input format (default: from the extension; required for stdin)'
            cand -o 'Batch: write results here (atomically) instead of stdout'
            cand --output 'Batch: write results here (atomically) instead of stdout'
            cand --output-format 'Batch output format (default: ndjson with --json, else csv)'
            cand --color 'When to use colours on stderr (NO_COLOR is honoured by `auto`)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --url 'Print the whole URL instead of the signature (bind and login only)'
            cand --explain 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;sign;register'= {
            cand --sn 'Device serial number ([0-9A-Za-z], at most 128)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given'
            cand --timestamp 'Unix seconds to sign (default: now, UTC)'
            cand --nonce 'Nonce to sign (default: a random u64; per row in batches)'
            cand --state 'Opaque state for login codes, returned to the device in push_user_scan'
            cand --input 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)'
            cand --input-format 'Batch input format (default: from the extension; required for stdin)'
            cand -o 'Batch: write results here (atomically) instead of stdout'
            cand --output 'Batch: write results here (atomically) instead of stdout'
            cand --output-format 'Batch output format (default: ndjson with --json, else csv)'
            cand --color 'When to use colours on stderr (NO_COLOR is honoured by `auto`)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --url 'Print the whole URL instead of the signature (bind and login only)'
            cand --explain 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;sign;secret-no'= {
            cand --sn 'Device serial number ([0-9A-Za-z], at most 128)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given'
            cand --timestamp 'Unix seconds to sign (default: now, UTC)'
            cand --nonce 'Nonce to sign (default: a random u64; per row in batches)'
            cand --state 'Opaque state for login codes, returned to the device in push_user_scan'
            cand --input 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)'
            cand --input-format 'Batch input format (default: from the extension; required for stdin)'
            cand -o 'Batch: write results here (atomically) instead of stdout'
            cand --output 'Batch: write results here (atomically) instead of stdout'
            cand --output-format 'Batch output format (default: ndjson with --json, else csv)'
            cand --color 'When to use colours on stderr (NO_COLOR is honoured by `auto`)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --url 'Print the whole URL instead of the signature (bind and login only)'
            cand --explain 'Show the inputs (secret masked), their sorted order, the canonical string and digest'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;sign;verify'= {
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given'
            cand --at 'Judge validity at this time instead of now (unix seconds)'
            cand --color 'When to use colours on stderr (NO_COLOR is honoured by `auto`)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
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
        &'wecom-hw;ble'= {
            cand --backend 'Where to talk to devices: the real radio, or the in-process simulator'
            cand --adapter 'Bluetooth controller to use (e.g. hci1); default: the first one'
            cand --sim-fault 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay'
            cand --sim-secret-env 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)'
            cand --sim-advert 'Advertising layout of the simulated device'
            cand --ed-sign-order '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either'
            cand --color 'When to use colours on stderr (NO_COLOR is honoured by `auto`)'
            cand --ed-sign-first '0xED layout (assumed): the sign comes before the nonce'
            cand --ed-nonce-le '0xED layout (assumed): the nonce is little-endian'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
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
            cand --timeout 'How long to scan, in seconds'
            cand --device-id 'Only devices with this device ID (decimal, as in the vendor console)'
            cand --sn 'Only this SN (needs the device store to map SN to device ID; adverts carry no SN)'
            cand --pick 'Report a single device: the strongest, the first seen, or the only one'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given'
            cand --backend 'Where to talk to devices: the real radio, or the in-process simulator'
            cand --adapter 'Bluetooth controller to use (e.g. hci1); default: the first one'
            cand --sim-fault 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay'
            cand --sim-secret-env 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)'
            cand --sim-advert 'Advertising layout of the simulated device'
            cand --ed-sign-order '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either'
            cand --color 'When to use colours on stderr (NO_COLOR is honoured by `auto`)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --ed-sign-first '0xED layout (assumed): the sign comes before the nonce'
            cand --ed-nonce-le '0xED layout (assumed): the nonce is little-endian'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;ble;status'= {
            cand --address 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning'
            cand --device-id 'When scanning: only this device ID'
            cand --sn 'Expected SN: checked against the device''s handshake (10001); wrong unit → exit 4'
            cand --pick 'When scanning: which device to use'
            cand --scan-timeout 'Seconds to scan for the device'
            cand --signer 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM'
            cand --step-timeout 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)'
            cand --attempts 'Attempts for transient Bluetooth errors (connect, write, read)'
            cand --trace 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given'
            cand --backend 'Where to talk to devices: the real radio, or the in-process simulator'
            cand --adapter 'Bluetooth controller to use (e.g. hci1); default: the first one'
            cand --sim-fault 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay'
            cand --sim-secret-env 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)'
            cand --sim-advert 'Advertising layout of the simulated device'
            cand --ed-sign-order '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either'
            cand --color 'When to use colours on stderr (NO_COLOR is honoured by `auto`)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --ed-sign-first '0xED layout (assumed): the sign comes before the nonce'
            cand --ed-nonce-le '0xED layout (assumed): the nonce is little-endian'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;ble;wifi-list'= {
            cand --address 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning'
            cand --device-id 'When scanning: only this device ID'
            cand --sn 'Expected SN: checked against the device''s handshake (10001); wrong unit → exit 4'
            cand --pick 'When scanning: which device to use'
            cand --scan-timeout 'Seconds to scan for the device'
            cand --signer 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM'
            cand --step-timeout 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)'
            cand --attempts 'Attempts for transient Bluetooth errors (connect, write, read)'
            cand --trace 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given'
            cand --wifi-list-request-id 'Command ID of the Wi-Fi list request (assumed 30005)'
            cand --wifi-list-answer-id 'Command ID of the device''s Wi-Fi list answer (assumed 10005)'
            cand --backend 'Where to talk to devices: the real radio, or the in-process simulator'
            cand --adapter 'Bluetooth controller to use (e.g. hci1); default: the first one'
            cand --sim-fault 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay'
            cand --sim-secret-env 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)'
            cand --sim-advert 'Advertising layout of the simulated device'
            cand --ed-sign-order '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either'
            cand --color 'When to use colours on stderr (NO_COLOR is honoured by `auto`)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --ed-sign-first '0xED layout (assumed): the sign comes before the nonce'
            cand --ed-nonce-le '0xED layout (assumed): the nonce is little-endian'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;ble;provision'= {
            cand --address 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning'
            cand --device-id 'When scanning: only this device ID'
            cand --sn 'Expected SN: checked against the device''s handshake (10001); wrong unit → exit 4'
            cand --pick 'When scanning: which device to use'
            cand --scan-timeout 'Seconds to scan for the device'
            cand --signer 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM'
            cand --step-timeout 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)'
            cand --attempts 'Attempts for transient Bluetooth errors (connect, write, read)'
            cand --trace 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)'
            cand --secret-file 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file'
            cand --secret-env 'Environment variable to read the secret from when no file or stdin is given'
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
            cand --color 'When to use colours on stderr (NO_COLOR is honoured by `auto`)'
            cand --secret-stdin 'Read the secret from the first line of standard input'
            cand --password-stdin 'Read the Wi-Fi password from the first line of standard input'
            cand --ed-sign-first '0xED layout (assumed): the sign comes before the nonce'
            cand --ed-nonce-le '0xED layout (assumed): the nonce is little-endian'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
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
            cand --color 'When to use colours on stderr (NO_COLOR is honoured by `auto`)'
            cand --invert 'Light modules as blocks instead of dark ones (for dark terminal themes)'
            cand --ed-sign-first '0xED layout (assumed): the sign comes before the nonce'
            cand --ed-nonce-le '0xED layout (assumed): the nonce is little-endian'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
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
        &'wecom-hw;gen-assets'= {
            cand --color 'When to use colours on stderr (NO_COLOR is honoured by `auto`)'
            cand --json 'Print results as JSON (one object per line for streams and batches)'
            cand -v 'Say more on stderr; repeat for more detail (-vv)'
            cand --verbose 'Say more on stderr; repeat for more detail (-vv)'
            cand -q 'Print only results and errors, no progress or notes'
            cand --quiet 'Print only results and errors, no progress or notes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wecom-hw;help'= {
            cand sign 'Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)'
            cand ble 'Bluetooth LE: scan for WeCom devices, read status, provision Wi-Fi, show the discovery QR'
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
        &'wecom-hw;help;gen-assets'= {
        }
        &'wecom-hw;help;help'= {
        }
    ]
    $completions[$command]
}
