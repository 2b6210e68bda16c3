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
doctor-flasher-empty = the flasher command is empty
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
