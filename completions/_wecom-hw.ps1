
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'wecom-hw' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'wecom-hw'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'wecom-hw' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)')
            [CompletionResult]::new('qr', 'qr', [CompletionResultType]::ParameterValue, 'Draw bind, login, label and Bluetooth QR codes: PNG, SVG, terminal, ZPL, TSPL, PDF')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read the vendor console''s registration export, validate it and load it into the store')
            [CompletionResult]::new('devices', 'devices', [CompletionResultType]::ParameterValue, 'List, show and export the units in the device store')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Be the device: connect to the cloud over wss, register, activate, log in, handle pushes')
            [CompletionResult]::new('cloud', 'cloud', [CompletionResultType]::ParameterValue, 'Run a local emulator of the WeCom device cloud, and bind/unbind/push as its admin')
            [CompletionResult]::new('ble', 'ble', [CompletionResultType]::ParameterValue, 'Bluetooth LE: scan for WeCom devices, read status, provision Wi-Fi, show the discovery QR')
            [CompletionResult]::new('line', 'line', [CompletionResultType]::ParameterValue, 'Production line: issue each unit''s secret for flashing and print its label, once')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'The device store itself: migrate its schema, show what it holds, copy it between SQLite and PostgreSQL')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check what is wrong around the tool: clock, network and TLS, store, printer, Bluetooth, flasher, this machine')
            [CompletionResult]::new('console', 'console', [CompletionResultType]::ParameterValue, 'Watch the line and the emulator live in a browser: a local web console')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the whole job on built-in defaults: import the sample export, print labels, bring a unit online through the emulator, provision Wi-Fi')
            [CompletionResult]::new('gen-assets', 'gen-assets', [CompletionResultType]::ParameterValue, 'Write shell completions and man pages generated from these definitions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;sign' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Dynamic bind QR signature (type=qrcode, valid 30 minutes)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Dynamic login QR signature (type=dynamic_login plus --state, valid 1800 s)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, '`register` device_signature (valid 5 minutes)')
            [CompletionResult]::new('secret-no', 'secret-no', [CompletionResultType]::ParameterValue, '`get_secret_no` device_signature, signed with the seedSecretNo (valid 5 minutes)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a scanned bind/login URL: signature, age and time left')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;sign;bind' {
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Device serial number ([0-9A-Za-z], at most 128)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Unix seconds to sign (default: now, UTC)')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Nonce to sign (default: a random u64; per row in batches)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Opaque state for login codes, returned to the device in push_user_scan')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Batch input format (default: from the extension; required for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Batch output format (default: ndjson with --json, else csv)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Print the whole URL instead of the signature (bind and login only)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show the inputs (secret masked), their sorted order, the canonical string and digest')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;sign;login' {
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Device serial number ([0-9A-Za-z], at most 128)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Unix seconds to sign (default: now, UTC)')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Nonce to sign (default: a random u64; per row in batches)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Opaque state for login codes, returned to the device in push_user_scan')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Batch input format (default: from the extension; required for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Batch output format (default: ndjson with --json, else csv)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Print the whole URL instead of the signature (bind and login only)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show the inputs (secret masked), their sorted order, the canonical string and digest')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;sign;register' {
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Device serial number ([0-9A-Za-z], at most 128)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Unix seconds to sign (default: now, UTC)')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Nonce to sign (default: a random u64; per row in batches)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Opaque state for login codes, returned to the device in push_user_scan')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Batch input format (default: from the extension; required for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Batch output format (default: ndjson with --json, else csv)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Print the whole URL instead of the signature (bind and login only)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show the inputs (secret masked), their sorted order, the canonical string and digest')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;sign;secret-no' {
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Device serial number ([0-9A-Za-z], at most 128)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Unix seconds to sign (default: now, UTC)')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Nonce to sign (default: a random u64; per row in batches)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Opaque state for login codes, returned to the device in push_user_scan')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Batch input format (default: from the extension; required for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Batch output format (default: ndjson with --json, else csv)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Print the whole URL instead of the signature (bind and login only)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show the inputs (secret masked), their sorted order, the canonical string and digest')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;sign;verify' {
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Judge validity at this time instead of now (unix seconds)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;sign;help' {
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Dynamic bind QR signature (type=qrcode, valid 30 minutes)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Dynamic login QR signature (type=dynamic_login plus --state, valid 1800 s)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, '`register` device_signature (valid 5 minutes)')
            [CompletionResult]::new('secret-no', 'secret-no', [CompletionResultType]::ParameterValue, '`get_secret_no` device_signature, signed with the seedSecretNo (valid 5 minutes)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a scanned bind/login URL: signature, age and time left')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;sign;help;bind' {
            break
        }
        'wecom-hw;sign;help;login' {
            break
        }
        'wecom-hw;sign;help;register' {
            break
        }
        'wecom-hw;sign;help;secret-no' {
            break
        }
        'wecom-hw;sign;help;verify' {
            break
        }
        'wecom-hw;sign;help;help' {
            break
        }
        'wecom-hw;qr' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Dynamic bind code (type=qrcode), signed like `sign bind`; valid 30 minutes')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Dynamic login code (type=dynamic_login, needs --state), valid 1800 s')
            [CompletionResult]::new('static', 'static', [CompletionResultType]::ParameterValue, 'Static label code (…/connect/hardware?hw_code=…), one or a batch from --input')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Any text as a QR code')
            [CompletionResult]::new('bluetooth', 'bluetooth', [CompletionResultType]::ParameterValue, 'The code that makes the WeCom app look for devices over Bluetooth')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;qr;bind' {
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Device serial number ([0-9A-Za-z], at most 128)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Unix seconds to sign (default: now, UTC)')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Nonce to sign (default: a random u64)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Opaque state for login codes, returned to the device in push_user_scan')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'Re-sign interval for --watch (e.g. 10m, 90s; below the 30-minute validity)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop --watch after this many codes (default: until interrupted)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format (default: from --output''s extension, else term)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: from --output''s extension, else term)')
            [CompletionResult]::new('--ecc', '--ecc', [CompletionResultType]::ParameterName, 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %')
            [CompletionResult]::new('--quiet-zone', '--quiet-zone', [CompletionResultType]::ParameterName, 'Blank border in modules on every side (4 is the standard minimum)')
            [CompletionResult]::new('--dpi', '--dpi', [CompletionResultType]::ParameterName, 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits')
            [CompletionResult]::new('--dots', '--dots', [CompletionResultType]::ParameterName, 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]')
            [CompletionResult]::new('--caption', '--caption', [CompletionResultType]::ParameterName, 'Text under the code (static labels: the SN by default)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep a fresh code on the terminal, re-signed every --every, showing the time left')
            [CompletionResult]::new('--no-caption', '--no-caption', [CompletionResultType]::ParameterName, 'No text under the code')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;qr;login' {
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Device serial number ([0-9A-Za-z], at most 128)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Unix seconds to sign (default: now, UTC)')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Nonce to sign (default: a random u64)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Opaque state for login codes, returned to the device in push_user_scan')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'Re-sign interval for --watch (e.g. 10m, 90s; below the 30-minute validity)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop --watch after this many codes (default: until interrupted)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format (default: from --output''s extension, else term)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: from --output''s extension, else term)')
            [CompletionResult]::new('--ecc', '--ecc', [CompletionResultType]::ParameterName, 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %')
            [CompletionResult]::new('--quiet-zone', '--quiet-zone', [CompletionResultType]::ParameterName, 'Blank border in modules on every side (4 is the standard minimum)')
            [CompletionResult]::new('--dpi', '--dpi', [CompletionResultType]::ParameterName, 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits')
            [CompletionResult]::new('--dots', '--dots', [CompletionResultType]::ParameterName, 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]')
            [CompletionResult]::new('--caption', '--caption', [CompletionResultType]::ParameterName, 'Text under the code (static labels: the SN by default)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep a fresh code on the terminal, re-signed every --every, showing the time left')
            [CompletionResult]::new('--no-caption', '--no-caption', [CompletionResultType]::ParameterName, 'No text under the code')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;qr;static' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The static bind URL (https://open.work.weixin.qq.com/connect/hardware?hw_code=…)')
            [CompletionResult]::new('--hw-code', '--hw-code', [CompletionResultType]::ParameterName, 'The hw_code; the URL is built from it')
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'SN of the unit: the default caption; alone, the URL comes from the device store')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Batch: CSV or NDJSON with `sn` and `url` (or `hw_code`) columns')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'With --from-store: only the units of this import batch (`wecom-hw devices batches`)')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Batch input format (default: from the extension)')
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Batch: write one file per unit into this directory (instead of one -o job)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Batch file-name template with {sn} and {row}; its extension picks the format')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Batch worker threads (default: available cores, at most 8)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format (default: from --output''s extension, else term)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: from --output''s extension, else term)')
            [CompletionResult]::new('--ecc', '--ecc', [CompletionResultType]::ParameterName, 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %')
            [CompletionResult]::new('--quiet-zone', '--quiet-zone', [CompletionResultType]::ParameterName, 'Blank border in modules on every side (4 is the standard minimum)')
            [CompletionResult]::new('--dpi', '--dpi', [CompletionResultType]::ParameterName, 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits')
            [CompletionResult]::new('--dots', '--dots', [CompletionResultType]::ParameterName, 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]')
            [CompletionResult]::new('--caption', '--caption', [CompletionResultType]::ParameterName, 'Text under the code (static labels: the SN by default)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--from-store', '--from-store', [CompletionResultType]::ParameterName, 'Batch: every unit of the device store with a static URL (see --batch)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Batch: redo units whose file already exists (default: skip them)')
            [CompletionResult]::new('--no-caption', '--no-caption', [CompletionResultType]::ParameterName, 'No text under the code')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;qr;url' {
            [CompletionResult]::new('--text-file', '--text-file', [CompletionResultType]::ParameterName, 'Read the text to encode from this file (one trailing newline is dropped)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format (default: from --output''s extension, else term)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: from --output''s extension, else term)')
            [CompletionResult]::new('--ecc', '--ecc', [CompletionResultType]::ParameterName, 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %')
            [CompletionResult]::new('--quiet-zone', '--quiet-zone', [CompletionResultType]::ParameterName, 'Blank border in modules on every side (4 is the standard minimum)')
            [CompletionResult]::new('--dpi', '--dpi', [CompletionResultType]::ParameterName, 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits')
            [CompletionResult]::new('--dots', '--dots', [CompletionResultType]::ParameterName, 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]')
            [CompletionResult]::new('--caption', '--caption', [CompletionResultType]::ParameterName, 'Text under the code (static labels: the SN by default)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--no-caption', '--no-caption', [CompletionResultType]::ParameterName, 'No text under the code')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;qr;bluetooth' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format (default: from --output''s extension, else term)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: from --output''s extension, else term)')
            [CompletionResult]::new('--ecc', '--ecc', [CompletionResultType]::ParameterName, 'Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %')
            [CompletionResult]::new('--quiet-zone', '--quiet-zone', [CompletionResultType]::ParameterName, 'Blank border in modules on every side (4 is the standard minimum)')
            [CompletionResult]::new('--dpi', '--dpi', [CompletionResultType]::ParameterName, 'Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits')
            [CompletionResult]::new('--dots', '--dots', [CompletionResultType]::ParameterName, 'Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]')
            [CompletionResult]::new('--caption', '--caption', [CompletionResultType]::ParameterName, 'Text under the code (static labels: the SN by default)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--no-caption', '--no-caption', [CompletionResultType]::ParameterName, 'No text under the code')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Skip the decode-back check. For benchmarking only: unchecked codes may not scan')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;qr;help' {
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Dynamic bind code (type=qrcode), signed like `sign bind`; valid 30 minutes')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Dynamic login code (type=dynamic_login, needs --state), valid 1800 s')
            [CompletionResult]::new('static', 'static', [CompletionResultType]::ParameterValue, 'Static label code (…/connect/hardware?hw_code=…), one or a batch from --input')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Any text as a QR code')
            [CompletionResult]::new('bluetooth', 'bluetooth', [CompletionResultType]::ParameterValue, 'The code that makes the WeCom app look for devices over Bluetooth')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;qr;help;bind' {
            break
        }
        'wecom-hw;qr;help;login' {
            break
        }
        'wecom-hw;qr;help;static' {
            break
        }
        'wecom-hw;qr;help;url' {
            break
        }
        'wecom-hw;qr;help;bluetooth' {
            break
        }
        'wecom-hw;qr;help;help' {
            break
        }
        'wecom-hw;import' {
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Sheet to read, by name or 1-based number (default: the first sheet with a header row)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Map a column explicitly, by header text or letter (repeatable; fields: sn, secret_no, device_id, qr_url, model_id, remark)')
            [CompletionResult]::new('--header-row', '--header-row', [CompletionResultType]::ParameterName, 'Row that holds the headers, numbered as Excel shows it (default: detected)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'File format (default: from the extension)')
            [CompletionResult]::new('--max-rows', '--max-rows', [CompletionResultType]::ParameterName, 'Refuse a file with more data rows than this (blank rows not counted)')
            [CompletionResult]::new('--max-cell-bytes', '--max-cell-bytes', [CompletionResultType]::ParameterName, 'Refuse a file with a cell holding more bytes of text (UTF-8) than this')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would change, without writing to the store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;devices' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List units: SN, status, batch, device id, static URL')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Everything the store knows about one unit, with its ledger')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write units to CSV, NDJSON or XLSX (stdout, or a file written atomically)')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'List import batches: when, from which file, how many units, seed or per-device')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;devices;list' {
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Only units of this import batch')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only units with this status (each is the last lifecycle step the unit reached)')
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Only SNs matching this pattern (`*` any text, `?` one character; case-insensitive)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many units')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show SecretNos in full')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;devices;show' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show SecretNos in full')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;devices;export' {
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Only units of this import batch')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only units with this status (each is the last lifecycle step the unit reached)')
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Only SNs matching this pattern (`*` any text, `?` one character; case-insensitive)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many units')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: from the --output extension, else csv)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write here (atomically; mode 0600 with --show-secrets) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write here (atomically; mode 0600 with --show-secrets) instead of stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Write SecretNos in full (for burning); masked otherwise')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;devices;batches' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;devices;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List units: SN, status, batch, device id, static URL')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Everything the store knows about one unit, with its ledger')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write units to CSV, NDJSON or XLSX (stdout, or a file written atomically)')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'List import batches: when, from which file, how many units, seed or per-device')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;devices;help;list' {
            break
        }
        'wecom-hw;devices;help;show' {
            break
        }
        'wecom-hw;devices;help;export' {
            break
        }
        'wecom-hw;devices;help;batches' {
            break
        }
        'wecom-hw;devices;help;help' {
            break
        }
        'wecom-hw;connect' {
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Device serial number')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Cloud WebSocket URL')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (e.g. the emulator''s ca.pem)')
            [CompletionResult]::new('--state-file', '--state-file', [CompletionResultType]::ParameterName, 'Keep the device''s state (exchanged SecretNo, active_code, secret) in this JSON file instead of the device store')
            [CompletionResult]::new('--firmware-version', '--firmware-version', [CompletionResultType]::ParameterName, 'firmware_version sent in subscribe_corp')
            [CompletionResult]::new('--wifi-name', '--wifi-name', [CompletionResultType]::ParameterName, 'net_info.wifi_name sent in register')
            [CompletionResult]::new('--mac-address', '--mac-address', [CompletionResultType]::ParameterName, 'net_info.mac_address sent in register')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Exit 0 once this is reached: registered, bound, subscribed, or a push name (e.g. push_user_scan)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long: 90, 90s, 2m. Exit 9 when connected but the goal was not reached in time; exit 7 when no connection to the cloud ever opened')
            [CompletionResult]::new('--connect-attempts', '--connect-attempts', [CompletionResultType]::ParameterName, 'Give up (exit 7, with the last network error) after N connection attempts in a row fail (TCP, TLS or WebSocket upgrade); 0 = never. Default: 5 for `call` (about 15 s of backoff), never otherwise: a device keeps retrying, as a real one does')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'React to a push: CMD=fetch (get_firmware_info, download, md5 check), CMD=upload:FILE (upload_log), CMD=exec:PROGRAM (push JSON on stdin); repeatable')
            [CompletionResult]::new('--transcript', '--transcript', [CompletionResultType]::ParameterName, 'Append every frame both ways to this NDJSON file (credentials fingerprinted)')
            [CompletionResult]::new('--ping-interval', '--ping-interval', [CompletionResultType]::ParameterName, 'Heartbeat interval in seconds (the spec allows 20 to 40)')
            [CompletionResult]::new('--skew-warn', '--skew-warn', [CompletionResultType]::ParameterName, 'Warn when the device clock differs from the cloud''s by at least this many seconds')
            [CompletionResult]::new('--max-message', '--max-message', [CompletionResultType]::ParameterName, 'Largest WebSocket message or frame accepted from the cloud; a larger one closes the connection, which is then reopened with backoff')
            [CompletionResult]::new('--download-dir', '--download-dir', [CompletionResultType]::ParameterName, 'Where --on ...=fetch saves the downloaded firmware image')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'The secret given is the model''s shared seedSecretNo: exchange it for the device''s own SecretNo with get_secret_no (once; kept in --state-file or the store). Implied for a seed batch''s unit taken from the store')
            [CompletionResult]::new('--insecure-plain', '--insecure-plain', [CompletionResultType]::ParameterName, 'Allow a plain ws:// endpoint (no TLS): for a local emulator only')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Log in, make one call, print its answer, exit. Gives up with exit 7 after 5 failed connection attempts in a row (--connect-attempts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;connect;call' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('firmware', 'firmware', [CompletionResultType]::ParameterValue, 'get_firmware_info: the latest published firmware')
            [CompletionResult]::new('corp', 'corp', [CompletionResultType]::ParameterValue, 'get_corp_info: the corp the device is bound to')
            [CompletionResult]::new('time', 'time', [CompletionResultType]::ParameterValue, 'get_timestamp: the cloud''s clock and our offset')
            [CompletionResult]::new('error-report', 'error-report', [CompletionResultType]::ParameterValue, 'error_report: report a device error')
            [CompletionResult]::new('upload-log', 'upload-log', [CompletionResultType]::ParameterValue, 'upload_log: upload FILE as a binary v1 upload (last 2 MiB)')
            [CompletionResult]::new('login-qr', 'login-qr', [CompletionResultType]::ParameterValue, 'gen_login_qrcode: fetch the static login QR, save it, print its URL')
            [CompletionResult]::new('selfhelp', 'selfhelp', [CompletionResultType]::ParameterValue, 'selfhelp_notify: ask the cloud to push DATA back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;connect;call;firmware' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;connect;call;corp' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;connect;call;time' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;connect;call;error-report' {
            [CompletionResult]::new('--errcode', '--errcode', [CompletionResultType]::ParameterName, 'The device''s own error code')
            [CompletionResult]::new('--errmsg', '--errmsg', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;connect;call;upload-log' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;connect;call;login-qr' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'state returned in push_user_scan')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to save the image')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;connect;call;selfhelp' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;connect;call;help' {
            [CompletionResult]::new('firmware', 'firmware', [CompletionResultType]::ParameterValue, 'get_firmware_info: the latest published firmware')
            [CompletionResult]::new('corp', 'corp', [CompletionResultType]::ParameterValue, 'get_corp_info: the corp the device is bound to')
            [CompletionResult]::new('time', 'time', [CompletionResultType]::ParameterValue, 'get_timestamp: the cloud''s clock and our offset')
            [CompletionResult]::new('error-report', 'error-report', [CompletionResultType]::ParameterValue, 'error_report: report a device error')
            [CompletionResult]::new('upload-log', 'upload-log', [CompletionResultType]::ParameterValue, 'upload_log: upload FILE as a binary v1 upload (last 2 MiB)')
            [CompletionResult]::new('login-qr', 'login-qr', [CompletionResultType]::ParameterValue, 'gen_login_qrcode: fetch the static login QR, save it, print its URL')
            [CompletionResult]::new('selfhelp', 'selfhelp', [CompletionResultType]::ParameterValue, 'selfhelp_notify: ask the cloud to push DATA back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;connect;call;help;firmware' {
            break
        }
        'wecom-hw;connect;call;help;corp' {
            break
        }
        'wecom-hw;connect;call;help;time' {
            break
        }
        'wecom-hw;connect;call;help;error-report' {
            break
        }
        'wecom-hw;connect;call;help;upload-log' {
            break
        }
        'wecom-hw;connect;call;help;login-qr' {
            break
        }
        'wecom-hw;connect;call;help;selfhelp' {
            break
        }
        'wecom-hw;connect;call;help;help' {
            break
        }
        'wecom-hw;connect;help' {
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Log in, make one call, print its answer, exit. Gives up with exit 7 after 5 failed connection attempts in a row (--connect-attempts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;connect;help;call' {
            [CompletionResult]::new('firmware', 'firmware', [CompletionResultType]::ParameterValue, 'get_firmware_info: the latest published firmware')
            [CompletionResult]::new('corp', 'corp', [CompletionResultType]::ParameterValue, 'get_corp_info: the corp the device is bound to')
            [CompletionResult]::new('time', 'time', [CompletionResultType]::ParameterValue, 'get_timestamp: the cloud''s clock and our offset')
            [CompletionResult]::new('error-report', 'error-report', [CompletionResultType]::ParameterValue, 'error_report: report a device error')
            [CompletionResult]::new('upload-log', 'upload-log', [CompletionResultType]::ParameterValue, 'upload_log: upload FILE as a binary v1 upload (last 2 MiB)')
            [CompletionResult]::new('login-qr', 'login-qr', [CompletionResultType]::ParameterValue, 'gen_login_qrcode: fetch the static login QR, save it, print its URL')
            [CompletionResult]::new('selfhelp', 'selfhelp', [CompletionResultType]::ParameterValue, 'selfhelp_notify: ask the cloud to push DATA back')
            break
        }
        'wecom-hw;connect;help;call;firmware' {
            break
        }
        'wecom-hw;connect;help;call;corp' {
            break
        }
        'wecom-hw;connect;help;call;time' {
            break
        }
        'wecom-hw;connect;help;call;error-report' {
            break
        }
        'wecom-hw;connect;help;call;upload-log' {
            break
        }
        'wecom-hw;connect;help;call;login-qr' {
            break
        }
        'wecom-hw;connect;help;call;selfhelp' {
            break
        }
        'wecom-hw;connect;help;help' {
            break
        }
        'wecom-hw;cloud' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the emulator (TLS WebSocket server) until Ctrl-C')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind a device to a corp: new secret, push_bind_corp to the live connection')
            [CompletionResult]::new('unbind', 'unbind', [CompletionResultType]::ParameterValue, 'Unbind a device: its secret becomes invalid, push_unbind_corp is sent')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Send a push to a connected device')
            [CompletionResult]::new('publish-firmware', 'publish-firmware', [CompletionResultType]::ParameterValue, 'Publish a firmware image: get_firmware_info reports it (md5 and size computed)')
            [CompletionResult]::new('reset-secret-no', 'reset-secret-no', [CompletionResultType]::ParameterValue, 'Let a seed-model device exchange its seedSecretNo again')
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Mark a device expired: register answers 600051')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Close a device''s connection (the device should reconnect)')
            [CompletionResult]::new('set-clock-skew', 'set-clock-skew', [CompletionResultType]::ParameterValue, 'Skew the cloud''s clock (get_timestamp and the signature window) by SECS')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show devices, connections, bindings and uploads (never a secret)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;cloud;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0: any free port, printed on the first line)')
            [CompletionResult]::new('--devices', '--devices', [CompletionResultType]::ParameterName, 'Devices the cloud knows (CSV or NDJSON); may be repeated. Others get 600001')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Also know the units of a registration export (.xlsx/.xls/.ods/.csv, read like `import`)')
            [CompletionResult]::new('--san', '--san', [CompletionResultType]::ParameterName, 'Extra DNS name or IP for the server certificate (may be repeated)')
            [CompletionResult]::new('--firmware-listen', '--firmware-listen', [CompletionResultType]::ParameterName, 'Address of the HTTP server for published firmware')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'Close a connection that sent nothing for SECS seconds (0: never)')
            [CompletionResult]::new('--auto-bind-after', '--auto-bind-after', [CompletionResultType]::ParameterName, 'Bind a device automatically after N unanswered `active` polls (0: at once)')
            [CompletionResult]::new('--corp', '--corp', [CompletionResultType]::ParameterName, 'Corp name for automatic binds and `bind` without --corp')
            [CompletionResult]::new('--timestamp-window', '--timestamp-window', [CompletionResultType]::ParameterName, 'Accepted clock difference of signed requests, seconds (assumed 300)')
            [CompletionResult]::new('--resubscribe-errcode', '--resubscribe-errcode', [CompletionResultType]::ParameterName, 'Code for a second subscribe_corp on one connection (600054 or 600045)')
            [CompletionResult]::new('--unbound-errcode', '--unbound-errcode', [CompletionResultType]::ParameterName, 'Code for `active` while unbound (assumed 600004)')
            [CompletionResult]::new('--unknown-cmd-errcode', '--unknown-cmd-errcode', [CompletionResultType]::ParameterName, 'Code for an unknown cmd')
            [CompletionResult]::new('--malformed-errcode', '--malformed-errcode', [CompletionResultType]::ParameterName, 'Code for malformed JSON or a request without headers.req_id')
            [CompletionResult]::new('--selfhelp-push', '--selfhelp-push', [CompletionResultType]::ParameterName, 'Push sent after selfhelp_notify (assumed name)')
            [CompletionResult]::new('--clock-offset', '--clock-offset', [CompletionResultType]::ParameterName, 'Start with the cloud''s clock this many seconds ahead (negative: behind), as `set-clock-skew` does later')
            [CompletionResult]::new('--max-upload', '--max-upload', [CompletionResultType]::ParameterName, 'Largest accepted upload, bytes (larger: 600052)')
            [CompletionResult]::new('--console-listen', '--console-listen', [CompletionResultType]::ParameterName, 'Address and port of the console (with --console)')
            [CompletionResult]::new('--fault-times', '--fault-times', [CompletionResultType]::ParameterName, 'How many times each counted fault fires (0: every time)')
            [CompletionResult]::new('--fault-drop-after', '--fault-drop-after', [CompletionResultType]::ParameterName, 'Close a connection after its N-th inbound frame (counted)')
            [CompletionResult]::new('--fault-delay', '--fault-delay', [CompletionResultType]::ParameterName, 'Delay every reply and push by MS milliseconds')
            [CompletionResult]::new('--fault-errcode', '--fault-errcode', [CompletionResultType]::ParameterName, 'Answer CMD with CODE instead of processing it (counted; may be repeated)')
            [CompletionResult]::new('--fault-drop-reply', '--fault-drop-reply', [CompletionResultType]::ParameterName, 'Swallow the reply to CMD, so the device must resend (counted; may be repeated)')
            [CompletionResult]::new('--fault-unknown-push', '--fault-unknown-push', [CompletionResultType]::ParameterName, 'After a subscribe_corp, send a push with this unknown name (counted)')
            [CompletionResult]::new('--fault-adversarial', '--fault-adversarial', [CompletionResultType]::ParameterName, 'Break the wire protocol on purpose: MODE as listed below (counted; may be repeated)')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--from-store', '--from-store', [CompletionResultType]::ParameterName, 'Also know every unit in the device store (--store)')
            [CompletionResult]::new('--insecure-plain', '--insecure-plain', [CompletionResultType]::ParameterName, 'Serve plain ws:// instead of TLS (local testing only)')
            [CompletionResult]::new('--permissive', '--permissive', [CompletionResultType]::ParameterName, 'Answer `ping` before `subscribe_corp` with 0 instead of 600020')
            [CompletionResult]::new('--takeover', '--takeover', [CompletionResultType]::ParameterName, 'A register of an SN live on another connection takes over (instead of 600002)')
            [CompletionResult]::new('--subscribe-without-register', '--subscribe-without-register', [CompletionResultType]::ParameterName, 'Accept subscribe_corp without register when the secret identifies the device')
            [CompletionResult]::new('--console', '--console', [CompletionResultType]::ParameterName, 'Also serve the console (devices, live frame logs, bind/unbind/push, fault switches) in this process; it prints its URL, which carries the access token')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Accept a --console-listen address other than loopback (anyone who can reach it and holds the printed token drives the emulator)')
            [CompletionResult]::new('--fault-headerless', '--fault-headerless', [CompletionResultType]::ParameterName, 'Send every error reply without `headers`')
            [CompletionResult]::new('--fault-refuse-tls', '--fault-refuse-tls', [CompletionResultType]::ParameterName, 'Refuse TLS handshakes (counted)')
            [CompletionResult]::new('--fault-truncate-binary', '--fault-truncate-binary', [CompletionResultType]::ParameterName, 'Send the binary login-QR reply truncated (declared length overruns it; counted)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;cloud;bind' {
            [CompletionResult]::new('--corp', '--corp', [CompletionResultType]::ParameterName, 'Corp name reported by get_corp_info [default: the serve --corp]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;cloud;unbind' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;cloud;push' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;cloud;publish-firmware' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Report this download URL instead of the emulator''s own')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;cloud;reset-secret-no' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;cloud;expire' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--undo', '--undo', [CompletionResultType]::ParameterName, 'Clear the mark instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;cloud;drop' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;cloud;set-clock-skew' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;cloud;status' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory with the emulator''s state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;cloud;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the emulator (TLS WebSocket server) until Ctrl-C')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind a device to a corp: new secret, push_bind_corp to the live connection')
            [CompletionResult]::new('unbind', 'unbind', [CompletionResultType]::ParameterValue, 'Unbind a device: its secret becomes invalid, push_unbind_corp is sent')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Send a push to a connected device')
            [CompletionResult]::new('publish-firmware', 'publish-firmware', [CompletionResultType]::ParameterValue, 'Publish a firmware image: get_firmware_info reports it (md5 and size computed)')
            [CompletionResult]::new('reset-secret-no', 'reset-secret-no', [CompletionResultType]::ParameterValue, 'Let a seed-model device exchange its seedSecretNo again')
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Mark a device expired: register answers 600051')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Close a device''s connection (the device should reconnect)')
            [CompletionResult]::new('set-clock-skew', 'set-clock-skew', [CompletionResultType]::ParameterValue, 'Skew the cloud''s clock (get_timestamp and the signature window) by SECS')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show devices, connections, bindings and uploads (never a secret)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;cloud;help;serve' {
            break
        }
        'wecom-hw;cloud;help;bind' {
            break
        }
        'wecom-hw;cloud;help;unbind' {
            break
        }
        'wecom-hw;cloud;help;push' {
            break
        }
        'wecom-hw;cloud;help;publish-firmware' {
            break
        }
        'wecom-hw;cloud;help;reset-secret-no' {
            break
        }
        'wecom-hw;cloud;help;expire' {
            break
        }
        'wecom-hw;cloud;help;drop' {
            break
        }
        'wecom-hw;cloud;help;set-clock-skew' {
            break
        }
        'wecom-hw;cloud;help;status' {
            break
        }
        'wecom-hw;cloud;help;help' {
            break
        }
        'wecom-hw;ble' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where to talk to devices: the real radio, or the in-process simulator')
            [CompletionResult]::new('--adapter', '--adapter', [CompletionResultType]::ParameterName, 'Bluetooth controller to use (e.g. hci1); default: the first one')
            [CompletionResult]::new('--sim-fault', '--sim-fault', [CompletionResultType]::ParameterName, 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay')
            [CompletionResult]::new('--sim-secret-env', '--sim-secret-env', [CompletionResultType]::ParameterName, 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)')
            [CompletionResult]::new('--sim-advert', '--sim-advert', [CompletionResultType]::ParameterName, 'Advertising layout of the simulated device')
            [CompletionResult]::new('--ed-sign-order', '--ed-sign-order', [CompletionResultType]::ParameterName, '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--ed-sign-first', '--ed-sign-first', [CompletionResultType]::ParameterName, '0xED layout (assumed): the sign comes before the nonce')
            [CompletionResult]::new('--ed-nonce-le', '--ed-nonce-le', [CompletionResultType]::ParameterName, '0xED layout (assumed): the nonce is little-endian')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'List WeCom devices in range: address, RSSI, device ID, bind state, battery, sign check')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Connect, handshake, read FCC9 (MAC, protocol version) and the device''s Wi-Fi status')
            [CompletionResult]::new('wifi-list', 'wifi-list', [CompletionResultType]::ParameterValue, 'Ask the device for the Wi-Fi networks it sees (command IDs assumed, configurable)')
            [CompletionResult]::new('provision', 'provision', [CompletionResultType]::ParameterValue, 'Send Wi-Fi settings and wait for the device''s report')
            [CompletionResult]::new('qr', 'qr', [CompletionResultType]::ParameterValue, 'Print the WeCom Bluetooth discovery QR code (hw/f?t=bt) on the terminal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;ble;scan' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to scan, in seconds, at most: with --device-id, --sn or --pick first the scan ends as soon as that device is seen')
            [CompletionResult]::new('--device-id', '--device-id', [CompletionResultType]::ParameterName, 'Only devices with this device ID (decimal, as in the vendor console)')
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Only this SN: its device ID (adverts carry no SN) and, when no secret source is given, its SecretNo come from the device store')
            [CompletionResult]::new('--pick', '--pick', [CompletionResultType]::ParameterName, 'Report a single device: the strongest, the first seen, or the only one')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where to talk to devices: the real radio, or the in-process simulator')
            [CompletionResult]::new('--adapter', '--adapter', [CompletionResultType]::ParameterName, 'Bluetooth controller to use (e.g. hci1); default: the first one')
            [CompletionResult]::new('--sim-fault', '--sim-fault', [CompletionResultType]::ParameterName, 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay')
            [CompletionResult]::new('--sim-secret-env', '--sim-secret-env', [CompletionResultType]::ParameterName, 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)')
            [CompletionResult]::new('--sim-advert', '--sim-advert', [CompletionResultType]::ParameterName, 'Advertising layout of the simulated device')
            [CompletionResult]::new('--ed-sign-order', '--ed-sign-order', [CompletionResultType]::ParameterName, '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--ed-sign-first', '--ed-sign-first', [CompletionResultType]::ParameterName, '0xED layout (assumed): the sign comes before the nonce')
            [CompletionResult]::new('--ed-nonce-le', '--ed-nonce-le', [CompletionResultType]::ParameterName, '0xED layout (assumed): the nonce is little-endian')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;ble;status' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning')
            [CompletionResult]::new('--device-id', '--device-id', [CompletionResultType]::ParameterName, 'When scanning: only this device ID')
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Expected SN: checked against the device''s handshake (10001); wrong unit → exit 4. A unit in the device store also gives the device ID to scan for and the SecretNo')
            [CompletionResult]::new('--pick', '--pick', [CompletionResultType]::ParameterName, 'When scanning: which device to use')
            [CompletionResult]::new('--scan-timeout', '--scan-timeout', [CompletionResultType]::ParameterName, 'Seconds to scan for the device, at most: the scan ends as soon as the device ID (--device-id, or the SN''s from the device store) is seen, or any device with --pick first')
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM')
            [CompletionResult]::new('--step-timeout', '--step-timeout', [CompletionResultType]::ParameterName, 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)')
            [CompletionResult]::new('--attempts', '--attempts', [CompletionResultType]::ParameterName, 'Attempts for transient Bluetooth errors (connect, write, read)')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where to talk to devices: the real radio, or the in-process simulator')
            [CompletionResult]::new('--adapter', '--adapter', [CompletionResultType]::ParameterName, 'Bluetooth controller to use (e.g. hci1); default: the first one')
            [CompletionResult]::new('--sim-fault', '--sim-fault', [CompletionResultType]::ParameterName, 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay')
            [CompletionResult]::new('--sim-secret-env', '--sim-secret-env', [CompletionResultType]::ParameterName, 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)')
            [CompletionResult]::new('--sim-advert', '--sim-advert', [CompletionResultType]::ParameterName, 'Advertising layout of the simulated device')
            [CompletionResult]::new('--ed-sign-order', '--ed-sign-order', [CompletionResultType]::ParameterName, '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--ed-sign-first', '--ed-sign-first', [CompletionResultType]::ParameterName, '0xED layout (assumed): the sign comes before the nonce')
            [CompletionResult]::new('--ed-nonce-le', '--ed-nonce-le', [CompletionResultType]::ParameterName, '0xED layout (assumed): the nonce is little-endian')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;ble;wifi-list' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning')
            [CompletionResult]::new('--device-id', '--device-id', [CompletionResultType]::ParameterName, 'When scanning: only this device ID')
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Expected SN: checked against the device''s handshake (10001); wrong unit → exit 4. A unit in the device store also gives the device ID to scan for and the SecretNo')
            [CompletionResult]::new('--pick', '--pick', [CompletionResultType]::ParameterName, 'When scanning: which device to use')
            [CompletionResult]::new('--scan-timeout', '--scan-timeout', [CompletionResultType]::ParameterName, 'Seconds to scan for the device, at most: the scan ends as soon as the device ID (--device-id, or the SN''s from the device store) is seen, or any device with --pick first')
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM')
            [CompletionResult]::new('--step-timeout', '--step-timeout', [CompletionResultType]::ParameterName, 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)')
            [CompletionResult]::new('--attempts', '--attempts', [CompletionResultType]::ParameterName, 'Attempts for transient Bluetooth errors (connect, write, read)')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)')
            [CompletionResult]::new('--wifi-list-request-id', '--wifi-list-request-id', [CompletionResultType]::ParameterName, 'Command ID of the Wi-Fi list request (assumed 30005)')
            [CompletionResult]::new('--wifi-list-answer-id', '--wifi-list-answer-id', [CompletionResultType]::ParameterName, 'Command ID of the device''s Wi-Fi list answer (assumed 10005)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where to talk to devices: the real radio, or the in-process simulator')
            [CompletionResult]::new('--adapter', '--adapter', [CompletionResultType]::ParameterName, 'Bluetooth controller to use (e.g. hci1); default: the first one')
            [CompletionResult]::new('--sim-fault', '--sim-fault', [CompletionResultType]::ParameterName, 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay')
            [CompletionResult]::new('--sim-secret-env', '--sim-secret-env', [CompletionResultType]::ParameterName, 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)')
            [CompletionResult]::new('--sim-advert', '--sim-advert', [CompletionResultType]::ParameterName, 'Advertising layout of the simulated device')
            [CompletionResult]::new('--ed-sign-order', '--ed-sign-order', [CompletionResultType]::ParameterName, '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--ed-sign-first', '--ed-sign-first', [CompletionResultType]::ParameterName, '0xED layout (assumed): the sign comes before the nonce')
            [CompletionResult]::new('--ed-nonce-le', '--ed-nonce-le', [CompletionResultType]::ParameterName, '0xED layout (assumed): the nonce is little-endian')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;ble;provision' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning')
            [CompletionResult]::new('--device-id', '--device-id', [CompletionResultType]::ParameterName, 'When scanning: only this device ID')
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Expected SN: checked against the device''s handshake (10001); wrong unit → exit 4. A unit in the device store also gives the device ID to scan for and the SecretNo')
            [CompletionResult]::new('--pick', '--pick', [CompletionResultType]::ParameterName, 'When scanning: which device to use')
            [CompletionResult]::new('--scan-timeout', '--scan-timeout', [CompletionResultType]::ParameterName, 'Seconds to scan for the device, at most: the scan ends as soon as the device ID (--device-id, or the SN''s from the device store) is seen, or any device with --pick first')
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM')
            [CompletionResult]::new('--step-timeout', '--step-timeout', [CompletionResultType]::ParameterName, 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)')
            [CompletionResult]::new('--attempts', '--attempts', [CompletionResultType]::ParameterName, 'Attempts for transient Bluetooth errors (connect, write, read)')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given (failing that, the device store''s secret for the SN)')
            [CompletionResult]::new('--ssid', '--ssid', [CompletionResultType]::ParameterName, 'Network name (1–32 bytes)')
            [CompletionResult]::new('--bssid', '--bssid', [CompletionResultType]::ParameterName, 'Access point MAC, optional (AA:BB:CC:DD:EE:FF)')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'Security of the network; None sends an empty password')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the Wi-Fi password from the first line of this file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the Wi-Fi password from this environment variable')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where to talk to devices: the real radio, or the in-process simulator')
            [CompletionResult]::new('--adapter', '--adapter', [CompletionResultType]::ParameterName, 'Bluetooth controller to use (e.g. hci1); default: the first one')
            [CompletionResult]::new('--sim-fault', '--sim-fault', [CompletionResultType]::ParameterName, 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay')
            [CompletionResult]::new('--sim-secret-env', '--sim-secret-env', [CompletionResultType]::ParameterName, 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)')
            [CompletionResult]::new('--sim-advert', '--sim-advert', [CompletionResultType]::ParameterName, 'Advertising layout of the simulated device')
            [CompletionResult]::new('--ed-sign-order', '--ed-sign-order', [CompletionResultType]::ParameterName, '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the Wi-Fi password from the first line of standard input')
            [CompletionResult]::new('--ed-sign-first', '--ed-sign-first', [CompletionResultType]::ParameterName, '0xED layout (assumed): the sign comes before the nonce')
            [CompletionResult]::new('--ed-nonce-le', '--ed-nonce-le', [CompletionResultType]::ParameterName, '0xED layout (assumed): the nonce is little-endian')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;ble;qr' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where to talk to devices: the real radio, or the in-process simulator')
            [CompletionResult]::new('--adapter', '--adapter', [CompletionResultType]::ParameterName, 'Bluetooth controller to use (e.g. hci1); default: the first one')
            [CompletionResult]::new('--sim-fault', '--sim-fault', [CompletionResultType]::ParameterName, 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay')
            [CompletionResult]::new('--sim-secret-env', '--sim-secret-env', [CompletionResultType]::ParameterName, 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)')
            [CompletionResult]::new('--sim-advert', '--sim-advert', [CompletionResultType]::ParameterName, 'Advertising layout of the simulated device')
            [CompletionResult]::new('--ed-sign-order', '--ed-sign-order', [CompletionResultType]::ParameterName, '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--invert', '--invert', [CompletionResultType]::ParameterName, 'Light modules as blocks instead of dark ones (for dark terminal themes)')
            [CompletionResult]::new('--ed-sign-first', '--ed-sign-first', [CompletionResultType]::ParameterName, '0xED layout (assumed): the sign comes before the nonce')
            [CompletionResult]::new('--ed-nonce-le', '--ed-nonce-le', [CompletionResultType]::ParameterName, '0xED layout (assumed): the nonce is little-endian')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;ble;help' {
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'List WeCom devices in range: address, RSSI, device ID, bind state, battery, sign check')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Connect, handshake, read FCC9 (MAC, protocol version) and the device''s Wi-Fi status')
            [CompletionResult]::new('wifi-list', 'wifi-list', [CompletionResultType]::ParameterValue, 'Ask the device for the Wi-Fi networks it sees (command IDs assumed, configurable)')
            [CompletionResult]::new('provision', 'provision', [CompletionResultType]::ParameterValue, 'Send Wi-Fi settings and wait for the device''s report')
            [CompletionResult]::new('qr', 'qr', [CompletionResultType]::ParameterValue, 'Print the WeCom Bluetooth discovery QR code (hw/f?t=bt) on the terminal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;ble;help;scan' {
            break
        }
        'wecom-hw;ble;help;status' {
            break
        }
        'wecom-hw;ble;help;wifi-list' {
            break
        }
        'wecom-hw;ble;help;provision' {
            break
        }
        'wecom-hw;ble;help;qr' {
            break
        }
        'wecom-hw;ble;help;help' {
            break
        }
        'wecom-hw;line' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'Take the next unit (or --sn): issue its payload, flash, verify, print its label')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Units per line state and the last failures')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Export the ledger since a time, as CSV or NDJSON, for the shift''s paperwork')
            [CompletionResult]::new('station', 'station', [CompletionResultType]::ParameterValue, 'The station an operator runs all shift: scan, flash, verify, print, PASS or FAIL')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;line;next' {
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Take this unit (a scanned SN) instead of the next unissued one')
            [CompletionResult]::new('--reissue', '--reissue', [CompletionResultType]::ParameterName, 'Issue a unit again whose secret was already issued; the reason goes into the ledger')
            [CompletionResult]::new('--emit', '--emit', [CompletionResultType]::ParameterName, 'Payload format for the flasher')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the payload here (mode 0600, whole or not at all); default: stdout, or a private temporary file when --flash needs {file}')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Endpoint written into the payload (assumed default: the production wss endpoint)')
            [CompletionResult]::new('--nvs-namespace', '--nvs-namespace', [CompletionResultType]::ParameterName, 'NVS namespace for --emit nvs-csv (at most 15 characters)')
            [CompletionResult]::new('--flash', '--flash', [CompletionResultType]::ParameterName, 'Flasher command, run without a shell; {file} = the payload file, {sn} = the SN')
            [CompletionResult]::new('--flash-timeout', '--flash-timeout', [CompletionResultType]::ParameterName, 'Seconds the flasher (and the verifier) may take before the unit fails')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Read-back command whose stdout must reproduce the payload; {sn} and {file} substituted')
            [CompletionResult]::new('--print', '--print', [CompletionResultType]::ParameterName, 'Write the label print job to this file ("-" = stdout). {sn} in the name becomes the unit''s SN (label-{sn}.zpl keeps one file per unit); without it each unit''s label replaces the previous one')
            [CompletionResult]::new('--printer', '--printer', [CompletionResultType]::ParameterName, 'Send the label job to a network printer (raw port 9100)')
            [CompletionResult]::new('--label-format', '--label-format', [CompletionResultType]::ParameterName, 'Printer language of the label')
            [CompletionResult]::new('--copies', '--copies', [CompletionResultType]::ParameterName, 'Copies of the label')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Label size in mm (e.g. 40x30): the largest whole dots per module that fits')
            [CompletionResult]::new('--dpi', '--dpi', [CompletionResultType]::ParameterName, 'Printer resolution in dots per inch')
            [CompletionResult]::new('--dots', '--dots', [CompletionResultType]::ParameterName, 'Dots per module without --label')
            [CompletionResult]::new('--ecc', '--ecc', [CompletionResultType]::ParameterName, 'Error-correction level of the label code')
            [CompletionResult]::new('--quiet-zone', '--quiet-zone', [CompletionResultType]::ParameterName, 'Quiet zone in modules')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--no-caption', '--no-caption', [CompletionResultType]::ParameterName, 'No SN caption under the code')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Allow the payload, secret included, to go to stdout (no --out and no --flash)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Walk through the steps without claiming, writing, flashing or printing; lists every problem that would stop the run before claiming, and exits as the run would')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;line;status' {
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'How many recent failures to show')
            [CompletionResult]::new('--silent-after', '--silent-after', [CompletionResultType]::ParameterName, 'List unfinished units whose station has not moved them for this many seconds (a station that crashed or lost its link; it resumes them on its next `line next`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;line;report' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start time: RFC 3339 (2026-11-28T08:00:00Z) or a date (2026-11-28, UTC midnight)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Export format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write here (whole or not at all) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write here (whole or not at all) instead of stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;line;station' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The station profile (station.toml): store, flasher, printer, slots and the rest')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'Run only this slot (as numbered in the profile, from 1; repeat for several)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain mode: scans as lines on stdin, one line per event on stdout (also when stdout is not a terminal; --json makes the lines NDJSON)')
            [CompletionResult]::new('--hash-pin', '--hash-pin', [CompletionResultType]::ParameterName, 'Read a lead PIN from stdin and print the profile''s lead_pin_hash line for it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;line;help' {
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'Take the next unit (or --sn): issue its payload, flash, verify, print its label')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Units per line state and the last failures')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Export the ledger since a time, as CSV or NDJSON, for the shift''s paperwork')
            [CompletionResult]::new('station', 'station', [CompletionResultType]::ParameterValue, 'The station an operator runs all shift: scan, flash, verify, print, PASS or FAIL')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;line;help;next' {
            break
        }
        'wecom-hw;line;help;status' {
            break
        }
        'wecom-hw;line;help;report' {
            break
        }
        'wecom-hw;line;help;station' {
            break
        }
        'wecom-hw;line;help;help' {
            break
        }
        'wecom-hw;store' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Create the store''s tables or bring them to this version''s schema')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Engine, schema version and row counts of the store')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every unit, batch, ledger line and line record into another store, verified')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;store;migrate' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;store;info' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;store;copy' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace whatever the target holds (its ledger too) instead of refusing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;store;help' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Create the store''s tables or bring them to this version''s schema')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Engine, schema version and row counts of the store')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every unit, batch, ledger line and line record into another store, verified')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;store;help;migrate' {
            break
        }
        'wecom-hw;store;help;info' {
            break
        }
        'wecom-hw;store;help;copy' {
            break
        }
        'wecom-hw;store;help;help' {
            break
        }
        'wecom-hw;doctor' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'The cloud endpoint to check the clock and the network against')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (e.g. the emulator''s ca.pem)')
            [CompletionResult]::new('--printer', '--printer', [CompletionResultType]::ParameterName, 'Check the label printer at tcp://HOST:PORT: reachable, and its status (paper, head, ribbon, pause)')
            [CompletionResult]::new('--flasher', '--flasher', [CompletionResultType]::ParameterName, 'Check that a flasher or verifier command exists and is executable (repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Check everything a station profile names, as `line station` does before it starts: its store, printer and label, every command, the free disk')
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Run only these checks: a group (profile, clock, network, store, printer, bluetooth, flasher, machine) or one check (network.tls)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds each network step may take')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--ble', '--ble', [CompletionResultType]::ParameterName, 'Check Bluetooth: the system D-Bus, bluetoothd, an adapter present and powered, rfkill')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit non-zero on warnings too')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;console' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address and port to serve the pages on')
            [CompletionResult]::new('--cloud-dir', '--cloud-dir', [CompletionResultType]::ParameterName, 'State directory of a running `cloud serve`: adds the emulator page (devices, bind, unbind, push, live frame logs, fault switches) through its control socket')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Accept a --listen address other than loopback (anyone who can reach it and holds the printed token sees the line)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;demo' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Directory for everything the demo writes (store, labels, emulator state)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Registration export to import (default: the sample that ships with wecom-hw)')
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Unit to run through the cloud lifecycle (default: the first one imported)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on the cloud lifecycle after this many seconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;gen-assets' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB')
            [CompletionResult]::new('--station', '--station', [CompletionResultType]::ParameterName, 'Station name written into ledger entries (default: the host name)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Accept a store file that group or others may read (it holds SecretNos)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)')
            [CompletionResult]::new('qr', 'qr', [CompletionResultType]::ParameterValue, 'Draw bind, login, label and Bluetooth QR codes: PNG, SVG, terminal, ZPL, TSPL, PDF')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read the vendor console''s registration export, validate it and load it into the store')
            [CompletionResult]::new('devices', 'devices', [CompletionResultType]::ParameterValue, 'List, show and export the units in the device store')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Be the device: connect to the cloud over wss, register, activate, log in, handle pushes')
            [CompletionResult]::new('cloud', 'cloud', [CompletionResultType]::ParameterValue, 'Run a local emulator of the WeCom device cloud, and bind/unbind/push as its admin')
            [CompletionResult]::new('ble', 'ble', [CompletionResultType]::ParameterValue, 'Bluetooth LE: scan for WeCom devices, read status, provision Wi-Fi, show the discovery QR')
            [CompletionResult]::new('line', 'line', [CompletionResultType]::ParameterValue, 'Production line: issue each unit''s secret for flashing and print its label, once')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'The device store itself: migrate its schema, show what it holds, copy it between SQLite and PostgreSQL')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check what is wrong around the tool: clock, network and TLS, store, printer, Bluetooth, flasher, this machine')
            [CompletionResult]::new('console', 'console', [CompletionResultType]::ParameterValue, 'Watch the line and the emulator live in a browser: a local web console')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the whole job on built-in defaults: import the sample export, print labels, bring a unit online through the emulator, provision Wi-Fi')
            [CompletionResult]::new('gen-assets', 'gen-assets', [CompletionResultType]::ParameterValue, 'Write shell completions and man pages generated from these definitions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;help;sign' {
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Dynamic bind QR signature (type=qrcode, valid 30 minutes)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Dynamic login QR signature (type=dynamic_login plus --state, valid 1800 s)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, '`register` device_signature (valid 5 minutes)')
            [CompletionResult]::new('secret-no', 'secret-no', [CompletionResultType]::ParameterValue, '`get_secret_no` device_signature, signed with the seedSecretNo (valid 5 minutes)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a scanned bind/login URL: signature, age and time left')
            break
        }
        'wecom-hw;help;sign;bind' {
            break
        }
        'wecom-hw;help;sign;login' {
            break
        }
        'wecom-hw;help;sign;register' {
            break
        }
        'wecom-hw;help;sign;secret-no' {
            break
        }
        'wecom-hw;help;sign;verify' {
            break
        }
        'wecom-hw;help;qr' {
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Dynamic bind code (type=qrcode), signed like `sign bind`; valid 30 minutes')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Dynamic login code (type=dynamic_login, needs --state), valid 1800 s')
            [CompletionResult]::new('static', 'static', [CompletionResultType]::ParameterValue, 'Static label code (…/connect/hardware?hw_code=…), one or a batch from --input')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Any text as a QR code')
            [CompletionResult]::new('bluetooth', 'bluetooth', [CompletionResultType]::ParameterValue, 'The code that makes the WeCom app look for devices over Bluetooth')
            break
        }
        'wecom-hw;help;qr;bind' {
            break
        }
        'wecom-hw;help;qr;login' {
            break
        }
        'wecom-hw;help;qr;static' {
            break
        }
        'wecom-hw;help;qr;url' {
            break
        }
        'wecom-hw;help;qr;bluetooth' {
            break
        }
        'wecom-hw;help;import' {
            break
        }
        'wecom-hw;help;devices' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List units: SN, status, batch, device id, static URL')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Everything the store knows about one unit, with its ledger')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write units to CSV, NDJSON or XLSX (stdout, or a file written atomically)')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'List import batches: when, from which file, how many units, seed or per-device')
            break
        }
        'wecom-hw;help;devices;list' {
            break
        }
        'wecom-hw;help;devices;show' {
            break
        }
        'wecom-hw;help;devices;export' {
            break
        }
        'wecom-hw;help;devices;batches' {
            break
        }
        'wecom-hw;help;connect' {
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Log in, make one call, print its answer, exit. Gives up with exit 7 after 5 failed connection attempts in a row (--connect-attempts)')
            break
        }
        'wecom-hw;help;connect;call' {
            [CompletionResult]::new('firmware', 'firmware', [CompletionResultType]::ParameterValue, 'get_firmware_info: the latest published firmware')
            [CompletionResult]::new('corp', 'corp', [CompletionResultType]::ParameterValue, 'get_corp_info: the corp the device is bound to')
            [CompletionResult]::new('time', 'time', [CompletionResultType]::ParameterValue, 'get_timestamp: the cloud''s clock and our offset')
            [CompletionResult]::new('error-report', 'error-report', [CompletionResultType]::ParameterValue, 'error_report: report a device error')
            [CompletionResult]::new('upload-log', 'upload-log', [CompletionResultType]::ParameterValue, 'upload_log: upload FILE as a binary v1 upload (last 2 MiB)')
            [CompletionResult]::new('login-qr', 'login-qr', [CompletionResultType]::ParameterValue, 'gen_login_qrcode: fetch the static login QR, save it, print its URL')
            [CompletionResult]::new('selfhelp', 'selfhelp', [CompletionResultType]::ParameterValue, 'selfhelp_notify: ask the cloud to push DATA back')
            break
        }
        'wecom-hw;help;connect;call;firmware' {
            break
        }
        'wecom-hw;help;connect;call;corp' {
            break
        }
        'wecom-hw;help;connect;call;time' {
            break
        }
        'wecom-hw;help;connect;call;error-report' {
            break
        }
        'wecom-hw;help;connect;call;upload-log' {
            break
        }
        'wecom-hw;help;connect;call;login-qr' {
            break
        }
        'wecom-hw;help;connect;call;selfhelp' {
            break
        }
        'wecom-hw;help;cloud' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the emulator (TLS WebSocket server) until Ctrl-C')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind a device to a corp: new secret, push_bind_corp to the live connection')
            [CompletionResult]::new('unbind', 'unbind', [CompletionResultType]::ParameterValue, 'Unbind a device: its secret becomes invalid, push_unbind_corp is sent')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Send a push to a connected device')
            [CompletionResult]::new('publish-firmware', 'publish-firmware', [CompletionResultType]::ParameterValue, 'Publish a firmware image: get_firmware_info reports it (md5 and size computed)')
            [CompletionResult]::new('reset-secret-no', 'reset-secret-no', [CompletionResultType]::ParameterValue, 'Let a seed-model device exchange its seedSecretNo again')
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Mark a device expired: register answers 600051')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Close a device''s connection (the device should reconnect)')
            [CompletionResult]::new('set-clock-skew', 'set-clock-skew', [CompletionResultType]::ParameterValue, 'Skew the cloud''s clock (get_timestamp and the signature window) by SECS')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show devices, connections, bindings and uploads (never a secret)')
            break
        }
        'wecom-hw;help;cloud;serve' {
            break
        }
        'wecom-hw;help;cloud;bind' {
            break
        }
        'wecom-hw;help;cloud;unbind' {
            break
        }
        'wecom-hw;help;cloud;push' {
            break
        }
        'wecom-hw;help;cloud;publish-firmware' {
            break
        }
        'wecom-hw;help;cloud;reset-secret-no' {
            break
        }
        'wecom-hw;help;cloud;expire' {
            break
        }
        'wecom-hw;help;cloud;drop' {
            break
        }
        'wecom-hw;help;cloud;set-clock-skew' {
            break
        }
        'wecom-hw;help;cloud;status' {
            break
        }
        'wecom-hw;help;ble' {
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'List WeCom devices in range: address, RSSI, device ID, bind state, battery, sign check')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Connect, handshake, read FCC9 (MAC, protocol version) and the device''s Wi-Fi status')
            [CompletionResult]::new('wifi-list', 'wifi-list', [CompletionResultType]::ParameterValue, 'Ask the device for the Wi-Fi networks it sees (command IDs assumed, configurable)')
            [CompletionResult]::new('provision', 'provision', [CompletionResultType]::ParameterValue, 'Send Wi-Fi settings and wait for the device''s report')
            [CompletionResult]::new('qr', 'qr', [CompletionResultType]::ParameterValue, 'Print the WeCom Bluetooth discovery QR code (hw/f?t=bt) on the terminal')
            break
        }
        'wecom-hw;help;ble;scan' {
            break
        }
        'wecom-hw;help;ble;status' {
            break
        }
        'wecom-hw;help;ble;wifi-list' {
            break
        }
        'wecom-hw;help;ble;provision' {
            break
        }
        'wecom-hw;help;ble;qr' {
            break
        }
        'wecom-hw;help;line' {
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'Take the next unit (or --sn): issue its payload, flash, verify, print its label')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Units per line state and the last failures')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Export the ledger since a time, as CSV or NDJSON, for the shift''s paperwork')
            [CompletionResult]::new('station', 'station', [CompletionResultType]::ParameterValue, 'The station an operator runs all shift: scan, flash, verify, print, PASS or FAIL')
            break
        }
        'wecom-hw;help;line;next' {
            break
        }
        'wecom-hw;help;line;status' {
            break
        }
        'wecom-hw;help;line;report' {
            break
        }
        'wecom-hw;help;line;station' {
            break
        }
        'wecom-hw;help;store' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Create the store''s tables or bring them to this version''s schema')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Engine, schema version and row counts of the store')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every unit, batch, ledger line and line record into another store, verified')
            break
        }
        'wecom-hw;help;store;migrate' {
            break
        }
        'wecom-hw;help;store;info' {
            break
        }
        'wecom-hw;help;store;copy' {
            break
        }
        'wecom-hw;help;doctor' {
            break
        }
        'wecom-hw;help;console' {
            break
        }
        'wecom-hw;help;demo' {
            break
        }
        'wecom-hw;help;gen-assets' {
            break
        }
        'wecom-hw;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
