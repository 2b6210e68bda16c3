# Messages wecom-hw prints, looked up with `crate::fl!` (checked at compile time against
# this file). Keep the same ids and variables in ../zh-CN/wecom-hw.ftl: a test compares
# them. Group by the module that prints them; prefix ids with the module (`import-…`).
# The clap help lives in help.ftl.

## output.rs: how every command reports

# The label of a failure line on stderr.
output-error = error
# The label of a warning line on stderr.
output-warning = warning
# The label of the line after an error that says what to do next.
output-hint = hint
# A labelled line: "error: …". The label may carry colour codes.
output-labelled = { $label }: { $text }

## The exit codes (README, `--help`, man page)

exit-code-0 = success
exit-code-2 = usage: the command line is wrong
exit-code-3 = bad input data: a file, row, column, SN, URL or secret source
exit-code-4 = verification failed: bad signature, or a code that did not decode back
exit-code-5 = expired: a signed code or request is past its validity window
exit-code-6 = conflict with the device store (duplicate SN, unit already issued)
exit-code-7 = network or device unreachable
exit-code-8 = the cloud rejected a request (non-zero errcode)
exit-code-9 = a step timed out
exit-code-10 = local I/O error (file or store)
exit-code-70 = internal error (a bug: please report it)

## doctor

# Status words of the checklist (`--json` keeps ok/warn/fail/skip).
doctor-status-ok = ok
doctor-status-warn = warn
doctor-status-fail = FAIL
doctor-status-skip = skip
# The label of the line under a check that says what to do.
doctor-fix = fix
doctor-fix-line = { $label }: { $text }
doctor-summary = { $ok } ok, { $warned ->
        [one] 1 warning
       *[other] { $warned } warnings
    }, { $failed } failed, { $skipped } skipped
doctor-verdict = check { $name } did not pass ({ $failed } failed, { $warned ->
        [one] 1 warning
       *[other] { $warned } warnings
    })
doctor-only-unknown = not a check: use one of { $groups }, or GROUP.CHECK (e.g. network.tls)
doctor-endpoint-bad = --endpoint { $url } is not a wss:// (or ws://) URL
doctor-skip-after-failure = not checked: an earlier step failed
doctor-skip-give = not checked: give { $flag }
doctor-list-separator = { ", " }
doctor-timed-out = no answer within { $secs } s
doctor-on = on
doctor-off = off
# clock
doctor-clock-unmeasured = not measured: the endpoint did not answer
doctor-clock-skew = { $skew } s (the cloud's clock minus this machine's, by { $source })
doctor-clock-warn-hint = turn on time synchronisation (NTP): `timedatectl set-ntp true`, then `timedatectl status`
doctor-clock-fail-hint = every signature is outside its 300 s window (the cloud answers 600011/600013/600023): set the clock with NTP (`timedatectl set-ntp true`) and check again; off by { $skew } s
# network
doctor-proxy-none = no proxy variables set
doctor-proxy-set = set: { $vars } (wecom-hw connects directly and ignores them)
doctor-proxy-hint = if only the proxy may reach the internet here, ask for openhw.work.weixin.qq.com port 443 to be allowed directly
doctor-dns-ok = { $host }: { $addrs } ({ $ms } ms)
doctor-dns-none = { $host } resolves to no address ({ $ms } ms)
doctor-dns-failed = { $host } does not resolve: { $error }
doctor-dns-hint = check the host name and the DNS server (`resolvectl query { $host }` or /etc/resolv.conf)
doctor-tcp-ok = connected to { $addr } ({ $ms } ms)
doctor-tcp-failed = cannot connect to { $endpoint }: { $error }
doctor-tcp-hint = check that { $endpoint } is reachable from here: cable, Wi-Fi, firewall (outgoing port 443)
doctor-trust = system roots ({ $system }) and the bundled Mozilla roots
doctor-trust-with-ca = system roots ({ $system }), the bundled Mozilla roots and { $file }
doctor-tls-ok = issuer { $issuer }, expires in { $days } days, SNI { $sni }, trusted by { $trust } ({ $ms } ms)
doctor-tls-expiry-hint = the certificate of { $host } is expired or about to expire: tell whoever runs that server
doctor-tls-untrusted = certificate from { $issuer } is not trusted: { $error }; trust store: { $trust }
doctor-tls-untrusted-hint = if { $host } is the WeCom cloud, a firewall or proxy may be inspecting TLS (possible TLS inspection): ask for the host to be exempted; for a private or emulator CA give --ca-file
doctor-tls-no-certificate = (no certificate)
doctor-tls-system-only = { $value }; trusted only through a root added to this machine's trust store (possible TLS inspection)
doctor-tls-failed = TLS handshake failed: { $error }
doctor-tls-bad-name = { $host } cannot be used as a TLS server name
doctor-tls-plain = plain ws://: no TLS
doctor-ca-file-hint = give a readable PEM file with --ca-file
doctor-ws-ok = upgraded ({ $ms } ms)
doctor-ws-failed = WebSocket upgrade failed: { $error }
doctor-ws-hint = check the path of { $url }; a proxy or firewall may block WebSocket
# store
doctor-store-nowhere = not checked: no store location (give --store)
doctor-store-missing = no store at { $path }
doctor-store-missing-hint = importing a registration export creates it (`wecom-hw import --help` shows how), or give --store
doctor-store-unreadable = { $path } cannot be read: { $error }
doctor-store-unreadable-hint = check the permissions of { $path } and of its directory
doctor-store-file = { $path }, mode { $mode }, directory mode { $dir_mode }
doctor-store-mode-hint = the store holds SecretNos and others may read it: run `{ $command }` (or give --allow-shared-store if sharing is intended)
doctor-store-dir-hint = others may write the store's directory and replace the file: run `{ $command }`
doctor-store-schema = schema version { $version } (this wecom-hw writes { $current })
doctor-store-too-new-hint = a newer wecom-hw wrote this store: update wecom-hw on this machine
doctor-store-integrity-ok = quick check ok ({ $ms } ms)
doctor-store-integrity-bad = quick check found damage: { $detail }
doctor-store-corrupt-hint = restore { $path } from a backup, or copy what is readable into a new store
doctor-store-no-units = no units yet
doctor-store-pg-server = { $url }: PostgreSQL { $version }, TLS { $tls }
doctor-store-pg-hint = check { $url } and the role's rights
doctor-store-pg-privileges-ok = SELECT, INSERT, UPDATE on the store's tables
doctor-store-pg-privileges-missing = missing: { $missing }
doctor-store-pg-privileges-hint = ask the database owner to GRANT these to the role in --store
# printer
doctor-printer-url-hint = give the printer as tcp://HOST:PORT (port 9100 on most)
doctor-printer-unreachable = { $printer } does not answer: { $error }
doctor-printer-unreachable-hint = check the printer's power, cable and IP address
doctor-printer-silent = { $printer } is reachable ({ $ms } ms) but did not answer a status query
doctor-printer-silent-hint = its paper and head cannot be checked from here: look at the printer, or print a test label
doctor-printer-ready = { $printer } ({ $language }): ready
doctor-printer-not-ready = { $printer } ({ $language }): { $problems }
doctor-printer-not-ready-hint = fix it at the printer (load labels or ribbon, close the head, press pause/feed), then check again
doctor-printer-paper-out = paper out
doctor-printer-head-open = head open
doctor-printer-ribbon-out = ribbon out
doctor-printer-paused = paused
doctor-printer-jammed = paper jam
doctor-printer-error = printer error
# flasher
doctor-flasher-ok = { $program }: { $path }
doctor-flasher-missing = { $program } is not found on PATH
doctor-flasher-missing-hint = install the flasher, or give its full path in the command
doctor-flasher-not-executable = { $path } is not executable
doctor-flasher-chmod-hint = run `{ $command }`
# bluetooth
doctor-dbus-ok = system D-Bus reachable
doctor-dbus-failed = cannot reach the system D-Bus: { $error }
doctor-dbus-hint = start D-Bus (`systemctl status dbus`); in a container, mount /run/dbus/system_bus_socket
doctor-bluetoothd-ok = bluetoothd (org.bluez) is running
doctor-bluetoothd-missing = bluetoothd is not running (nobody owns org.bluez)
doctor-bluetoothd-hint = start it: `sudo systemctl start bluetooth` (package bluez)
doctor-adapter-unlisted = BlueZ did not list its adapters: { $error }
doctor-bluetooth-permission-hint = the D-Bus policy refuses this user: add it to the group `bluetooth` (or the group the policy names), then log in again
doctor-adapter-none = no Bluetooth adapter
doctor-adapter-not-named = no adapter named { $adapter }
doctor-adapter-none-hint = plug in a Bluetooth adapter, then check `bluetoothctl list` and `rfkill list`
doctor-adapter-on = { $adapter } powered on
doctor-adapter-off = { $adapter } is powered off
doctor-adapter-off-hint = power it on: `bluetoothctl power on` (if that fails, `rfkill unblock bluetooth`)
doctor-rfkill-ok = not blocked ({ $radios } Bluetooth radios listed by rfkill)
doctor-rfkill-soft = { $radio } is blocked by rfkill
doctor-rfkill-soft-hint = run `rfkill unblock bluetooth`
doctor-rfkill-hard = { $radio } is switched off by a hardware switch
doctor-rfkill-hard-hint = turn on the wireless switch or key of this machine
# this machine
doctor-locale = { $locale }, wecom-hw speaks { $lang }
doctor-locale-unset = no locale variable set
doctor-disk-free = { $free } GiB free in { $dir }
doctor-disk-hint = free some space where the store lives: imports and store copies need room
doctor-terminal = { $width } columns, colour { $color }
doctor-terminal-none = output is not a terminal
## docs: the books' generated command reference (gen-assets)

docs-commands-generated = generated by `wecom-hw gen-assets .` from the command definitions and the help catalogs: do not edit
docs-commands-title = Commands and flags
docs-commands-intro = Every command and flag, with its help exactly as `wecom-hw COMMAND --help` prints it. The exit codes are in [Exit codes and error codes](exit-codes.md).
docs-errcodes-title = WeCom's error codes (errcode)
docs-errcodes-intro = Every code WeCom's cloud answers with that the tool knows, as `connect`, `cloud` and the hints show them: the meaning, WeCom's own Chinese errmsg where it has one, and what to do. How to read them on a real device: [Reading 600xxx errors](../technician/errors.md).
docs-errcodes-columns = errcode | meaning | WeCom's Chinese errmsg | what to do
docs-errcodes-generated = generated by `wecom-hw gen-assets .` from the table in src/core/errcode.rs: do not edit
## connect and cloud

# One 600xxx code for a person: the code, its meaning, what to do.
errcode-describe = { $code } { $meaning } — { $todo }
# The same with WeCom's own Chinese errmsg, where it differs from the meaning.
errcode-describe-errmsg = { $code } { $meaning } ({ $errmsg }) — { $todo }
errcode-unknown = { $code } (not in WeCom's 600xxx table)

# connect: --endpoint and --ca-file
connect-endpoint-not-url = --endpoint { $url } is not a URL
connect-endpoint-no-host = --endpoint { $url } has no host
connect-endpoint-plain = --endpoint { $url } is plain ws:// (no TLS): add --insecure-plain to allow it, for a local emulator only
connect-endpoint-scheme = --endpoint { $url } must start with wss://
connect-ca-file-plain = --ca-file applies to wss:// endpoints only
connect-ca-file-unreadable = cannot read --ca-file { $path }
connect-ca-file-not-pem = --ca-file { $path } is not PEM
connect-ca-file-empty = --ca-file { $path } holds no certificate
connect-ca-file-unusable = --ca-file { $path }: unusable certificate

# connect: arguments and secrets
connect-until-bad = --until { $value }: expected registered, bound, subscribed or a push name (push_...)
connect-until-bad-hint = known pushes: { $pushes }
connect-until-with-call = --until and `call` exclude each other: a call ends the run itself
connect-seed-not-kept = a seed unit without --state-file or a device store entry: the exchanged SecretNo is not kept, and the cloud refuses a second exchange ({ $code })
connect-transcript-failed = cannot open transcript { $path }
connect-download-dir-not-dir = --download-dir { $dir } is not a directory
connect-download-dir-not-dir-hint = give a directory for the firmware images (--download-dir DIR)
connect-download-dir-missing-hint = create it first ({ $mkdir }), or give another --download-dir
connect-no-secret = no { $what } given for SN { $sn }, and the device store { $store } does not hold this SN
connect-no-secret-hint = use --secret-file PATH, --secret-stdin or set { $env }; or import the registration export that lists SN { $sn } into the store ({ $command } shows how)
connect-seed-not-seed = --seed: the device store holds SN { $sn } with its own SecretNo, not a seed
connect-seed-not-seed-hint = drop --seed, or give the seedSecretNo with --secret-file
connect-secret-from = { $what } from { $origin } (fingerprint { $fingerprint })
connect-secret-from-store = { $what } from the device store { $store } (SN { $sn }, fingerprint { $fingerprint })
# Starting an async runtime failed (connect, cloud serve).
runtime-failed = cannot start the runtime

# connect: the run's end
connect-interrupted = interrupted: connection closed
connect-timed-out = timed out after { $secs } s waiting for { $goal }; last state: { $last }
connect-goal-registered = registered
connect-goal-bound = bound
connect-goal-subscribed = subscribed
connect-goal-push = push { $cmd }
connect-goal-call = the call answered
connect-goal-done = done
connect-reaction-failed = reaction to { $cmd } failed: { $error }

# connect: a request the cloud refused
connect-refused = `{ $step }` refused by the cloud: { $what } [{ $errmsg }]
connect-refused-600002 = { $code } { $meaning } (设备已注册): the cloud serves SN { $sn } on another live connection, not on this one
connect-hint-600001 = is the SN registered for this model in the console (or in the emulator's --devices)?
connect-hint-600002 = another connection of SN { $sn } is live on the cloud (a second connect of this SN, or the unit itself): stop it, or wait until the cloud drops it, then run this again
connect-hint-600011 = the SecretNo does not match SN { $sn }; check the secret source { $source ->
        [exchange] (a seedSecretNo)
        [seed] (the SecretNo exchanged for the seed)
       *[other] (use --seed for a shared seedSecretNo)
    }
connect-hint-600011-sign = ; { $command } shows the canonical string and signature that were sent
connect-hint-600047 = the seed exchange is not possible now: already exchanged or registered (the vendor can reset the SecretNo)

# connect: reaching the cloud
connect-connecting = connecting to { $url } as { $sn }
connect-connecting-again = connecting to { $url } (attempt { $attempt })
connect-hint-certificate = the server certificate is not trusted: give its CA with --ca-file (for the emulator: the ca.pem it prints)
connect-unreachable = cannot connect to { $url } { $why }; last error at step { $step }: { $error }
connect-unreachable-deadline = within the { $secs } s of --timeout{ $attempts ->
        [0] {""}
        [one] {" "}(1 attempt)
       *[other] {" "}({ $attempts } attempts)
    }
connect-unreachable-attempts = { $attempts ->
        [one] (1 attempt, --connect-attempts)
       *[other] ({ $attempts } attempts in a row, --connect-attempts)
    }
connect-step-tcp = TCP connect
connect-step-tls = TLS handshake
connect-step-upgrade = WebSocket upgrade
connect-step-timeout = connect
connect-hint-tcp = check the host and port of --endpoint and the network (DNS, firewall, proxy); for a local emulator: is cloud serve running and listening there?
connect-hint-tls = the TLS handshake failed: check that --endpoint speaks wss:// (TLS) on that port
connect-hint-tls-ca = the TLS handshake failed: check that --endpoint speaks wss:// (TLS) on that port, and give a private CA with --ca-file (for the emulator: the ca.pem it prints)
connect-hint-upgrade = the server answered but refused the WebSocket upgrade: check the URL of --endpoint (scheme, host, path)
connect-hint-timeout = nothing answered in time: check the host and port of --endpoint and the network (firewall, proxy), or give a longer --timeout

# connect: lifecycle lines (stderr; --json prints the events instead)
connect-connected = connected
connect-time-synced = cloud time { $time } (device offset { $offset } s)
connect-clock-skew = the device clock is { $skew } { $direction ->
        [behind] behind
       *[ahead] ahead of
    } the cloud's; signing with the cloud's time
connect-secret-exchanged = seed exchanged: device SecretNo stored (fingerprint { $fingerprint })
connect-registered-code-stored = registered (active_code stored)
connect-registered = registered
connect-already-registered = already registered on the cloud: continuing
connect-waiting-for-bind = waiting for an admin to bind { $sn } (active: { $code } { $meaning }); polling every 5 s
connect-still-waiting = still waiting for a bind ({ $polls } polls)
connect-bound = bound to a corp: secret stored
connect-bound-same = bound (same secret)
connect-online = online: subscribed to corp info; heartbeat every { $secs } s
connect-pong = heartbeat answered in { $ms } ms
connect-pong-missed = heartbeat not answered within 10 s ({ $missed } in a row)
connect-push = push { $cmd }
connect-push-body = push { $cmd } { $body }
connect-unbound = unbound ({ $reason }): secret wiped, polling active again
connect-cloud-error = cloud error on `{ $step }`: { $what } [{ $errmsg }]
connect-resend = no reply to `{ $cmd }`; sending again (retry { $attempt })
connect-restart = login restarted on the same connection: { $reason }
connect-malformed = dropped a malformed frame from the cloud ({ $step }): { $detail }
connect-late-reply = dropped a reply to no request in flight [{ $req_id }] ({ $step }): late, or not ours
connect-push-ignored = ignored { $cmd }: a push before `register` succeeded on this connection ({ $step }) cannot be for this device
connect-ping-flood = ping flood: over { $limit } WebSocket pings from the cloud within 1 s; answering them (a newer ping replaces an unsent pong), staying connected
connect-disconnected = disconnected: { $reason }
connect-reconnecting = reconnecting in { $secs } s (attempt { $attempt })
# The last milestone, named in the timeout message.
connect-last-not-connected = not connected
connect-last-connected = connected
connect-last-exchanged = seed exchanged
connect-last-registered = registered
connect-last-waiting = waiting for a bind
connect-last-bound = bound
connect-last-online = online
connect-last-unbound = unbound
connect-last-disconnected = disconnected ({ $reason })

# connect: one-shot calls and reactions
connect-no-firmware = no firmware published ({ $code }): no update available
connect-firmware = firmware { $version } ({ $bytes } bytes, md5 { $md5 })
connect-cloud-time = cloud time { $time } (offset { $offset } s)
connect-error-report-accepted = error report accepted
connect-uploaded = uploaded { $path }
connect-selfhelp-accepted = selfhelp_notify accepted; waiting 3 s for the cloud's push
connect-qr-saved = (saved { $format } as { $path })
connect-qr-saved-undecoded = { $format } image saved as { $path } (not decoded)
connect-qr-undecoded = { $format } image of { $bytes } bytes (not decoded; use --out)
connect-qr-json = gen_login_qrcode answered with JSON, not the binary image
connect-qr-png-bad = login QR: PNG does not decode
connect-qr-none = login QR: no QR code found in the image
connect-qr-bad = login QR: the QR code does not decode
connect-unexpected-binary = `{ $cmd }` got an unexpected binary reply of { $bytes } bytes
connect-log-unreadable = cannot read log file { $path }
connect-cannot-write = cannot write { $path }
connect-on-hint = use CMD=fetch, CMD=upload:FILE or CMD=exec:PROGRAM, e.g. --on push_fetch_log=upload:app.log
connect-on-no-equals = no `=`
connect-on-not-push = the left side must be a push name (push_...)
connect-on-no-file = upload: needs a file
connect-on-no-program = exec: needs a program
connect-on-unknown-action = unknown action
connect-on-twice = a second reaction for the same push
connect-reaction-done = reaction to { $cmd }: { $detail }

# The cloud's answers that cannot be used (wss typed errors)
cloud-bad-frame = the cloud sent a binary message that cannot be read: { $detail }
cloud-bad-envelope = the cloud sent a message that is not a valid envelope: { $detail }
cloud-reply-lacks = reply to `{ $cmd }` lacks `body.{ $field }`

# cloud: operator commands
cloud-refused = the emulator refused the request
cloud-unknown-sn = unknown SN { $sn }: the emulator knows { $known } device(s); load it with --devices
cloud-unknown-sn-hint = restart the emulator with a --devices, --export or --from-store that lists the SN
cloud-not-connected = { $sn } is not connected (it has not registered on any live connection)
cloud-not-seed = { $sn } has its own SecretNo (not a seed model); nothing to reset
cloud-firmware-not-file = { $path } is not a readable file
cloud-push-name-bad = { $cmd } is not a push name: a push name is lowercase letters, digits and `_` (fetch_log, update_firmware, user_scan, restart, or push_NAME){ $body ->
        [yes] ; this looks like the JSON body, which comes after the name
       *[no] {""}
    }
cloud-push-name-hint = name the push, then its body: { $example }
cloud-push-body-hint = give a JSON object in single quotes: { $example }
cloud-push-body-not-object = the body of { $name } must be a JSON object, not { $kind ->
        [null] null
        [boolean] a boolean
        [number] a number
        [string] a string
       *[array] an array
    }
cloud-push-body-not-json = the body of { $name } is not valid JSON: { $error }
cloud-no-home = no home directory to keep the emulator state in
cloud-no-home-hint = give --state-dir DIR
cloud-export-errors = { $path } has { $count } error(s); the first: { $first }
cloud-export-errors-hint = { $command } lists them all
cloud-devices-conflict = SN { $sn } has a different secret in { $source } than in { $first }
cloud-devices-conflict-hint = give the emulator one source per unit, or fix the one that is wrong
cloud-source-store = the device store { $path }
cloud-devices-added = { $count } new device(s) from --devices
cloud-state-invalid = { $path } is not a valid emulator state file
cloud-state-invalid-hint = move it away to start afresh
cloud-state-unreadable = reading { $path }

# The label printer (net/printer.rs)
printer-bad-url = --printer { $url }: expected tcp://HOST:PORT (e.g. tcp://192.0.2.10:9100)
printer-no-address = --printer { $url }: no address
printer-failed = printer { $url }
printer-failed-hint = the unit stays at its step; `line next` prints it when the printer is back
printer-cannot-write = cannot write the label { $path }
cloud-no-emulator = no emulator answers on { $socket }
cloud-no-emulator-hint = start one with { $command }: operator commands reach the emulator that uses the same --state-dir
cloud-control-socket = control socket
cloud-control-unreadable = control socket: unreadable answer ({ $error }): { $answer }

# cloud: what an operator command did (stdout)
cloud-pushed = , { $cmd } sent to conn
cloud-not-pushed = {" "}(device offline: it learns at its next active/subscribe)
cloud-bound = { $sn } bound to { $corp }{ $pushed }
cloud-was-not-bound = not bound
cloud-unbound = { $sn } unbound (was { $was }){ $pushed }
cloud-push-sent = { $cmd } sent to { $sn } (conn { $conn })
cloud-published = published firmware { $version } ({ $bytes } bytes, md5 { $md5 }) at { $url }
cloud-secret-no-reset = { $sn }: SecretNo reset; the device may exchange its seed again
cloud-expired = { $sn } expired: register answers { $code }
cloud-not-expired = { $sn } no longer expired
cloud-dropped = { $sn }: connection { $conn } closed
cloud-clock-skewed = cloud clock skewed by { $secs } s (cloud time { $time })
# cloud status
cloud-status = cloud time { $time } (skew { $skew } s), { $connections } connection(s), firmware: { $firmware }
cloud-status-firmware = { $version } ({ $bytes } bytes)
cloud-status-no-firmware = none
cloud-status-no-devices = no devices
cloud-status-online = online
cloud-status-stage = stage
cloud-status-bound-to = bound to
cloud-status-notes = notes
cloud-status-yes = yes
cloud-status-no = no
cloud-note-seed-exchanged = seed exchanged
cloud-note-seed-not-exchanged = seed not exchanged
cloud-note-registered = registered
cloud-note-expired = EXPIRED
cloud-note-firmware = fw { $version }
cloud-note-uploads = { $count } upload(s)
cloud-note-separator = {", "}
# cloud serve: start-up lines (stderr)
cloud-serving = wecom-hw cloud emulator on { $url } with { $devices } device(s); state in { $dir }
cloud-new-ca = created a new CA: { $ca } — devices trust this emulator with --endpoint { $url } --ca-file { $ca }
cloud-trust-ca = devices trust this emulator with --ca-file { $ca }
cloud-plain = plain ws:// (no TLS): for local testing only
cloud-operator-commands = operator commands from another terminal: { $command }
cloud-no-devices = no devices loaded (--devices FILE): every register will get { $code }
cloud-cannot-write = cannot write { $path }
cloud-cannot-read = cannot read { $path }
cloud-bad-ca-key = { $path } is not a usable CA key
cloud-bad-ca-key-hint = move the state directory's ca.pem and ca-key.pem away: the emulator makes a new CA, and devices must then trust the new ca.pem
cloud-bad-san = { $name } is not a valid DNS name for the certificate
cloud-control-bind = cannot create the control socket { $path }
# connect -v: where the device state lives
connect-state-none = device state is not kept (no --state-file, SN not in the device store)
connect-state-file = device state in state file { $path }
connect-state-store = device state in the device store { $store } (SN { $sn })
# cloud serve: the emulator's log (stderr; --json logs the events instead)
cloud-log-upload = { $sn }: stored { $cmd } v{ $version } [{ $req_id }], { $bytes } bytes, in { $dir }
cloud-log-upload-failed = { $sn }: could not store upload [{ $req_id }]: { $error }
cloud-log-accept-failed = accept failed: { $error }
cloud-log-stopped = emulator stopped; state saved
cloud-log-save-failed = could not save state: { $error }
cloud-log-tls-failed = { $peer }: TLS handshake failed: { $error }
cloud-log-tls-timeout = { $peer }: TLS handshake timed out
cloud-log-ws-failed = { $peer }: WebSocket handshake failed: { $error }
cloud-log-opened = conn { $conn } opened from { $peer }
cloud-log-idle = conn { $conn }: silent for { $secs } s, closing
cloud-log-stalled = conn { $conn }: the device reads nothing ({ $queued } frames queued): closing
cloud-log-closed = conn { $conn } closed
cloud-log-closed-sn = conn { $conn } closed ({ $sn })
cloud-log-push = conn { $conn } <- { $cmd }
cloud-log-malformed = conn { $conn }: malformed request ({ $error }); answered { $code } without headers
cloud-log-malformed-binary = conn { $conn }: dropped malformed binary message of { $bytes } bytes: { $error }
# A request and its answer: "conn 3 E300… -> register [req-1]: ok".
cloud-log-request = conn { $conn } -> { $cmd } [{ $req_id }]: { $result }
cloud-log-ok = ok
cloud-log-takeover = conn { $conn } takes over { $sn } from conn { $old }
cloud-log-auto-bind = { $sn }: auto-bind after { $polls } polls
cloud-log-unknown-cmd = conn { $conn }: unknown cmd { $cmd }
connect-exec-cannot-run = cannot run { $program }: { $error }
connect-exec-ran = { $program } ran
connect-exec-failed = { $program } exited with { $status }
connect-fetch-not-newer = firmware { $version } is not newer than { $current }: nothing to do
connect-fetch-done = firmware { $version } downloaded, size and md5 verified, saved as { $path }
# cloud serve --devices FILE
cloud-devices-no-sn = { $at }: no `sn` value
cloud-devices-no-secret = { $at }: no secret_no value for { $sn }
cloud-devices-bad-seed = { $at }: column seed: { $value } is not a yes/no value (use 1/0, true/false, yes/no)
cloud-devices-twice = { $at }: SN { $sn } appears twice
cloud-devices-not-object = { $at }: not a JSON object: { $error }
cloud-devices-header = { $path }: header row: { $error }
cloud-devices-no-sn-column = { $path }: no SN column (headers: { $headers })
cloud-devices-no-secret-column = { $path }: no secret_no / seedSecretNo column

# The 600xxx table (core/errcode.rs): what each code means and what to do about it.
# `connect` and `cloud` show them beside the code and WeCom's own Chinese errmsg.
errcode-minus1-meaning = system busy
errcode-minus1-todo = retry, at most 3 times
errcode-0-meaning = success
errcode-0-todo = nothing to do
errcode-600001-meaning = invalid SN (perhaps not registered in the vendor console)
errcode-600001-todo = check the SN was registered under this model in the console; fatal until fixed
errcode-600002-meaning = device already registered (probably already has a long connection)
errcode-600002-todo = continue with `active`; close any other connection of this SN
errcode-600003-meaning = invalid hardware activecode
errcode-600003-todo = register again to get a new active_code
errcode-600004-meaning = hardware not authorised to any corp
errcode-600004-todo = while polling `active`: wait for an admin to bind; after having been bound: wipe the secret and re-activate
errcode-600005-meaning = hardware secret invalid
errcode-600005-todo = drop the stored secret and activate again
errcode-600006-meaning = hardware deviceid invalid
errcode-600006-todo = check the device id burned into the device
errcode-600007-meaning = missing hardware sn
errcode-600007-todo = client bug: send `sn`
errcode-600008-meaning = missing nonce
errcode-600008-todo = client bug: send `nonce`
errcode-600009-meaning = missing timestamp
errcode-600009-todo = client bug: send `timestamp`
errcode-600010-meaning = missing signature
errcode-600010-todo = client bug: send `device_signature`
errcode-600011-meaning = signature check failed
errcode-600011-todo = check the SecretNo (seed vs exchanged) and that values are sorted byte-wise before hashing
errcode-600012-meaning = this long connection already registered a device
errcode-600012-todo = treat as registered; continue with `active`
errcode-600013-meaning = missing activecode
errcode-600013-todo = client bug: send `active_code`
errcode-600014-meaning = device not network-registered
errcode-600014-todo = restart at `register`
errcode-600015-meaning = missing secret
errcode-600015-todo = client bug: send `secret`
errcode-600016-meaning = device not activated
errcode-600016-todo = run `active` again
errcode-600017-meaning = invalid check-in time
errcode-600017-todo = attendance: fix the check-in time
errcode-600018-meaning = invalid start/end time
errcode-600018-todo = attendance: fix the time range
errcode-600019-meaning = invalid end time
errcode-600019-todo = attendance: fix the end time
errcode-600020-meaning = device not logged in
errcode-600020-todo = restart the login sequence (register, active, subscribe_corp)
errcode-600021-meaning = device SN already exists
errcode-600021-todo = the SN is registered already; treat as done if that was the intent
errcode-600023-meaning = timestamp expired
errcode-600023-todo = sync the clock with `get_timestamp`, re-sign and retry; check the device clock
errcode-600024-meaning = firmware larger than 5 MB
errcode-600024-todo = console: publish a smaller image
errcode-600025-meaning = firmware name empty or over 20 bytes
errcode-600025-todo = console: fix the firmware name
errcode-600026-meaning = firmware info does not exist
errcode-600026-todo = no firmware published: no update available
errcode-600027-meaning = invalid firmware parameters
errcode-600027-todo = console: fix the firmware parameters
errcode-600028-meaning = firmware version already exists
errcode-600028-todo = console: use a new version number
errcode-600029-meaning = invalid firmware version
errcode-600029-todo = console: fix the version string
errcode-600030-meaning = missing firmware version
errcode-600030-todo = console: give a version
errcode-600031-meaning = this hardware's firmware may not be upgraded
errcode-600031-todo = check the model's upgrade settings
errcode-600032-meaning = cannot parse the hardware QR code
errcode-600032-todo = check the QR payload: a bind or login URL must verify against the unit's SecretNo
errcode-600033-meaning = model id conflict
errcode-600033-todo = console: check the model id
errcode-600034-meaning = fingerprint data too large
errcode-600034-todo = reduce the template size
errcode-600035-meaning = face data too large
errcode-600035-todo = reduce the template size
errcode-600036-meaning = device SN conflict
errcode-600036-todo = console: the SN is used elsewhere
errcode-600037-meaning = missing model id
errcode-600037-todo = give a model id
errcode-600038-meaning = model does not exist
errcode-600038-todo = check the model id in the console
errcode-600039-meaning = unsupported device type
errcode-600039-todo = report to the vendor
errcode-600040-meaning = print job id does not exist
errcode-600040-todo = printer: check the job id
errcode-600041-meaning = invalid offset/limit
errcode-600041-todo = fix paging (limit at most 200)
errcode-600042-meaning = invalid model id
errcode-600042-todo = check the model id
errcode-600043-meaning = door rule not set
errcode-600043-todo = door: set a rule in the admin console
errcode-600044-meaning = door rule invalid
errcode-600044-todo = door: fix the rule
errcode-600045-meaning = device already subscribed to corp info
errcode-600045-todo = treat as success
errcode-600046-meaning = oper id and userid mismatch
errcode-600046-todo = enrolment/door: check the ids
errcode-600047-meaning = SecretNo status invalid (shared initial SecretNo exchange)
errcode-600047-todo = seed models: run `get_secret_no` before `register` and sign `register` with the exchanged SecretNo; if already exchanged, the vendor can reset it
errcode-600048-meaning = invalid fingerprint algorithm
errcode-600048-todo = fix `ext_args.fp_algorithm`
errcode-600049-meaning = invalid face algorithm
errcode-600049-todo = fix `ext_args.fa_algorithm`
errcode-600050-meaning = invalid algorithm length
errcode-600050-todo = at most 5 entries in `ext_args`
errcode-600051-meaning = device expired
errcode-600051-todo = fatal: contact the vendor
errcode-600052-meaning = invalid file chunk
errcode-600052-todo = upload again
errcode-600053-meaning = this connection already activated
errcode-600053-todo = continue with `subscribe_corp`
errcode-600054-meaning = this connection already subscribed
errcode-600054-todo = treat as success
errcode-600055-meaning = invalid user type
errcode-600055-todo = attendance: fix the user type
errcode-600056-meaning = invalid health status
errcode-600056-todo = temperature: fix the status
errcode-600057-meaning = missing temperature
errcode-600057-todo = temperature: send it
errcode-600063-meaning = hardware does not support scanning
errcode-600063-todo = disable the scan feature
## store and import

# A local file that could not be read or written ({ $error } is the system's reason).
io-cannot-read = cannot read { $file }: { $error }
io-cannot-write = cannot write { $file }: { $error }

# Where a secret came from (never its value).
secret-file = secret file { $file }
secret-stdin = stdin
secret-on-stdin = { $what } on stdin
secret-from-file = { $what } from secret file { $file }
secret-from-stdin = { $what } from stdin
secret-origin-file = file { $file }
secret-origin-env = environment variable { $name }
secret-origin-store = device store (SN { $sn })
secret-env-not-utf8 = environment variable { $name } is not valid UTF-8
secret-none-given = no { $what } given
secret-none-given-hint = use --secret-file PATH, --secret-stdin, or set { $name }
secret-for-sn-hint = use --secret-file PATH, --secret-stdin or set { $name }; or import the registration export that lists SN { $sn } into the store (`wecom-hw import --help` shows how)
secret-for-sn-no-store = no { $what } given for SN { $sn }, and there is no device store at { $store }
secret-for-sn-unknown = no { $what } given for SN { $sn }, and the device store { $store } does not hold this SN
secret-seed-only = SN { $sn } is from a seed batch: the store holds only the seed, and the unit's own SecretNo is known after get_secret_no
secret-not-seed = SN { $sn } has its own SecretNo in the store, not a seed: get_secret_no is for seed models

# The subprocess runner (flasher, verifier).
runner-unbalanced-quote = unbalanced quote in command { $command }
runner-empty-command = empty command
runner-cannot-run = cannot run { $program }: { $error }
runner-wait-failed = waiting for { $program }: { $error }

# Device state files (`connect --state-file`).
state-file = state file { $file }
state-file-invalid = state file { $file }: not a device state
state-file-wrong-sn = state file { $file } belongs to SN { $owner }, not { $sn }
state-file-wrong-sn-hint = use one state file per device
state-file-field = state file { $file }: `{ $field }`

# The device store's driver refused a step ({ $step } is one of the store-step-… texts).
store-driver-failed = device store { $store }: { $step }: { $error }
store-busy-hint = another wecom-hw process held the store for too long; try again
store-connection-lost-hint = the connection to the PostgreSQL server was lost; a unit claimed by this station stays claimed, and the same line next run again on this station resumes it
store-too-new = device store { $store } has schema version { $version }; this wecom-hw knows up to { $known }
store-too-new-hint = use a newer wecom-hw with this store
store-cannot-open = device store { $store }: { $error }
store-cannot-create = cannot create device store { $store }: { $error }
store-readable-by-others = device store { $store } is readable by others (mode { $mode }); it holds SecretNos
store-readable-by-others-hint = run `chmod 600 { $file }`, or pass --allow-shared-store if sharing is intended
store-no-location = no location for the device store: there is no user data directory
store-no-location-hint = give --store PATH or set WECOM_HW_STORE
store-missing = no device store at { $store }
store-missing-hint = import the registration export into it first (`wecom-hw import --help` shows how), or point --store PATH (or WECOM_HW_STORE) at the store that holds your units
store-unknown-sn = SN { $sn } is not in the device store { $store }
store-unknown-sn-hint = import the registration export first: wecom-hw import FILE
line-already-issued = SN { $sn }: its secret was already issued (state { $state }, station { $station }, since { $since })
line-already-issued-hint = a unit is issued once; to issue it again give a reason: --reissue 'REASON'
line-not-held = SN { $sn } is no longer held by this station
store-claim-gave-up = device store { $store }: no unit could be claimed after { $tries } tries
store-corrupt-value = device store: SN { $sn }: bad { $what }: { $error }
store-copy-not-empty = the target store { $store } is not empty
store-copy-not-empty-hint = copy into an empty store, or give --overwrite to replace what it holds

# `wecom-hw store`
store-migrated = { $backend } store { $store }: schema version { $version }
store-info-missing-hint = create it empty with `wecom-hw{ $flags } store migrate`, or import a registration export into it (`wecom-hw import --help`)
store-info-store = store
store-info-backend = backend
store-info-schema-version = schema version
store-info-rows = { $rows } rows
store-copy-same = FROM and TO are the same store
store-copy-read = read { $units } units, { $ledger } ledger lines from { $store }
store-copy-table = table
store-copy-source = source
store-copy-target = target
store-copy-sha256 = sha256 (source / target)
store-copy-mismatch-mark = MISMATCH
store-copy-verified = copied and verified: { $from } → { $to }
store-copy-mismatch = the copy in { $store } does not read back as the source

# `wecom-hw devices`: table headings (list, batches) and the labels of `devices show`.
devices-col-sn = SN
devices-col-status = STATUS
devices-col-batch = BATCH
devices-col-device-id = DEVICE_ID
devices-col-kind = KIND
devices-col-secret-no = SECRET_NO
devices-col-imported-at = IMPORTED_AT
devices-col-units = UNITS
devices-col-station = STATION
devices-col-source = SOURCE
devices-count = { $units } units
devices-field-sn = sn
devices-field-status = status
devices-field-secret-no = secret_no
devices-field-secret-fingerprint = secret_fingerprint
devices-field-secret-kind = secret_kind
devices-field-device-id = device_id
devices-field-qr-url = qr_url
devices-field-hw-code = hw_code
devices-field-model-id = model_id
devices-field-remark = remark
devices-field-batch = batch
devices-field-source-file = source_file
devices-field-source-sheet = source_sheet
devices-field-source-row = source_row
devices-field-imported-at = imported_at
devices-field-active-code = active_code
devices-field-device-secret = device_secret
devices-field-exchanged-secret-no = exchanged_secret_no
devices-field-corp-name = corp_name
devices-field-last-seen = last_seen
devices-show-ledger = ledger:
devices-show-unknown-hint = `wecom-hw{ $flags } devices list` shows what it holds; `wecom-hw import --help` shows how to add units
devices-private-stdout = refusing to write SecretNos to stdout: it is a file that others can read (mode { $mode })
devices-private-stdout-file = refusing to write SecretNos to stdout: it is the file { $file } that others can read (mode { $mode })
devices-private-stdout-hint = `chmod 600 { $file }` and run again
devices-private-stdout-hint-output = `chmod 600 { $file }` and run again, or write it with -o { $file } (mode 0600)
devices-xlsx-to-terminal = refusing to write XLSX to a terminal; give --output FILE.xlsx
devices-csv-unfinished = cannot finish the CSV
devices-exported = wrote { $units } units to { $file }

# The PostgreSQL store: its URL, password and connection.
store-url-bad-sslmode = store URL: sslmode={ $value } is not one of disable, allow, prefer, require, verify-ca, verify-full
store-url-invalid = store URL { $url }: { $error }
store-url-password = the store URL carries a password; command lines are not secret
store-url-password-hint = remove it from the URL and set PGPASSWORD, WECOM_HW_STORE_PASSWORD_FILE or ~/.pgpass
store-password-file-empty = WECOM_HW_STORE_PASSWORD_FILE { $file } is empty
store-cannot-connect = device store { $store }: cannot connect to { $servers }: { $error }
store-server-socket = the socket in { $dir } (port { $port })
store-connect-unreachable-hint = is PostgreSQL running and listening on { $server }? Check with `pg_isready -h { $host } -p { $port }`; the store URL is postgres://USER@HOST:PORT/DATABASE?sslmode=MODE (host and port as in the server's listen_addresses and port; sslmode prefer, the default, uses TLS when offered, disable never, require insists and verifies)
store-connect-no-tls-hint = the server offers no TLS: enable ssl on the server, or accept a plain connection with ?sslmode=prefer (or sslmode=disable) in the store URL
store-connect-tls-hint = the server's certificate did not verify: give its CA with ?sslrootcert=FILE in the store URL (or PGSSLROOTCERT), or use sslmode=verify-ca when the host name is not in the certificate
store-connect-auth-hint = check the role and its password: role { $user } must exist and pg_hba.conf let it in from this host; the password comes from PGPASSWORD, a file named by WECOM_HW_STORE_PASSWORD_FILE, or a line `{ $host }:{ $port }:{ $db }:{ $user }:PASSWORD` in ~/.pgpass (mode 0600)
store-connect-no-database-hint = create the database first: `createdb -h { $host } -p { $port } -U { $user } { $db }`
store-connect-other-hint = check the server with `pg_isready -h { $host } -p { $port }`
store-root-cert-invalid = store root certificate { $file }: { $error }
store-root-cert-not-pem = not PEM: { $error }
store-root-cert-empty = holds no certificate

# The steps of the device store (the { $step } of store-driver-failed).
store-step-claim-unit = cannot claim a unit
store-step-commit-import = cannot commit the import
store-step-commit-schema-migration = cannot commit the schema migration
store-step-configure = cannot configure
store-step-copy-into-store = cannot copy into the store
store-step-count-devices = cannot count devices
store-step-count-line-states = cannot count line states
store-step-count-units-without-bind-URL = cannot count the units without a bind URL
store-step-insert-device = cannot insert a device
store-step-insert-devices = cannot insert devices
store-step-list-batches = cannot list batches
store-step-list-devices = cannot list devices
store-step-list-failures = cannot list failures
store-step-lock-store-for-import = cannot lock the store for the import
store-step-look-up-device = cannot look up a device
store-step-look-up-devices = cannot look up devices
store-step-number-batch = cannot number the batch
store-step-open = cannot open
store-step-pick-next-unit = cannot pick the next unit
store-step-prepare = cannot prepare
store-step-read-device = cannot read a device
store-step-read-ledger = cannot read the ledger
store-step-watch-for-changes = cannot tell whether the store changed
store-step-read-line-state = cannot read the line state
store-step-read-schema-version = cannot read the schema version
store-step-record-ledger-event = cannot record a ledger event
store-step-record-line-step = cannot record a line step
store-step-record-batch = cannot record the batch
store-step-record-seed = cannot record the seed
store-step-restart-import = cannot restart the import
store-step-roll-back-import = cannot roll back the import
store-step-save-device-state = cannot save device state
store-step-set-schema-version = cannot set the schema version
store-step-start-line-transaction = cannot start a line transaction
store-step-start-import-transaction = cannot start the import transaction
store-step-start-schema-migration = cannot start the schema migration
store-step-write-ledger = cannot write the ledger
store-step-read-table = cannot read { $table }
store-step-migration = migration { $number }
store-step-schema-migration = schema migration

# Import: reading one cell, one row ({ $value } is the cell as read, quoted).
import-cell-kind-boolean = a boolean
import-cell-kind-date = a date
import-cell-kind-error = an Excel error
import-cell-lossy = numeric cell { $value } cannot be read exactly (digits beyond 2^53 or a fraction are already lost); format the column as text in Excel and retype it
import-cell-lossy-hidden = numeric cell cannot be read exactly (digits beyond 2^53 or a fraction are already lost); format the column as text in Excel and retype it
import-cell-scientific = { $value } is a number in scientific notation: Excel saved the displayed value and the digits are lost; re-export with the column formatted as text
import-cell-scientific-hidden = a number in scientific notation: Excel saved the displayed value and the digits are lost; re-export with the column formatted as text
import-cell-unexpected = cell holds { $kind } { $value }, expected text
import-cell-unexpected-hidden = cell holds { $kind }, expected text
import-url-not-static = { $url } is not a static bind URL; expected { $expected }
import-url-empty-hw-code = { $url } has an empty hw_code
import-url-bad-hw-code = hw_code { $code } contains characters a URL cannot carry
import-column-spec-no-equals = expected FIELD=HEADER (e.g. sn=序列号), got { $got }
import-column-spec-unknown-field = unknown field { $field }; one of { $fields }
import-column-spec-no-column = no column given for { $field }
# Where a problem is: the parts are joined by import-at-separator.
import-at-sheet = sheet { $sheet }
import-at-row = row { $row }
import-at-column = column { $column }
import-at-column-header = column { $column } ({ $header })
import-at-separator = {", "}
import-problem = { $at }: { $message }
import-unknown-format = cannot tell the format of { $file } from its name
import-unknown-format-hint = use --format xlsx|xls|ods|csv
import-reader-failed = { $file }: cannot read it as a spreadsheet: the reader failed on malformed content
import-header-missing-column = { $at }: header row { $row } has no { $field } column (headers: { $headers })
import-header-missing-column-hint = map it explicitly: --column { $field }=HEADER
import-no-device-id-column = no column for device_id: BLE advertising and labels need it
import-no-qr-url-column = no column for qr_url: static bind labels need it
import-too-many-rows = { $at }: more than { $max } data rows, the import limit
import-too-many-rows-hint = split the export, or raise the limit with --max-rows N
import-blank-row = blank row skipped
import-no-data-rows = no data rows below the header row
import-cell-too-big = { $at }: the cell holds { $len } bytes of text, more than the limit of { $max }
import-cell-too-big-hint = check that this is the registration export; raise the limit with --max-cell-bytes N
import-numeric-cell = numeric cell read as { $value }; leading zeros, if there were any, are lost (format the column as text)
import-numeric-cell-hidden = numeric cell read as a number; leading zeros, if there were any, are lost (format the column as text)
import-sn-repeats = SN { $sn } repeats row { $first } (SNs compare case-insensitively)
import-sn-invalid = SN { $sn }: { $error }
import-sn-empty = SN is empty
import-secret-unusual = SecretNo is { $chars } characters, not the usual 32 hex characters
import-secret-invalid = SecretNo: { $error }
import-secret-empty = SecretNo is empty
import-device-id-invalid = device id { $value } is not a decimal u64
import-device-id-empty = device id is empty
import-no-url = no static bind URL: no label can be printed for this unit
import-seed-batch = seed batch: the { $rows } rows share one SecretNo (sha256:{ $fingerprint }); units must run get_secret_no before register
import-seed-batch-model = seed batch: the { $rows } rows of model { $model } share one SecretNo (sha256:{ $fingerprint }); units must run get_secret_no before register
import-secret-repeats = SecretNo repeats the one on row { $first }: per-device SecretNos are unique, and a seed is shared by all units of a model
import-unknown-sheet = { $file } has no sheet { $sheet } (sheets: { $sheets })
import-first-row = first row
import-no-header = { $file }: no header row with an SN column in the first { $rows } rows ({ $first })
import-no-header-hint = name the SN column with --column sn=HEADER, or give --header-row N
import-unknown-column = --column { $field }={ $column }: no such header or column letter (headers: { $headers })

# `wecom-hw import`: progress, the column mapping, the summary.
import-progress-importing = importing { $file }
import-progress-reading = reading { $file }
import-progress-writing = writing to the store
import-read-rows = read and checked { $rows } rows in { $seconds } s
import-transaction-after-reading = store transaction took { $seconds } s after reading
import-transaction = store transaction took { $seconds } s
import-conflict-and = {" and "}
import-conflict = the store already holds SN { $sn } with a different { $fields }; it is never overwritten
import-conflict-batch = the store already holds SN { $sn } (batch { $batch }) with a different { $fields }; it is never overwritten
import-mapping = { $file }: { $source }, header on row { $row }
import-mapping-column = {"  "}column { $column } { $header } → { $target }
import-mapping-duplicate = ignored (field already mapped)
import-mapping-ignored = ignored
import-failed-rows = { $file }: { $errors } error(s); nothing imported
import-failed-rows-hint = fix the rows listed above (or map columns with --column) and import again
import-failed-conflicts = { $file }: { $conflicts } SN(s) already in the store with different data; nothing imported
import-failed-conflicts-hint = `wecom-hw{ $flags } devices show { $sn }` shows what the store holds; the store is never overwritten
import-more-problems = … { $count } more problems not shown (--json lists them all)
import-label-conflict = conflict
import-label-note = note
import-counts = { $new } new, { $unchanged } unchanged, { $conflicts } conflicts, { $errors } errors
import-done = imported { $units } units into { $store } as batch { $batch } ({ $kind }): { $counts }
import-nothing-imported = nothing imported: { $counts }
import-dry-run = dry run, nothing written: would import { $counts }
import-nothing-changed = nothing changed: all { $units } units are already in { $store } ({ $counts })

# Import: files that cannot be read, or are over a limit.
import-reexport-hint = export the registration list again from the vendor console, or open and save it as .xlsx
import-csv-encoding = { $file }: neither UTF-8 nor GBK text; save the CSV as UTF-8
import-csv-unreadable = { $file }: { $error }
import-not-spreadsheet = { $file }: cannot read it as a spreadsheet
import-no-sheet = { $file }: the workbook has no sheet
import-cannot-read-sheet = { $file }: cannot read sheet { $sheet }
import-shared-strings-claim = { $file }: its shared-strings table ({ $name }, { $size } bytes) claims { $claim } strings, more than it can hold or an import of --max-rows { $max } needs; the file is damaged or not a real export
import-grid-too-large = { $file }: sheet { $sheet } spans { $rows } rows × { $cols } columns (to column { $last }), over the limit of { $cells } cells and { $columns } columns
import-grid-too-large-hint = delete the stray cells far below or right of the table, or export the table alone
import-csv-cell-too-big = { $file }, line { $line }, column { $column }: a cell of more than { $max } bytes ({ $len } read so far), the import limit; stopped reading there
import-ods-with-before = { $sheets ->
        [one] {" "}(with the sheet before it)
       *[other] {" "}(with the { $sheets } sheets before it)
    }
import-ods-cells = { $file }: sheet { $sheet } expands to { $cells } cells once its repeated rows and columns are counted{ $with }, over the limit of { $max } cells
import-ods-text = { $file }: sheet { $sheet } expands to { $bytes } bytes of text once its repeated cells and spaces are counted{ $with }, over the limit of { $mib } MiB; the file is damaged or not a real export
import-ods-content = { $file }: its content.xml unpacks to more than { $mib } MiB; the file is damaged or not a real export
import-ods-truncated = { $file }: content.xml ends inside sheet { $sheet }: the file is damaged
import-xls-loop = { $file }: the .xls file is damaged: a chain in its { $table } loops (at sector { $sector }); not read
import-xls-sector-table = sector table
import-xls-short-sector-table = short-sector table
import-xls-declared = { $file }: sheet { $sheet } declares { $rows } rows × { $cols } columns in its DIMENSIONS record, over the limit of { $max } cells

# Bugs of ours (exit 70), reported as such.
store-tls-setup = TLS setup: { $error }
store-streamed-needs-sqlite = a streamed import needs a SQLite store
import-hashing-panicked = the hashing thread panicked
## qr, sign, line, ble, demo

# sign: the flags of one scene
sign-url-wrong-scene = --url applies to bind and login codes, not to `{ $scene }`
sign-state-login-only = --state applies to login codes only
sign-login-needs-state = login codes need --state (an opaque text returned in push_user_scan)
# sign --explain: the captions of its lines (padded to one column by display width)
sign-explain-scene = scene
sign-explain-inputs = inputs
sign-explain-secret = secret
sign-explain-sorted = sorted
sign-explain-canonical = canonical
sign-explain-sha1 = sha1
sign-explain-url = url
sign-explain-secret-value = sha256:{ $fingerprint } (masked above)
sign-explain-sorted-value = values sorted byte-wise (digits < A-Z < _ < a-z; numbers as text)
# sign verify
sign-malformed-url = malformed URL: { $error }
sign-static-code = static bind code hw_code={ $hw_code }: no signature to check, does not expire
sign-valid = valid { $kind } code for SN { $sn }: age { $age }, { $left } left of { $valid_for }
sign-bad-signature = signature does not match for SN { $sn } (secret sha256:{ $fingerprint } from { $origin })
sign-bad-signature-hint = check that this is the SecretNo of SN { $sn }; { $command } shows what should have been signed
sign-expired = { $kind } code for SN { $sn } expired { $ago } ago (age { $age }, valid for { $valid_for })
sign-expired-hint = show a freshly signed code; check the device clock if this keeps happening
# sign --input (batch)
sign-batch-unknown-format = cannot tell the format of { $file }: use --input-format csv|ndjson
sign-batch-cannot-open = cannot open batch input { $file }: { $error }
sign-batch-done = signed { $rows } rows of { $file } in { $secs } s
sign-batch-at-line = { $file } line { $line }
sign-batch-no-column = no `{ $column }` column (headers: { $headers })
sign-row-sn-empty = sn is empty
sign-row-secret-empty = secret_no is empty
sign-row-bad-timestamp = timestamp { $value } is not a decimal number without leading zeros
sign-row-bad-nonce = nonce { $value } is not a decimal number
sign-row-login-needs-state = login codes need a `state` column or --state
# qr: drawing one code
qr-unknown-format = cannot tell the format of { $file }: use --format png|svg|term|zpl|tspl|pdf
qr-binary-to-terminal = refusing to write { $format } to a terminal: give --output FILE or redirect stdout
qr-json-needs-output = --json describes the written file: give --output FILE
# What was drawn: "V3-M 29 modules, 6 dots/module (0.508 mm) on 50x30mm at 300 dpi".
qr-describe-label = { $code } { $modules } modules, { $dots } dots/module ({ $module_mm } mm) on { $label } at { $dpi } dpi
qr-describe-image = { $code } { $modules } modules, { $dots } dots/module, { $width }×{ $height } px
qr-wrote-checked = wrote { $file }: { $what }, decoded back OK
qr-wrote-unchecked = wrote { $file }: { $what }, NOT checked
qr-dynamic-on-label = --url is a dynamic code: it expires and cannot be printed on a label
qr-dynamic-on-label-hint = print the static hw_code URL, or show a fresh code on a screen: { $command }
qr-other-text-hint = for any other text: { $command }
qr-static-needs-data = give --url, --hw-code or --input
qr-bad-every = --every { $every }: give a duration such as 10m or 90s, shorter than the { $minutes }-minute validity
qr-watch-code = code { $n } for SN { $sn }: signed at { $ts }, valid until { $until } ({ $valid } s), next in { $every } s
qr-watch-code-last = code { $n } for SN { $sn }: signed at { $ts }, valid until { $until } ({ $valid } s)
qr-watch-countdown = SN { $sn }: code valid { $left } more; new code in { $next }
# qr url
qr-cannot-read-text-file = cannot read --text-file { $file }
qr-cannot-read-stdin = cannot read the text from stdin
qr-url-needs-text = give the text to encode, "-" for stdin, or --text-file PATH
qr-empty-text = the text to encode is empty
# qr static: batches
qr-cannot-read = cannot read { $file }
# The indicatif template: keep the {…} fields as they are.
qr-progress-bar = {"{"}bar:40{"}"} {"{"}pos{"}"}/{"{"}len{"}"} labels {"{"}per_sec{"}"} eta {"{"}eta{"}"}
qr-progress = qr static: { $n }/{ $total } labels
qr-unknown-name-format = cannot tell the format from --name { $name }: use --format
qr-batch-term = batch files cannot be `term`: use png, svg, zpl, tspl or pdf
qr-duplicate-file = rows { $first } and { $second } both make { $name }: SNs must be unique (or add {"{"}row{"}"} to --name)
qr-cannot-create = cannot create { $path }
qr-cannot-clean = cannot clean { $path }
qr-cannot-open = cannot open { $path }
qr-cannot-sync = cannot sync { $path }
qr-cannot-write = cannot write { $path }
qr-removed-stale = removed { $count } unfinished temporary files of an earlier run
qr-batch-needs-target = a batch needs --out-dir DIR (one file per unit) or --output FILE (one zpl/tspl/pdf job)
qr-one-code-per-file = { $format } holds one code per file: use --out-dir with --name, or a .zpl/.tspl/.pdf job
qr-at-row = row { $row } (SN { $sn })
qr-batch-summary = qr static: { $written } written, { $skipped } skipped, { $failed } failed → { $target }
qr-batch-failed = { $failed } of { $total } labels failed; first: { $at }: { $error }
qr-batch-failed-hint = rerun the same command to retry only the missing labels
# qr static --from-store
qr-store-no-url = SN { $sn } has no static bind URL in the device store (the export had no QR/hw_code column)
qr-store-no-url-hint = give --url or --hw-code, or import an export with the 二维码链接 column
qr-store-unknown-sn = SN { $sn } is not in the device store { $store }
qr-store-unknown-sn-hint = give --url or --hw-code, or import the registration export: wecom-hw import FILE
qr-store-empty = the device store has no units
qr-store-empty-batch = the device store has no units in batch { $batch }
qr-store-empty-hint = { $command } lists the batches and their units
# demo: its own narration (the commands it runs speak for themselves)
demo-creating = creating { $path }
demo-locating-binary = locating the wecom-hw binary
demo-writing = writing { $path }
demo-running = running wecom-hw
# A step's heading: "1/5 import the registration export …".
demo-step = { $n }/{ $total } { $what }
demo-step-import = import the registration export into the demo's device store
demo-step-labels = print a static bind label for every unit
demo-step-cloud = start the local cloud emulator with the imported units
demo-step-online = bring { $sn } online: register, activate (bound by the emulator's admin), subscribe
demo-step-ble = provision Wi-Fi over Bluetooth LE (built-in device simulator)
demo-step-failed = demo step failed: { $command } ({ $status })
demo-reusing-store = (reusing { $store }: a re-import changes nothing)
demo-unknown-sn = SN { $sn } is not in { $export }
demo-no-units = { $export } holds no units
demo-emulator-up = emulator on { $url } with { $devices } device(s); CA { $ca }
demo-starting-emulator = starting the cloud emulator
demo-reading-emulator = reading the emulator's first line
demo-emulator-failed = the cloud emulator did not start (see above)
demo-done = demo done: { $count } units in { $store }, labels in { $labels } and { $png }, { $sn } went online through the emulator, Wi-Fi provisioned over BLE
# line status, line report
line-status-silent = held by silent stations (no step for { $secs } s):
line-status-failures = last failures:
line-bad-since = expected RFC 3339 (2026-11-28T08:00:00Z) or a date
line-report-written = { $entries } ledger entries since { $since } → { $file }
# line next: what happened to the unit
line-claimed = { $sn }: claimed
line-resuming = { $sn }: resuming (was { $from })
line-reissued = { $sn }: reissued
line-issued = { $sn }: payload issued ({ $detail })
line-flashed = { $sn }: flashed ({ $detail })
line-done = { $sn } done
line-step-failed = { $sn }: { $why }; the unit is marked failed
line-finishing-first = finishing { $sn } (left { $state } by this station) before { $want }; run again for { $want }
line-passing-over = passing over { $count } unissued unit(s) without a bind URL (qr_url), first { $first }: no label can be printed for them; they stay unissued for a station without --print/--printer
# line next: refusals
line-both-to-stdout = the payload and the label cannot both go to stdout: give --out FILE or --print FILE
line-json-payload-to-stdout = with --json, stdout carries the result: give --out FILE for the payload
line-secret-to-stdout = the payload holds the unit's secret: writing it to stdout needs --show-secrets
line-secret-to-stdout-hint = give --out FILE (written with mode 0600), or add --show-secrets to pipe it
line-bad-nvs-namespace = --nvs-namespace must be 1 to 15 characters (an NVS key limit)
line-unknown-sn-hint = import the registration export first: wecom-hw import FILE
line-none-with-url = no unit with a bind URL (qr_url) left to issue in { $store }: the { $count } unissued unit(s) have none, so no label can be printed for them (first { $first })
line-none-with-url-hint = their export rows had no 二维码链接; issue them without a label: { $command }
line-flasher-not-found = cannot find the flasher { $program } (a name with a slash is a path from the current directory, a bare name is looked up on PATH)
line-verifier-not-found = cannot find the verifier { $program } (a name with a slash is a path from the current directory, a bare name is looked up on PATH)
line-program-not-found-hint = give the program's path (e.g. ./flash.sh) and make it executable; it runs without a shell
line-no-url = SN { $sn }: the device store has no bind URL (qr_url) for it, so its label cannot be printed; nothing was claimed
line-no-url-hint = its export row had no 二维码链接; issue it without a label: { $command }
line-no-url-resume-hint = its export row had no 二维码链接; this station left it at state { $state }; finish it without a label: { $command }
line-no-url-to-print = SN { $sn }: the store has no bind URL (qr_url) to print
line-claimed-vanished = claimed SN { $sn } vanished
line-core-stuck = { $sn }: the line core has nothing to do and is not done
line-halted = { $sn }: stopped at the { $step } step: { $why }
line-nothing-left = no unit left to issue in { $store }
line-nothing-left-hint = import the next registration export, or see { $command }
line-cannot-write-payload = cannot write the payload { $file }
# line next: what the flasher or verifier failed, and what to do
line-hint-flasher = check the fixture, the cable and the port the flasher writes to ({ $command } shows the flasher's last output)
line-hint-verifier = check that the verifier reaches the unit (port, fixture, --flash-timeout) and exits 0 after printing what it read
line-hint-mismatch = check that the flasher wrote the payload to this unit on the right port, and that the verifier reads that same unit back and prints exactly the payload on stdout (trailing newlines aside; a log line or a hex dump is a mismatch)
line-hint-mismatch-file = check that the flasher wrote { $file } to this unit on the right port, and that the verifier reads that same unit back and prints exactly the payload on stdout (trailing newlines aside; a log line or a hex dump is a mismatch)
line-hint-failed = { $check }. { $sn } stays failed, its secret counted as issued, until it is issued again: { $command }
# line next --dry-run
line-dry-run = dry run, nothing claimed, written, flashed or printed:
line-dry-claim = claim
line-dry-reissue = reissue
line-dry-resume = resume (left { $state } by this station)
line-dry-temporary-file = <temporary file>
line-dry-write = write the { $format } payload to { $file }
line-dry-flash = run { $argv } (timeout { $secs } s)
line-dry-verify = verify with { $argv }
line-dry-print = print { $format } label ×{ $copies } to { $target }
line-dry-problem = problem: { $problem }
# ble: the radio and the scan
ble-no-runtime = cannot start the async runtime
ble-env-not-set = environment variable { $name } is not set
ble-step = step { $step }
ble-col-address = ADDRESS
ble-col-rssi = RSSI
ble-col-device-id = DEVICE-ID
ble-col-layout = LAYOUT
ble-col-bind = BIND
ble-col-battery = BATTERY
ble-col-sign = SIGN
ble-col-name = NAME
ble-nonce-backwards = { $address }: 0xED nonce went backwards from { $old } to { $new }: a replayed advertisement?
ble-bad-secs = { $flag } must be between 0 and 3600 seconds, got { $value }
ble-none-found = no WeCom device found in { $secs } s
ble-none-found-hint = is the device powered and advertising, and in range? Is the adapter powered (bluetoothctl show)?
ble-device-with-id = { $address } (device ID { $id })
ble-ambiguous = { $count } WeCom devices match: { $devices }
ble-ambiguous-hint = choose one with --address or --device-id, or use --pick strongest
ble-not-found-hint = run { $command } to see what is in range
ble-scanning-for-id = scanning for device ID { $id } (at most { $secs } s)...
ble-scanning-first = scanning for WeCom devices (the first one seen, at most { $secs } s)...
ble-scanning = scanning for WeCom devices ({ $secs } s)...
ble-found = { $count } WeCom device(s) found
# ble: the session
ble-step-timeout-form = expected STEP=SECS
ble-step-timeout-unknown = unknown step `{ $name }` (steps: { $steps })
ble-step-timeout-number = `{ $value }` is not a number of seconds
ble-signer-needs-secret = the default signer needs the device's SecretNo
ble-signer-needs-secret-hint = give it with --secret-file PATH, --secret-stdin or { $env }, or --sn SN of a unit in the device store; or use --signer none / exec:PROGRAM
ble-bad-signer = expected default, none or exec:PROGRAM
ble-signer-not-genuine = note: signer `{ $signer }` is not WeCom's (unpublished) algorithm; firmware that checks WeCom's signature will refuse the handshake
ble-using = using { $address } (device ID { $id }, RSSI { $rssi })
ble-connecting = connecting to { $address }...
ble-connected = connected; waiting for the device's handshake (10001)...
ble-device-signature-mismatch = the device's handshake signature (10002) does not match signer `{ $signer }`'s scheme
# ble: the result block (captions padded to one column by display width)
ble-done-device = device
ble-done-handshake = handshake
ble-done-info = info
ble-done-wifi = wifi
ble-done-networks = networks
ble-done-answer = answer
ble-done-result = result
ble-done-handshake-value = ok (signer { $signer }, device signature { $signature })
ble-signature-verified = verified
ble-signature-mismatch = mismatch
ble-signature-unchecked = unchecked
ble-done-info-value = MAC { $mac }, protocol version { $version } (FCC9 { $raw })
ble-wifi-connected = connected (network "{ $network }")
ble-wifi-not-connected = not connected (network "{ $network }")
ble-wifi-unknown = unknown (protocol version 1 has no status command)
ble-result-connected = Wi-Fi "{ $ssid }": connected
ble-result-not-connected = Wi-Fi "{ $ssid }": NOT connected
# ble provision: the Wi-Fi settings
ble-bad-ssid = --ssid must be 1 to 32 bytes, got { $bytes }
ble-bad-bssid = not a MAC address (AA:BB:CC:DD:EE:FF)
ble-password-control = Wi-Fi password from { $origin } contains control characters
ble-password-file-unreadable = cannot read the Wi-Fi password file { $file }
ble-origin-file = file { $file }
ble-password-env-unset = environment variable { $name } (Wi-Fi password) is not set or not UTF-8
ble-origin-env = environment variable { $name }
ble-password-stdin-unreadable = cannot read the Wi-Fi password from stdin
ble-origin-stdin = stdin
ble-password-prompt = Wi-Fi password for "{ $ssid }":{" "}
ble-no-password = no Wi-Fi password given
ble-no-password-hint = use --password-file PATH, --password-env NAME or --password-stdin (never on the command line), or --protocol None for an open network
ble-bad-password = the Wi-Fi password has { $count } characters, which { $protocol } does not allow (WPA/WPA2: 8–63, or 64 hex; WEP: 5 or 13, or 10 or 26 hex)
ble-password-unreadable = cannot read the Wi-Fi password
ble-no-stty = cannot hide terminal input (stty failed); use --password-file or --password-stdin
ble-qr-encoding = QR encoding
# ble --sn: the device store
ble-sn-not-in-store = advertisements carry the device ID, not the SN, and the device store { $store } does not hold this SN
ble-sn-not-in-store-hint = use --device-id, or import the registration export: wecom-hw import FILE
ble-sn-no-device-id = the device store has no device ID for this SN (the export had no device ID column)
ble-sn-no-device-id-hint = use --device-id or --address
ble-no-secret-unknown-sn = --sn { $sn } is not in the device store { $store }, and the default signer needs its SecretNo
ble-no-secret-no-store = --sn { $sn }: there is no device store at { $store } to look it up in, and the default signer needs its SecretNo
ble-no-secret-hint = import the registration export that lists { $sn } ({ $command } shows how; `--store PATH` for another store), or give the SecretNo with --secret-file PATH, --secret-stdin or by setting { $env }
ble-no-secret-seed = a seed unit in the device store { $store }: the store holds its model's seed, and the unit's own SecretNo (which the default signer needs) is known only after get_secret_no
ble-no-secret-seed-hint = bring it online once with wecom-hw connect --sn { $sn } and your cloud's --endpoint (get_secret_no stores the SecretNo), or give it with --secret-file PATH, --secret-stdin or by setting { $env }
# clap's own parse errors, rebuilt from its context (Chinese only: English keeps clap's
# text). Flags, values and commands stay as typed.
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-invalid-subcommand = unrecognized subcommand '{ $subcommand }'
clap-value-required = a value is required for '{ $arg }' but none was supplied
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-with-reason = { $message }: { $reason }
clap-possible-values = [possible values: { $values }]
clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-too-few-values = { $min } values required by '{ $arg }'; only { $actual } were provided
clap-wrong-number-of-values = { $expected } values required for '{ $arg }' but { $actual } were provided
clap-used-twice = the argument '{ $arg }' cannot be used multiple times
clap-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'
clap-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
clap-missing-required = the following required arguments were not provided:
    { $args }
clap-missing-subcommand = '{ $command }' requires a subcommand but one was not provided
clap-subcommands = [subcommands: { $subcommands }]
clap-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
clap-similar-subcommand = a similar subcommand exists: '{ $suggestion }'
clap-similar-argument = a similar argument exists: '{ $suggestion }'
clap-similar-value = a similar value exists: '{ $suggestion }'
clap-dash-value = to pass '{ $arg }' as a value, use '-- { $arg }'
clap-tip = tip: { $tip }
clap-usage = Usage: { $usage }
clap-try-help = For more information, try '--help'.
# ble: how a session or the link failed (what the device or BlueZ said follows as detail)
ble-session-timeout = timed out waiting for { $what }
ble-session-malformed = the device sent a malformed packet: { $detail }
ble-session-signer = the handshake signer failed: { $detail }
ble-session-wrong-device = wrong device: { $detail }
ble-waiting-adapter = the Bluetooth adapter
ble-waiting-scan = a WeCom device to advertise
ble-waiting-connect = the GATT connection
ble-waiting-handshake-start = the device's handshake start (10001)
ble-waiting-sign = the handshake signer
ble-waiting-handshake-confirm = the device's handshake confirmation (10002) after our signature (20001)
ble-waiting-read-info = the info characteristic FCC9
ble-waiting-status = the device's status answer to 30004
ble-waiting-wifi-list = the device's Wi-Fi list
ble-waiting-wifi-report = the device's Wi-Fi report (10004) after set-wifi (30003)
ble-hint-handshake-start = the device sends 10001 once indications are enabled; power-cycle it or check it is in pairing/provisioning mode
ble-hint-wifi-report-timeout = the device did not report; it may still be joining: raise --step-timeout wifi-report=SECS
ble-hint-wifi-refused = check the password and protocol, that the AP is in range on 2.4 GHz, and that the device MAC (see `ble status`) is whitelisted
ble-hint-wrong-device = nothing was sent to it; pick the right unit with --address or --device-id
ble-link-no-adapter = no Bluetooth adapter: { $detail }
ble-link-adapter-off = Bluetooth adapter is off: { $detail }
ble-link-permission = not permitted to use Bluetooth: { $detail }
ble-link-not-found = device not found: { $detail }
ble-link-timeout = timed out during { $step }
ble-link-transient = transient Bluetooth error: { $detail }
ble-link-gatt = GATT error: { $detail }
ble-link-disconnected = the device disconnected
ble-link-other = Bluetooth error: { $detail }
ble-hint-no-adapter = is bluetoothd running (systemctl status bluetooth) and the adapter present (bluetoothctl list)?
ble-hint-adapter-off = power it on: bluetoothctl power on (check rfkill list)
ble-hint-permission = BlueZ refused us: run as a user allowed by the D-Bus policy (often the `bluetooth` group)
ble-hint-link-timeout = move closer, check the device is advertising, or raise --step-timeout
ble-handshake-rejected = the device closed the link after our signature (20001): it rejected the handshake
ble-handshake-rejected-hint = signer `{ $signer }` is probably not what this firmware expects; try --signer exec:PROGRAM with the vendor's signer, or --signer none for debug firmware
ble-hint-bad-version = { $count } packet(s) were dropped because their header version (bVer) was not 0x01: the firmware speaks another protocol version
ble-hint-no-confirm = the device did not confirm our signature: signer `{ $signer }` may be wrong for this firmware, or a frame was lost; raise --step-timeout handshake-confirm=SECS to wait longer
# render: label layout and the decode-back check
render-bad-dpi = --dpi { $dpi } is not a printer resolution (203, 300 or 600)
render-bad-dots = --dots { $dots }: must be 1–{ $max }
render-small-modules = modules are { $dots } dots = { $module_mm } mm at { $dpi } dpi; phones want ≥ { $min_dots } dots and ≥ { $min_mm } mm: use a larger label, a higher --dpi or a lower --ecc
render-small-quiet-zone = a quiet zone of { $quiet } modules is below the standard 4: scanners may not find the code next to other print
render-too-small = label { $label } at { $dpi } dpi is too small for this code ({ $modules } modules + { $quiet } quiet modules each side): it fits { $avail } dots but 2 dots per module need { $need } dots; use a label of at least { $min } mm (3 dots per module: { $rec } mm), a lower --ecc, or a higher --dpi
render-too-small-caption = label { $label } at { $dpi } dpi is too small for this code ({ $modules } modules + { $quiet } quiet modules each side and a caption line): it fits { $avail } dots but 2 dots per module need { $need } dots; use a label of at least { $min } mm (3 dots per module: { $rec } mm), a lower --ecc, or a higher --dpi
render-verify-not-found = decode-back check failed: no QR code found in the { $what } image
render-verify-mismatch = decode-back check failed: the { $what } decodes to { $got }, expected { $want }
render-verify-unreadable = decode-back check failed: the { $what } code was found but could not be decoded: { $detail }
render-verify-hint = the code would not scan as intended; try a larger --label, more --dots or a lower --ecc, and report it if it persists
render-encode = cannot encode the payload as a QR code: { $detail }
render-encode-hint = shorten the payload, or choose a lower --ecc (L holds the most)
# gen-assets
gen-assets-done = wrote completions to { $completions } and man pages to { $man }
gen-assets-writing-man = writing man pages to { $path }
gen-assets-writing-completions = writing { $shell } completions
# bind codes (core/bindcode.rs)
bindcode-not-hardware-url = not a WeCom hardware URL: expected it to start with { $url }?
bindcode-missing = parameter `{ $name }` is missing
bindcode-repeated = parameter `{ $name }` appears more than once
bindcode-not-decimal = parameter `{ $name }` is not a decimal number: { $value }
bindcode-unknown-type = parameter `type` is { $value }; expected `qrcode` or `dynamic_login`
bindcode-bad-signature = signature must be 40 hex characters, got { $value }
bindcode-bad-sn = sn { $sn } is not a valid SN: { $reason }
bindcode-bad-encoding = bad percent-encoding in the query
# ble --sim-fault
ble-sim-fault-number = fault `{ $spec }`: `{ $value }` is not a number
ble-sim-fault-unknown = unknown simulator fault `{ $name }` (known: { $known })
# ble --signer exec:PROGRAM
ble-signer-cannot-run = cannot run { $program }: { $error }
ble-signer-waiting = waiting for { $program }: { $error }
ble-signer-no-answer = { $program } did not answer within { $secs } s
ble-signer-reading = reading { $program }'s output: { $error }
ble-signer-exited = { $program } exited with { $status }
ble-signer-bad-json = signer printed invalid JSON: { $error }
ble-signer-nothing = signer printed nothing
## station

# The station profile (station.toml). $at is "FILE:LINE" (or FILE).
station-profile-syntax = { $at }: not a valid profile: { $error }
station-profile-syntax-hint = the profile is TOML: one `key = value` per line, text in double quotes (see examples/station.toml)
station-profile-unknown-key = { $at }: unknown key `{ $key }`
station-profile-unknown-key-like = did you mean `{ $key }`? Write that instead
station-profile-unknown-key-hint = remove the line; a profile may hold only: { $keys }
station-profile-missing-key = { $at }: the key `{ $key }` is missing
station-profile-missing-key-hint = add a line such as: { $write }
station-profile-bad-value = { $at }: `{ $key }`: { $why }
station-profile-write = write instead, for example: { $write }
station-profile-not-text = expected text in double quotes
station-profile-not-number = expected a whole number
station-profile-out-of-range = expected a number from { $min } to { $max }
station-profile-not-one-of = expected one of: { $words }
station-profile-empty = must not be empty
station-profile-label-size = expected a label size in mm, WIDTHxHEIGHT
station-profile-printer-addr = expected tcp://HOST:PORT
station-profile-command = not a command (empty, or a quote is not closed)
station-profile-pin-hash = expected sha256:SALT:HASH, as the station prints it with `line station --hash-pin`
station-profile-unreadable = cannot read the station profile { $file }: { $error }
station-profile-unreadable-hint = give the profile's path with --profile; a sample is examples/station.toml
station-no-such-slot = --slot { $slot }: the profile has { $slots } slot(s)
station-no-such-slot-hint = give a slot number from 1 to the profile's number of slots, or no --slot for all of them
station-pin-short = the lead PIN must have at least 4 characters
# Preflight, before the first unit.
station-preflight-failed = the station cannot start: { $count } check(s) failed (listed above); fix them and start it again
station-check-line = NOT READY: { $problem } — { $hint }
station-check-store-missing-hint = check `store` in the profile, or import the registration export first: wecom-hw import FILE
station-check-store-hint = check `store` in the profile and that this user may write the store
station-check-printer-path = the printer device or label folder { $path } does not exist or cannot be written
station-check-printer-path-hint = plug in the printer (or create the folder), or correct `printer` in the profile
station-check-label-hint = choose a larger `label` or a higher `dpi` in the profile
station-no-url = SN { $sn }: the store has no bind URL (qr_url) to print on its label
# Plain mode: one line per event. $slot is the fixture's number.
station-ready = station { $station } ready: { $slots } slot(s), profile { $profile }, store { $store }
station-ready-scan = scan a unit's SN to start it
station-ready-next = press Enter (or the scanner's trigger) to take the next unit
station-on-slot = slot { $slot }: { $text }
station-double-scan = { $sn } scanned twice within 2 s: ignored
station-refused-unknown = { $sn }: NOT IN THE STORE. Check the label, or ask the line lead to import its batch
station-refused-issued = { $sn }: ALREADY ISSUED (state { $state }, station { $station }). Put the unit aside and tell the line lead
station-refused-on-slot = { $sn } is already on slot { $slot }
station-refused-busy = every slot is busy: wait for PASS or FAIL, then scan { $sn } again
station-refused-none-left = no unit left to issue: ask the line lead for the next batch
station-refused-quitting = the station is stopping: { $sn } was not taken
station-refused-other = { $sn }: NOT TAKEN: { $why }
station-started = { $sn } taken
station-resumed = { $sn } resumed where it stopped
station-step = { $sn }: { $step }…
station-step-payload = writing the data
station-step-flash = flashing
station-step-verify = reading back
station-step-label = printing the label
station-step-finish = finishing
station-retrying = { $sn }: { $step } failed, trying again
station-pass = { $sn } PASS
station-reprinted = { $sn }: label printed again
station-fail-set-aside = { $sn } FAIL: { $why }. The unit is set aside: put it in the repair tray; the slot is ready for the next unit
station-fail-held = { $sn } FAIL: { $todo } ({ $why })
station-why-exited = { $step } failed (exit code { $code })
station-why-signal = { $step } was stopped by a signal
station-why-timeout = { $step } took longer than { $seconds } s
station-why-mismatch = the read-back does not match what was flashed
station-why-set-aside = set aside by the line lead: { $reason }
station-held-label = the printer did not answer: check its power and cable, then press R
station-held-payload = the unit's data could not be written: check the disk, then press R
station-held-program = the flasher could not be started: tell the line lead, then press R
station-held-store = the device store did not record the step: check the network or disk, then press R
station-quitting = stopping: finishing the step under way on { $busy } slot(s)
station-nothing-to-retry = nothing to retry
station-nothing-to-reprint = no label to reprint
station-stopped = station stopped: { $pass } PASS, { $fail } FAIL
station-profile-fix = correct these lines in { $file }, then start the station again
# The screen.
station-screen-printer-none = no printer
station-screen-printer-ready = printer { $printer } ready
station-screen-printer-down = printer { $printer } NOT ANSWERING
station-screen-counters = PASS { $pass }   FAIL { $fail }   yield { $yield_pct }   units/hour { $per_hour }   left in batch { $left }
station-screen-slot = slot { $slot }
station-screen-slot-port = slot { $slot } ({ $port })
station-screen-idle-scan = ready: scan a unit
station-screen-idle-next = ready: press Enter
station-screen-claiming = taking the unit
station-screen-running = { $step }: { $seconds } s
station-screen-held = stopped at: { $step }
station-screen-set-aside = set aside: put it in the repair tray
station-screen-pass = PASS
station-screen-fail = FAIL
station-screen-failures = last failures
station-screen-prompt = scan: 
station-screen-keys = R retry  P reprint  Q quit
station-screen-preflight = NOT READY: the station cannot start
station-screen-preflight-then = Fix the above, then start the station again. Q quits.
# Lead-only actions.
station-lead-wrong-pin = wrong lead PIN: nothing was done
station-lead-usage = lead actions: lead PIN aside [SLOT] REASON, lead PIN reissue SN REASON, lead PIN leave
## console

# `wecom-hw console` on stderr, after the URL on stdout.
console-open = Open { $url } in a browser on this computer (the token in it is the key: share it only with people who may see the line)
console-remote-refused = --listen { $addr } is not a loopback address: the console would serve the line and the store to the network
console-remote-hint = add --allow-remote to serve it on { $addr } (anyone who reaches it still needs the printed token), or listen on 127.0.0.1
# HTTP refusals (plain text).
console-no-token = Open the console through the URL that wecom-hw console printed when it started: that URL carries the access token.
console-cross-origin = Refused: this change did not come from the console's own page.
console-too-large = Refused: the request is too large.
console-bad-query = Refused: an SN pattern is letters, digits, - _ . * ? (at most 64), a batch is a number.
console-not-found = Not found
console-failed = The store could not be read
console-failed-text = The store could not be read: { $error }
# Navigation.
console-nav-line = Line
console-nav-devices = Devices
console-nav-emulator = Emulator
# The line page.
console-line-title = Production line
console-line-shift = Shift since { $start } · updated { $at }
console-line-pass = Pass
console-line-fail = Fail
console-line-yield = Yield
console-line-per-hour = Units in the last hour
console-line-progress = Batch progress
console-line-progress-text = { $done } of { $total } units done, { $left } not yet issued
console-line-stations = Stations
console-line-station = Station
console-line-current = Current unit · step
console-line-last = Last result
console-line-state = Line state
console-line-silent = silent
console-line-running = running
console-line-idle = idle
console-line-no-stations = No station has written to the ledger this shift.
console-line-chart = Units per hour per station
console-line-failures = Last failures
console-line-time = Time
console-line-reason = Reason
console-line-no-failures = No failures.
# The devices pages.
console-devices-title = Devices
console-devices-batch = Batch
console-devices-search = Search
console-devices-status = Status
console-devices-imported = Imported
console-devices-found = { $more ->
    [true] The first { $n } units found (narrow the search to see the rest):
   *[other] { $n } units found:
}
console-unit-fingerprint = fingerprint { $fp }
console-unit-device-id = Device ID
console-unit-device-secret = Device secret
console-unit-corp = Corp
console-unit-last-seen = Last seen
console-unit-ledger = Ledger
console-unit-label = Static label
console-unit-no-label = No static label: the store has neither a bind URL nor an hw_code for this unit.
# The emulator page.
console-emu-title = Cloud emulator
console-emu-unreachable = The emulator does not answer: { $error }
console-emu-summary = { $connections } connection(s), cloud time { $time }
console-emu-online = Online
console-emu-stage = Stage
console-emu-registered = Registered
console-emu-bound = Bound to corp
console-emu-firmware = Firmware
console-emu-bind = Bind
console-emu-unbind = Unbind
console-emu-push = Push
console-emu-done = { $action } { $sn }: done

## merge: console and station errors
console-not-an-sn = { $sn } is not an SN
console-corp-too-long = the corp name is longer than 64 characters
console-unknown-action = unknown action { $action }
console-runtime-failed = cannot start the console's runtime
console-cannot-listen = cannot listen on { $addr }
console-serving-failed = the console's web server stopped
console-task-failed = a background task of the console failed
station-claimed-vanished = the claimed SN { $sn } is no longer in the device store
cloud-cannot-serialise-state = cannot serialise the emulator's state

## console emulator: frame log, fault switches, cloud serve --console
cloud-unknown-fault = { $fault } is not a fault that can be switched while the emulator runs
cloud-unknown-fault-hint = the switches are: { $switches }
cloud-console-remote-refused = --console-listen { $addr } is not a loopback address: the console would serve the emulator and the store to the network
cloud-console-open = The emulator's console: open { $url } in a browser on this computer (the token in it is the key: share it only with people who may drive the emulator)
cloud-console-no-store = The console's line and devices pages have no store to read ({ $error }); the emulator page works without one.
console-emu-frames = Frame log of { $sn }
console-emu-frames-live = Live: the frames the emulator received from and sent to { $sn }, newest first, the last { $count } at most; credentials masked as in connect --transcript.
console-emu-no-device = No device to show: the emulator knows none.
console-emu-time = Time
console-emu-dir = Direction
console-emu-cmd = Command
console-emu-frame = Frame (masked)
console-emu-dir-in = received
console-emu-dir-out = sent
console-emu-faults = Fault switches
console-emu-faults-text = A counted fault switched on fires { $times ->
    [0] every time
    [one] once
   *[other] { $times } times
} from now. Delays, error codes, dropped replies and the other valued faults stay as cloud serve was started.
console-emu-fault-on = on
console-emu-fault-off = off
console-emu-fault-done = { $fault } switched { $state }
console-emu-not-a-fault = { $fault } is not a fault switch
## doctor --profile and the station's preflight (io/checks.rs, io/preflight.rs)
checks-store-readonly = { $path } cannot be written by this user
checks-program-missing = { $program } does not exist
checks-program-path-hint = a name with a slash is a path from the directory the station starts in: correct the command in the profile, or give the program's full path
checks-printer-path-ok = { $path } can be written
checks-label-ok = a bind URL as long as WeCom's fits the label ({ $label }, { $dpi } dpi)
checks-label-default = default size
doctor-profile = { $file }: station { $station }, { $slots } slot(s), profile { $hash }
doctor-profile-no-printer = not checked: the profile names no printer (and no --printer was given)
doctor-profile-no-command = not checked: the profile names no flasher, verifier or on_pass/on_fail command (and no --flasher was given)
checks-port-ok = slot { $slot }: { $port } can be opened
checks-port-missing = slot { $slot }: { $port } does not exist
checks-port-missing-hint = plug in the fixture's USB serial adapter (`ls /dev/serial/by-id/` lists what is connected), or correct `port` in the profile
checks-port-denied = slot { $slot }: this user may not open { $port }
checks-port-denied-hint = the port belongs to the group { $group }: run `{ $command }`, then log out and in again
## station screen and console, as seen at the line
station-screen-head = station { $station } | profile { $profile } | store { $store }
station-screen-head-short = station { $station } | profile { $profile }
station-screen-running-again = { $step }, attempt { $attempt }: { $seconds } s
station-failed-step = { $step } failed
station-failed-log = { $why }: { $log }
line-state-claimed = claimed
line-state-issued = payload written
line-state-flashed = flashed
line-state-printed = label printed
line-state-done = done
line-state-failed = failed
line-state-unclaimed = not issued
line-event-imported = imported
line-event-secret-exchanged = SecretNo exchanged
line-event-registered = registered
line-event-activated = activated
line-event-bound = bound
line-event-unbound = unbound
line-event-line-claimed = claimed
line-event-line-reissued = reissued
line-event-line-resumed = resumed
line-event-secret-issued = payload written
line-event-flashed = flashed
line-event-flash-failed = flashing failed
line-event-verify-failed = read-back failed
line-event-step-retried = step retried
line-event-label-printed = label printed
line-event-label-skipped = no label printed
line-event-print-failed = label failed
line-event-line-set-aside = set aside
line-event-line-done = done
## console live feed (PostgreSQL)
store-watch-listen-lost = lost the connection that listens for new ledger lines ({ $error }); the console asks the store every 250 ms until it can listen again
console-watch-listening = listening for new ledger lines (PostgreSQL LISTEN/NOTIFY) again
## i18n-rest: the last messages written in the code
rest-cloud-state-dir = creating state dir { $dir }
rest-cloud-already-serving = another emulator is serving { $dir }
rest-cloud-already-serving-hint = stop it, or give this one its own --state-dir
rest-cloud-cannot-listen = cannot listen on { $addr }
rest-cloud-cannot-listen-firmware = cannot listen on { $addr } for firmware downloads
rest-cloud-log-tls-refused = { $peer }: fault: TLS handshake refused
rest-cloud-status-sn = SN
rest-connect-download-dir = --download-dir { $dir }
rest-connect-on-bad = --on { $spec }: { $why }
rest-connect-download-size = download is { $got } bytes, get_firmware_info said { $said }
rest-connect-download-md5 = md5 mismatch: got { $got }, get_firmware_info said { $said }
rest-connect-download-save = cannot save { $path }: { $error } (create --download-dir { $dir } again, or give another)
rest-download-bad-url = bad download_url { $url }
rest-download-no-host = download_url { $url } has no host
rest-download-scheme = download_url { $url } is neither http:// nor https://
rest-download-cannot-reach = cannot reach { $addr }
rest-download-tls = TLS with { $host }
rest-download-reading = reading the download
rest-download-no-response = no HTTP response from { $host }
rest-download-status = download of { $url } answered HTTP { $status }
rest-download-chunked = download of { $url }: chunked transfer encoding is not supported
rest-download-too-large = download of { $url } is larger than { $max } bytes
rest-transport-cannot-reach = cannot reach { $addr }: { $error }
rest-transport-bad-host = bad host name { $host }: { $error }
rest-transport-tls-failed = TLS handshake with { $host } failed: { $error }
rest-transport-upgrade-failed = WebSocket upgrade failed: { $error }
rest-transport-tls-config = cannot set up TLS
rest-pgpass-too-open = { $file } is readable by group or others and is ignored (chmod 600 it)
# Ledger events and unit statuses in human tables (the English label is the stored name).
ledger-imported = imported
ledger-secret-exchanged = secret-exchanged
ledger-registered = registered
ledger-activated = activated
ledger-bound = bound
ledger-unbound = unbound
ledger-line-claimed = line-claimed
ledger-line-reissued = line-reissued
ledger-line-resumed = line-resumed
ledger-secret-issued = secret-issued
ledger-flashed = flashed
ledger-flash-failed = flash-failed
ledger-verify-failed = verify-failed
ledger-step-retried = step-retried
ledger-label-printed = label-printed
ledger-label-skipped = label-skipped
ledger-print-failed = print-failed
ledger-line-set-aside = line-set-aside
ledger-line-done = line-done
# Durations (sign --explain, qr --watch, connect): 45s, 1m 05s, 1h 02m 03s, 3d 2h.
duration-s = { $s }s
duration-m-s = { $m }m { $s }s
duration-h-m-s = { $h }h { $m }m { $s }s
duration-d-h = { $d }d { $h }h
# Why an SN is refused (the cloud's rule: [0-9A-Za-z]{1,128}).
sn-empty = SN is empty
sn-too-long = SN is { $len } characters long; at most { $max } are allowed
sn-bad-char = SN contains { $char }; only 0-9, A-Z and a-z are allowed
# -v lines: a technician reads them to learn where a secret or URL came from.
rest-debug-secret-from = { $what } from { $origin } ({ $secret })
rest-debug-secret-fingerprint = SecretNo from { $origin } (fingerprint { $fingerprint })
rest-debug-secret-of-unit = SecretNo of SN { $sn } from the device store { $store } (fingerprint { $fingerprint })
rest-debug-seed-unknown = SN { $sn } is a seed unit whose own SecretNo is not known yet (run `connect` first)
rest-debug-url-from-store = URL of SN { $sn } from the device store { $store }
rest-debug-backend-sim = backend: simulator ({ $sn } at { $address })
rest-debug-backend-bluez = backend: BlueZ adapter { $adapter }
rest-debug-ignored = ignored { $address }: { $why }
rest-debug-device-id = SN { $sn } is device ID { $id } in the device store
rest-debug-wrote = wrote { $path }
rest-debug-flasher-output = { $sn }: flasher output:
# The sentence around a cause (an OS or driver error, kept as it comes): "what: cause".
output-caused-by = { $what }: { $error }
# Why `line next` failed a unit (the ledger keeps its English record).
rest-line-flasher = flasher
rest-line-verifier = verifier
rest-line-why-exited = { $who } exited with { $code }
rest-line-why-signal = { $who } exited with a signal
rest-line-why-timeout = { $who } timed out after { $secs } s
rest-line-why-mismatch = read-back differs from the payload ({ $read } bytes read, { $written } written)
rest-line-why-set-aside = set aside at the { $step } step: { $reason } ({ $halted })
rest-line-issued-detail = { $format } payload, { $bytes } bytes, secret fingerprint { $fingerprint }, to { $to }
rest-line-temp-file = temporary file
rest-line-flashed-detail = flasher exit 0 in { $ms } ms
rest-line-flashed-verified = flasher exit 0 in { $ms } ms; read-back verified
# Why a secret (SecretNo, seed) as read is refused.
secret-error-empty = the secret is empty
secret-error-multi-line = the secret contains a line break inside it (only one trailing newline is allowed)
secret-error-control = the secret contains control characters
# The emulator's log of the faults it injects (`--json` keeps the English `detail`).
rest-cloud-log-fault = conn { $conn }: fault { $mode }: { $what }
rest-cloud-fault-split-bytes = every frame written one byte at a time
rest-cloud-fault-duplicate-keys = { $cmd } sent with `cmd` twice (push_unbind_corp first)
rest-cloud-fault-wrong-req-id = reply to { $cmd } [{ $req_id }] sent as [{ $wrong }]
rest-cloud-fault-ping-flood = { $n } WebSocket pings after the reply to { $cmd }
rest-cloud-fault-oversize-text = reply to { $cmd } padded to { $bytes } bytes
rest-cloud-fault-invalid-utf8 = reply to { $cmd } sent with invalid UTF-8 (c3 28)
rest-cloud-fault-reorder = reply to { $cmd } held until the next reply has gone out
rest-cloud-fault-oversize-binary = binary reply to { $cmd } [{ $req_id }] padded to { $bytes } bytes
rest-cloud-fault-data-len = binary reply to { $cmd } [{ $req_id }] declares data_len { $len } for { $real } bytes
rest-cloud-fault-push-before-subscribe = push_unbind_corp before answering { $cmd }
rest-cloud-log-fault-drop-after = conn { $conn }: fault: closing after { $frames } frames
rest-cloud-log-fault-drop-reply = conn { $conn }: fault: reply to { $cmd } [{ $req_id }] dropped
rest-cloud-log-fault-truncate = conn { $conn }: fault: binary reply to { $cmd } [{ $req_id }] truncated
rest-cloud-log-fault-errcode = conn { $conn }: fault: answering { $cmd } with { $code }
rest-cloud-log-fault-unknown-push = conn { $conn }: fault: unknown push { $cmd }
rest-ble-transient-ignored = ignored transient error while waiting: { $error }
# sign --batch: a row's errors, and what kind of JSON value was found instead.
rest-sign-row-missing-column = missing column `{ $name }`
rest-sign-row-not-object = not a JSON object: { $error }
rest-sign-row-not-string = `{ $key }` must be a string, got { $got }
rest-json-null = null
rest-json-boolean = a boolean
rest-json-number = a number
rest-json-string = a string
rest-json-array = an array
rest-json-object = an object
## console polish: the emulator page's words
console-emu-off = This console is not attached to a cloud emulator.
console-emu-off-hint = To see one here, start the emulator with its console: wecom-hw cloud serve --console — or open this console beside a running emulator: wecom-hw console --cloud-dir DIR (DIR: the emulator's state directory).
console-emu-stage-connected = connected
console-emu-stage-registered = registered
console-emu-stage-activated = activated
console-emu-stage-subscribed = subscribed
console-emu-is-online = online
console-emu-is-offline = offline
console-emu-is-registered = registered
console-emu-not-registered = not registered
console-emu-actions = Actions
console-emu-corp-label = Corp
console-emu-push-name = Command
console-emu-push-body = Body (JSON)
console-emu-optional = optional

## station-polish
# A failed preflight check whose message does not name what it looked at: that first.
station-check-target = { $target }: { $problem }

## ledger-words
# A ledger entry's detail as the store keeps it; these reproduce the stored English forms.
ledger-words-profile = { $words } [profile { $hash }]
ledger-words-profile-only = profile { $hash }
ledger-words-stdout = stdout
ledger-words-temp-file = temporary file
ledger-words-batch = batch { $batch } from { $file } row { $row }
ledger-words-label = { $format } → { $to }
ledger-words-line-label = { $format } label ×{ $copies } to { $to }
ledger-words-reprint = reprint: { $label }
ledger-words-no-label = no label: neither --print nor --printer
ledger-words-exchanged = get_secret_no, SecretNo fingerprint { $fingerprint }
ledger-words-register = register
ledger-words-already-registered = the cloud says already registered
ledger-words-active-secret = active returned the secret
ledger-words-saved-secret = subscribe_corp accepted the secret saved by an interrupted run
ledger-words-unbind-pushed = push_unbind_corp
ledger-words-answered = { $call } answered { $code }
ledger-words-issued = { $format } payload, { $bytes } bytes, secret fingerprint { $fingerprint }, to { $to }
ledger-words-flasher-exit = flasher exit 0 in { $ms } ms
ledger-words-no-flasher = no flasher
ledger-words-verified = { $flashed }; read-back verified
ledger-words-output = { $words }: { $log }
ledger-words-retried = { $step } attempt { $attempt } of { $of } failed: { $why }
ledger-words-resumed = from state { $state }
ledger-words-retry-after = retry after { $why }
ledger-words-unit = { $sn }: { $detail }

## store-location
store-url-lost-start = the store location "{ $store }" is the end of a PostgreSQL URL without its start (was a variable such as $PG empty?)
store-url-lost-start-hint = give the whole URL, e.g. --store "postgres://USER@HOST:PORT/DATABASE?sslmode=require", or a file path

## i18n-format
# Why `connect` left a connection, restarted its login, wiped its secret or failed a call
# (core/wss/client/reason.rs; `--json` keeps the stable English record).
fmt-reason-send-failed = send failed: { $error }
fmt-reason-closed-by-cloud = closed by the cloud ({ $code } { $why })
fmt-reason-closed-by-cloud-bare = closed by the cloud
fmt-reason-connection-closed = connection closed
fmt-reason-connection-lost = connection lost: { $error }
fmt-reason-too-big = the cloud sent a message of { $size } bytes, over the { $max }-byte limit (--max-message): closed with 1009
fmt-reason-not-utf8 = the cloud sent a text frame that is not UTF-8, closed with 1007: { $detail }
fmt-reason-protocol-broken = the cloud broke the WebSocket protocol, closed with 1002: { $detail }
fmt-reason-during = { $why } ({ $doing })
fmt-reason-heartbeats-missed = { $n } heartbeats without reply
fmt-reason-no-reply = no reply to `{ $cmd }` after { $tries } tries
fmt-reason-keeps-failing = { $why }; login keeps failing
fmt-reason-busy = `{ $cmd }` answered "system busy" 4 times
fmt-reason-answered = `{ $cmd }` answered { $code } ({ $what })
fmt-reason-heartbeat-answered = heartbeat answered { $code } ({ $what })
fmt-reason-no-headers = cloud said { $code } ({ $what }) without headers
fmt-reason-register-again = { $why }: registering again
fmt-reason-no-active-code = cloud says { $code } (already registered) and no active_code is stored
fmt-reason-held-elsewhere = the cloud still holds this SN on another connection (600002), probably our previous one: reconnecting
fmt-reason-lost-activation = this connection is already activated but no secret is stored: reconnecting to activate again
fmt-reason-push-unbind = push_unbind_corp
fmt-reason-call-timeout = no reply within { $secs } s
fmt-reason-binary-malformed = the cloud's binary reply was malformed: { $detail }
fmt-call-failed = `{ $cmd }`: { $reason }
# What a parse error found malformed; the parser's detail follows as data.
fmt-malformed-text-frame = a text frame is not a valid message envelope: { $error }
fmt-malformed-binary-frame = a binary frame does not decode: { $error }
fmt-malformed-timestamp = the get_timestamp reply carries no usable timestamp: { $error }
# qr --batch: where a row is, and what is wrong with it (render/batch.rs).
fmt-batch-at-row = { $name }, row { $row }
fmt-batch-at-line = { $name }, line { $row }
fmt-batch-bad-sn = { $at }, column sn: { $sn }: { $error }
fmt-batch-dynamic-url = { $at }, column url: a dynamic code expires and cannot be printed; labels carry the static hw_code URL
fmt-batch-bad-url = { $at }, column url: { $error }
fmt-batch-no-url = { $at }: no url or hw_code for SN { $sn }
fmt-batch-no-sn-column = { $name }: no SN column (headers: { $headers })
fmt-batch-no-url-column = { $name }: no url (qr_url, 二维码) or hw_code column
fmt-batch-not-object = { $at }: not a JSON object
fmt-batch-not-string = { $at }, key { $key }: expected a string
fmt-batch-no-rows = { $name }: no rows
fmt-batch-name-unclosed = --name { $template }: unclosed '{"{"}'
fmt-batch-name-unknown-field = --name { $template }: unknown field { $field }; use {"{"}sn{"}"} or {"{"}row{"}"}
fmt-batch-name-not-plain = --name { $template } must give a plain file name (files go into --out-dir)
# --size of a label (render/layout.rs).
fmt-label-size-shape = label size { $size }: expected WIDTHxHEIGHT in mm, e.g. 40x30
fmt-label-size-not-number = label size { $size }: { $value } is not a number of mm
fmt-label-size-range = label size { $size }: { $mm } mm is outside 1–1000 mm
# connect --on reactions (cmd/connect/react.rs); the `reaction` event keeps its English `error`.
fmt-exec-wait-failed = { $program } could not be waited for: { $error }
fmt-firmware-info-malformed = the firmware information from the cloud is malformed: { $error }
# ble provision: the device could not join the Wi-Fi (core/ble/session.rs).
fmt-ble-wifi-refused = the device reports wifi_connected: false for { $ssid } (wrong password, out of range, or MAC not whitelisted)
# connect could not open the connection in time (net/client/mod.rs).
fmt-no-connection-deadline = no connection to { $url } before the deadline
fmt-no-connection-timeout = no connection to { $addr } before the deadline (--timeout)
fmt-no-connection-within = no connection to { $addr } within { $secs } s
# What the device was doing when a frame arrived or the connection closed.
fmt-doing-waiting = waiting for `{ $cmd }`
fmt-doing-online = online
fmt-doing-online-in-flight = online, `{ $cmds }` in flight
fmt-doing-polling-active = polling `active`

## i18n-last
# `qr verify` findings: why a found code could not be read back.
i18nl-verify-does-not-fit = the symbol and its quiet zone do not fit the { $w }×{ $h } image
i18nl-verify-dark-quiet-zone = dark pixel ({ $x }, { $y }) in the quiet zone
i18nl-verify-not-one-colour = module ({ $mx }, { $my }) is not one colour (pixel ({ $x }, { $y }))
i18nl-verify-wrong-version = it declares version { $version } ECC { $ecc }, expected V{ $want_version }-{ $want_ecc }
i18nl-verify-png-decode = the PNG does not decode: { $detail }
# ZPL's automatic QR mode and a payload it cannot carry.
i18nl-zpl-non-ascii = ZPL automatic QR mode cannot carry the non-ASCII payload { $payload }
# BLE: a device's errcode refusal, a packet that fits no step, a device with another SN.
i18nl-ble-refused = the device answered { $cmd } with errcode { $errcode } { $errmsg }
i18nl-ble-ignored-packet = ignored packet { $cmd } ({ $name }) while waiting for { $waiting }
i18nl-ble-no-status-command = protocol version 1 (FCC9): the device has no status command (30004)
i18nl-ble-wrong-sn = the device says SN { $got }, expected { $want }
i18nl-ble-sim-out-of-range = { $address } is not in range of the simulator (it is { $sim })
# 600023 that outlived every clock sync; { $errmsg } is the cloud's own.
i18nl-wss-still-stale = { $errmsg } (still stale after { $syncs } clock syncs: the cloud's clock or the signing clock is wrong)
# BlueZ errors, shown inside the `ble` failure message.
i18nl-bluez-no-adapter-named = no adapter named { $want }; available: { $available }
i18nl-bluez-not-seen = { $address } is not known to BlueZ on { $adapter } and was not seen advertising within { $secs }s
i18nl-bluez-no-characteristic = service 0xFCE7 has no 0x{ $uuid } ({ $role }) characteristic
i18nl-bluez-fcc8-no-indicate = 0xFCC8 cannot indicate (properties { $properties })
i18nl-bluez-fcc7-not-writable = 0xFCC7 is not writable (properties { $properties })
i18nl-bluez-after-attempts = { $detail } (after { $attempts } attempts)
i18nl-bluez-no-dbus = { $detail } — the system D-Bus is not reachable (is dbus running?)
i18nl-bluez-not-running = { $detail } — BlueZ is not running (start it: `systemctl start bluetooth`)
i18nl-bluez-power-on = { $detail } — power the adapter on (`rfkill unblock bluetooth`, `bluetoothctl power on`)

## last-words
# A TSPL label whose QR content has a line break.
render-tspl-line-break = TSPL QRCODE data cannot contain line breaks
render-tspl-line-break-hint = remove the line breaks, or draw the code as PNG, SVG or PDF (--format png, svg or pdf)
# Where a bad value came from, before the problem.
at-sn-field = SN { $sn }: { $field }
at-env-var = environment variable { $name }
at-file-column = { $at }: column { $column }
# A `print-failed` ledger entry whose label could not be made (the ledger keeps the error code).
ledger-label-no-url = label not made: the unit has no static QR URL
ledger-label-too-small = label not made: the QR code does not fit the label
ledger-label-unsupported = label not made: the label language cannot carry the QR content
ledger-label-not-made = label not made ({ $code })
# What the device was doing, by its lifecycle state.
fmt-doing-disconnected = not connected
fmt-doing-time-sync = syncing the clock
fmt-doing-secret-exchange = exchanging the seed for a SecretNo
fmt-doing-registering = registering on the network
fmt-doing-subscribing = subscribing to corp information
fmt-doing-stopped = stopped
# A unit's or batch's kind of secret in `devices list`, `show` and `batches`.
devices-kind-per-device = per-device
devices-kind-seed = seed
devices-kind-mixed = mixed
# doctor on a SQLite file that is not a device store.
doctor-store-not-a-store = { $path } is not a device store: it has none of wecom-hw's tables (an empty file, or another program's database)

# `ble scan`: why a sighting is not a WeCom device (-v), and the table's values.
ble-ignored-no-service = no 0xFCE7 service in its advertisement
ble-ignored-no-data = advertises 0xFCE7 without WeCom 0xEE/0xED data
ble-bind-bound = bound
ble-bind-unbound = unbound
ble-battery-low = LOW
ble-battery-ok = ok
ble-sign-ok = ok
ble-sign-ok-reversed = ok(reversed)
ble-sign-mismatch = MISMATCH
