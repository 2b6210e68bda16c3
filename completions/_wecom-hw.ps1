
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
