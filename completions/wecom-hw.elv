
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
        &'wecom-hw;help;gen-assets'= {
        }
        &'wecom-hw;help;help'= {
        }
    ]
    $completions[$command]
}
