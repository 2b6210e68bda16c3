
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
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)')
            [CompletionResult]::new('ble', 'ble', [CompletionResultType]::ParameterValue, 'Bluetooth LE: scan for WeCom devices, read status, provision Wi-Fi, show the discovery QR')
            [CompletionResult]::new('gen-assets', 'gen-assets', [CompletionResultType]::ParameterValue, 'Write shell completions and man pages generated from these definitions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wecom-hw;sign' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
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
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Unix seconds to sign (default: now, UTC)')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Nonce to sign (default: a random u64; per row in batches)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Opaque state for login codes, returned to the device in push_user_scan')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Batch input format (default: from the extension; required for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Batch output format (default: ndjson with --json, else csv)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Print the whole URL instead of the signature (bind and login only)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show the inputs (secret masked), their sorted order, the canonical string and digest')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;sign;login' {
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Device serial number ([0-9A-Za-z], at most 128)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Unix seconds to sign (default: now, UTC)')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Nonce to sign (default: a random u64; per row in batches)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Opaque state for login codes, returned to the device in push_user_scan')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Batch input format (default: from the extension; required for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Batch output format (default: ndjson with --json, else csv)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Print the whole URL instead of the signature (bind and login only)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show the inputs (secret masked), their sorted order, the canonical string and digest')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;sign;register' {
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Device serial number ([0-9A-Za-z], at most 128)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Unix seconds to sign (default: now, UTC)')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Nonce to sign (default: a random u64; per row in batches)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Opaque state for login codes, returned to the device in push_user_scan')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Batch input format (default: from the extension; required for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Batch output format (default: ndjson with --json, else csv)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Print the whole URL instead of the signature (bind and login only)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show the inputs (secret masked), their sorted order, the canonical string and digest')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;sign;secret-no' {
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Device serial number ([0-9A-Za-z], at most 128)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Unix seconds to sign (default: now, UTC)')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Nonce to sign (default: a random u64; per row in batches)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Opaque state for login codes, returned to the device in push_user_scan')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Batch input format (default: from the extension; required for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Batch: write results here (atomically) instead of stdout')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Batch output format (default: ndjson with --json, else csv)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Print the whole URL instead of the signature (bind and login only)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show the inputs (secret masked), their sorted order, the canonical string and digest')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;sign;verify' {
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Judge validity at this time instead of now (unix seconds)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
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
        'wecom-hw;ble' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where to talk to devices: the real radio, or the in-process simulator')
            [CompletionResult]::new('--adapter', '--adapter', [CompletionResultType]::ParameterName, 'Bluetooth controller to use (e.g. hci1); default: the first one')
            [CompletionResult]::new('--sim-fault', '--sim-fault', [CompletionResultType]::ParameterName, 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay')
            [CompletionResult]::new('--sim-secret-env', '--sim-secret-env', [CompletionResultType]::ParameterName, 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)')
            [CompletionResult]::new('--sim-advert', '--sim-advert', [CompletionResultType]::ParameterName, 'Advertising layout of the simulated device')
            [CompletionResult]::new('--ed-sign-order', '--ed-sign-order', [CompletionResultType]::ParameterName, '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--ed-sign-first', '--ed-sign-first', [CompletionResultType]::ParameterName, '0xED layout (assumed): the sign comes before the nonce')
            [CompletionResult]::new('--ed-nonce-le', '--ed-nonce-le', [CompletionResultType]::ParameterName, '0xED layout (assumed): the nonce is little-endian')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to scan, in seconds')
            [CompletionResult]::new('--device-id', '--device-id', [CompletionResultType]::ParameterName, 'Only devices with this device ID (decimal, as in the vendor console)')
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Only this SN (needs the device store to map SN to device ID; adverts carry no SN)')
            [CompletionResult]::new('--pick', '--pick', [CompletionResultType]::ParameterName, 'Report a single device: the strongest, the first seen, or the only one')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where to talk to devices: the real radio, or the in-process simulator')
            [CompletionResult]::new('--adapter', '--adapter', [CompletionResultType]::ParameterName, 'Bluetooth controller to use (e.g. hci1); default: the first one')
            [CompletionResult]::new('--sim-fault', '--sim-fault', [CompletionResultType]::ParameterName, 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay')
            [CompletionResult]::new('--sim-secret-env', '--sim-secret-env', [CompletionResultType]::ParameterName, 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)')
            [CompletionResult]::new('--sim-advert', '--sim-advert', [CompletionResultType]::ParameterName, 'Advertising layout of the simulated device')
            [CompletionResult]::new('--ed-sign-order', '--ed-sign-order', [CompletionResultType]::ParameterName, '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--ed-sign-first', '--ed-sign-first', [CompletionResultType]::ParameterName, '0xED layout (assumed): the sign comes before the nonce')
            [CompletionResult]::new('--ed-nonce-le', '--ed-nonce-le', [CompletionResultType]::ParameterName, '0xED layout (assumed): the nonce is little-endian')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;ble;status' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning')
            [CompletionResult]::new('--device-id', '--device-id', [CompletionResultType]::ParameterName, 'When scanning: only this device ID')
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Expected SN: checked against the device''s handshake (10001); wrong unit → exit 4')
            [CompletionResult]::new('--pick', '--pick', [CompletionResultType]::ParameterName, 'When scanning: which device to use')
            [CompletionResult]::new('--scan-timeout', '--scan-timeout', [CompletionResultType]::ParameterName, 'Seconds to scan for the device')
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM')
            [CompletionResult]::new('--step-timeout', '--step-timeout', [CompletionResultType]::ParameterName, 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)')
            [CompletionResult]::new('--attempts', '--attempts', [CompletionResultType]::ParameterName, 'Attempts for transient Bluetooth errors (connect, write, read)')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where to talk to devices: the real radio, or the in-process simulator')
            [CompletionResult]::new('--adapter', '--adapter', [CompletionResultType]::ParameterName, 'Bluetooth controller to use (e.g. hci1); default: the first one')
            [CompletionResult]::new('--sim-fault', '--sim-fault', [CompletionResultType]::ParameterName, 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay')
            [CompletionResult]::new('--sim-secret-env', '--sim-secret-env', [CompletionResultType]::ParameterName, 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)')
            [CompletionResult]::new('--sim-advert', '--sim-advert', [CompletionResultType]::ParameterName, 'Advertising layout of the simulated device')
            [CompletionResult]::new('--ed-sign-order', '--ed-sign-order', [CompletionResultType]::ParameterName, '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--ed-sign-first', '--ed-sign-first', [CompletionResultType]::ParameterName, '0xED layout (assumed): the sign comes before the nonce')
            [CompletionResult]::new('--ed-nonce-le', '--ed-nonce-le', [CompletionResultType]::ParameterName, '0xED layout (assumed): the nonce is little-endian')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;ble;wifi-list' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning')
            [CompletionResult]::new('--device-id', '--device-id', [CompletionResultType]::ParameterName, 'When scanning: only this device ID')
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Expected SN: checked against the device''s handshake (10001); wrong unit → exit 4')
            [CompletionResult]::new('--pick', '--pick', [CompletionResultType]::ParameterName, 'When scanning: which device to use')
            [CompletionResult]::new('--scan-timeout', '--scan-timeout', [CompletionResultType]::ParameterName, 'Seconds to scan for the device')
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM')
            [CompletionResult]::new('--step-timeout', '--step-timeout', [CompletionResultType]::ParameterName, 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)')
            [CompletionResult]::new('--attempts', '--attempts', [CompletionResultType]::ParameterName, 'Attempts for transient Bluetooth errors (connect, write, read)')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given')
            [CompletionResult]::new('--wifi-list-request-id', '--wifi-list-request-id', [CompletionResultType]::ParameterName, 'Command ID of the Wi-Fi list request (assumed 30005)')
            [CompletionResult]::new('--wifi-list-answer-id', '--wifi-list-answer-id', [CompletionResultType]::ParameterName, 'Command ID of the device''s Wi-Fi list answer (assumed 10005)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where to talk to devices: the real radio, or the in-process simulator')
            [CompletionResult]::new('--adapter', '--adapter', [CompletionResultType]::ParameterName, 'Bluetooth controller to use (e.g. hci1); default: the first one')
            [CompletionResult]::new('--sim-fault', '--sim-fault', [CompletionResultType]::ParameterName, 'Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay')
            [CompletionResult]::new('--sim-secret-env', '--sim-secret-env', [CompletionResultType]::ParameterName, 'Environment variable holding the simulated device''s SecretNo (default: the text `secretNo`)')
            [CompletionResult]::new('--sim-advert', '--sim-advert', [CompletionResultType]::ParameterName, 'Advertising layout of the simulated device')
            [CompletionResult]::new('--ed-sign-order', '--ed-sign-order', [CompletionResultType]::ParameterName, '0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--ed-sign-first', '--ed-sign-first', [CompletionResultType]::ParameterName, '0xED layout (assumed): the sign comes before the nonce')
            [CompletionResult]::new('--ed-nonce-le', '--ed-nonce-le', [CompletionResultType]::ParameterName, '0xED layout (assumed): the nonce is little-endian')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;ble;provision' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning')
            [CompletionResult]::new('--device-id', '--device-id', [CompletionResultType]::ParameterName, 'When scanning: only this device ID')
            [CompletionResult]::new('--sn', '--sn', [CompletionResultType]::ParameterName, 'Expected SN: checked against the device''s handshake (10001); wrong unit → exit 4')
            [CompletionResult]::new('--pick', '--pick', [CompletionResultType]::ParameterName, 'When scanning: which device to use')
            [CompletionResult]::new('--scan-timeout', '--scan-timeout', [CompletionResultType]::ParameterName, 'Seconds to scan for the device')
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM')
            [CompletionResult]::new('--step-timeout', '--step-timeout', [CompletionResultType]::ParameterName, 'Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)')
            [CompletionResult]::new('--attempts', '--attempts', [CompletionResultType]::ParameterName, 'Attempts for transient Bluetooth errors (connect, write, read)')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every packet both ways, decoded, as NDJSON to this file (passwords masked)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Environment variable to read the secret from when no file or stdin is given')
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
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of standard input')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the Wi-Fi password from the first line of standard input')
            [CompletionResult]::new('--ed-sign-first', '--ed-sign-first', [CompletionResultType]::ParameterName, '0xED layout (assumed): the sign comes before the nonce')
            [CompletionResult]::new('--ed-nonce-le', '--ed-nonce-le', [CompletionResultType]::ParameterName, '0xED layout (assumed): the nonce is little-endian')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
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
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--invert', '--invert', [CompletionResultType]::ParameterName, 'Light modules as blocks instead of dark ones (for dark terminal themes)')
            [CompletionResult]::new('--ed-sign-first', '--ed-sign-first', [CompletionResultType]::ParameterName, '0xED layout (assumed): the sign comes before the nonce')
            [CompletionResult]::new('--ed-nonce-le', '--ed-nonce-le', [CompletionResultType]::ParameterName, '0xED layout (assumed): the nonce is little-endian')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
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
        'wecom-hw;gen-assets' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON (one object per line for streams and batches)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr; repeat for more detail (-vv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors, no progress or notes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wecom-hw;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)')
            [CompletionResult]::new('ble', 'ble', [CompletionResultType]::ParameterValue, 'Bluetooth LE: scan for WeCom devices, read status, provision Wi-Fi, show the discovery QR')
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
