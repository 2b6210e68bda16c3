_wecom__hw() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="wecom__hw"
                ;;
            wecom__hw,ble)
                cmd="wecom__hw__subcmd__ble"
                ;;
            wecom__hw,gen-assets)
                cmd="wecom__hw__subcmd__gen__subcmd__assets"
                ;;
            wecom__hw,help)
                cmd="wecom__hw__subcmd__help"
                ;;
            wecom__hw,sign)
                cmd="wecom__hw__subcmd__sign"
                ;;
            wecom__hw__subcmd__ble,help)
                cmd="wecom__hw__subcmd__ble__subcmd__help"
                ;;
            wecom__hw__subcmd__ble,provision)
                cmd="wecom__hw__subcmd__ble__subcmd__provision"
                ;;
            wecom__hw__subcmd__ble,qr)
                cmd="wecom__hw__subcmd__ble__subcmd__qr"
                ;;
            wecom__hw__subcmd__ble,scan)
                cmd="wecom__hw__subcmd__ble__subcmd__scan"
                ;;
            wecom__hw__subcmd__ble,status)
                cmd="wecom__hw__subcmd__ble__subcmd__status"
                ;;
            wecom__hw__subcmd__ble,wifi-list)
                cmd="wecom__hw__subcmd__ble__subcmd__wifi__subcmd__list"
                ;;
            wecom__hw__subcmd__ble__subcmd__help,help)
                cmd="wecom__hw__subcmd__ble__subcmd__help__subcmd__help"
                ;;
            wecom__hw__subcmd__ble__subcmd__help,provision)
                cmd="wecom__hw__subcmd__ble__subcmd__help__subcmd__provision"
                ;;
            wecom__hw__subcmd__ble__subcmd__help,qr)
                cmd="wecom__hw__subcmd__ble__subcmd__help__subcmd__qr"
                ;;
            wecom__hw__subcmd__ble__subcmd__help,scan)
                cmd="wecom__hw__subcmd__ble__subcmd__help__subcmd__scan"
                ;;
            wecom__hw__subcmd__ble__subcmd__help,status)
                cmd="wecom__hw__subcmd__ble__subcmd__help__subcmd__status"
                ;;
            wecom__hw__subcmd__ble__subcmd__help,wifi-list)
                cmd="wecom__hw__subcmd__ble__subcmd__help__subcmd__wifi__subcmd__list"
                ;;
            wecom__hw__subcmd__help,ble)
                cmd="wecom__hw__subcmd__help__subcmd__ble"
                ;;
            wecom__hw__subcmd__help,gen-assets)
                cmd="wecom__hw__subcmd__help__subcmd__gen__subcmd__assets"
                ;;
            wecom__hw__subcmd__help,help)
                cmd="wecom__hw__subcmd__help__subcmd__help"
                ;;
            wecom__hw__subcmd__help,sign)
                cmd="wecom__hw__subcmd__help__subcmd__sign"
                ;;
            wecom__hw__subcmd__help__subcmd__ble,provision)
                cmd="wecom__hw__subcmd__help__subcmd__ble__subcmd__provision"
                ;;
            wecom__hw__subcmd__help__subcmd__ble,qr)
                cmd="wecom__hw__subcmd__help__subcmd__ble__subcmd__qr"
                ;;
            wecom__hw__subcmd__help__subcmd__ble,scan)
                cmd="wecom__hw__subcmd__help__subcmd__ble__subcmd__scan"
                ;;
            wecom__hw__subcmd__help__subcmd__ble,status)
                cmd="wecom__hw__subcmd__help__subcmd__ble__subcmd__status"
                ;;
            wecom__hw__subcmd__help__subcmd__ble,wifi-list)
                cmd="wecom__hw__subcmd__help__subcmd__ble__subcmd__wifi__subcmd__list"
                ;;
            wecom__hw__subcmd__help__subcmd__sign,bind)
                cmd="wecom__hw__subcmd__help__subcmd__sign__subcmd__bind"
                ;;
            wecom__hw__subcmd__help__subcmd__sign,login)
                cmd="wecom__hw__subcmd__help__subcmd__sign__subcmd__login"
                ;;
            wecom__hw__subcmd__help__subcmd__sign,register)
                cmd="wecom__hw__subcmd__help__subcmd__sign__subcmd__register"
                ;;
            wecom__hw__subcmd__help__subcmd__sign,secret-no)
                cmd="wecom__hw__subcmd__help__subcmd__sign__subcmd__secret__subcmd__no"
                ;;
            wecom__hw__subcmd__help__subcmd__sign,verify)
                cmd="wecom__hw__subcmd__help__subcmd__sign__subcmd__verify"
                ;;
            wecom__hw__subcmd__sign,bind)
                cmd="wecom__hw__subcmd__sign__subcmd__bind"
                ;;
            wecom__hw__subcmd__sign,help)
                cmd="wecom__hw__subcmd__sign__subcmd__help"
                ;;
            wecom__hw__subcmd__sign,login)
                cmd="wecom__hw__subcmd__sign__subcmd__login"
                ;;
            wecom__hw__subcmd__sign,register)
                cmd="wecom__hw__subcmd__sign__subcmd__register"
                ;;
            wecom__hw__subcmd__sign,secret-no)
                cmd="wecom__hw__subcmd__sign__subcmd__secret__subcmd__no"
                ;;
            wecom__hw__subcmd__sign,verify)
                cmd="wecom__hw__subcmd__sign__subcmd__verify"
                ;;
            wecom__hw__subcmd__sign__subcmd__help,bind)
                cmd="wecom__hw__subcmd__sign__subcmd__help__subcmd__bind"
                ;;
            wecom__hw__subcmd__sign__subcmd__help,help)
                cmd="wecom__hw__subcmd__sign__subcmd__help__subcmd__help"
                ;;
            wecom__hw__subcmd__sign__subcmd__help,login)
                cmd="wecom__hw__subcmd__sign__subcmd__help__subcmd__login"
                ;;
            wecom__hw__subcmd__sign__subcmd__help,register)
                cmd="wecom__hw__subcmd__sign__subcmd__help__subcmd__register"
                ;;
            wecom__hw__subcmd__sign__subcmd__help,secret-no)
                cmd="wecom__hw__subcmd__sign__subcmd__help__subcmd__secret__subcmd__no"
                ;;
            wecom__hw__subcmd__sign__subcmd__help,verify)
                cmd="wecom__hw__subcmd__sign__subcmd__help__subcmd__verify"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        wecom__hw)
            opts="-v -q -h -V --json --verbose --quiet --color --help --version sign ble gen-assets help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__ble)
            opts="-v -q -h -V --backend --adapter --sim-fault --sim-secret-env --sim-advert --ed-sign-first --ed-nonce-le --ed-sign-order --json --verbose --quiet --color --help --version scan status wifi-list provision qr help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --backend)
                    COMPREPLY=($(compgen -W "bluez sim" -- "${cur}"))
                    return 0
                    ;;
                --adapter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-fault)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-advert)
                    COMPREPLY=($(compgen -W "ee ed" -- "${cur}"))
                    return 0
                    ;;
                --ed-sign-order)
                    COMPREPLY=($(compgen -W "digest reversed either" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__ble__subcmd__help)
            opts="scan status wifi-list provision qr help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__ble__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__ble__subcmd__help__subcmd__provision)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__ble__subcmd__help__subcmd__qr)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__ble__subcmd__help__subcmd__scan)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__ble__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__ble__subcmd__help__subcmd__wifi__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__ble__subcmd__provision)
            opts="-v -q -h -V --address --device-id --sn --pick --scan-timeout --signer --step-timeout --attempts --trace --secret-file --secret-stdin --secret-env --ssid --bssid --protocol --password-file --password-env --password-stdin --backend --adapter --sim-fault --sim-secret-env --sim-advert --ed-sign-first --ed-nonce-le --ed-sign-order --json --verbose --quiet --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --device-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pick)
                    COMPREPLY=($(compgen -W "strongest first only" -- "${cur}"))
                    return 0
                    ;;
                --scan-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --signer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --step-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --attempts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --trace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ssid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bssid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --protocol)
                    COMPREPLY=($(compgen -W "WPA2 WPA WEP None" -- "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "bluez sim" -- "${cur}"))
                    return 0
                    ;;
                --adapter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-fault)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-advert)
                    COMPREPLY=($(compgen -W "ee ed" -- "${cur}"))
                    return 0
                    ;;
                --ed-sign-order)
                    COMPREPLY=($(compgen -W "digest reversed either" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__ble__subcmd__qr)
            opts="-v -q -h -V --invert --backend --adapter --sim-fault --sim-secret-env --sim-advert --ed-sign-first --ed-nonce-le --ed-sign-order --json --verbose --quiet --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --backend)
                    COMPREPLY=($(compgen -W "bluez sim" -- "${cur}"))
                    return 0
                    ;;
                --adapter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-fault)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-advert)
                    COMPREPLY=($(compgen -W "ee ed" -- "${cur}"))
                    return 0
                    ;;
                --ed-sign-order)
                    COMPREPLY=($(compgen -W "digest reversed either" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__ble__subcmd__scan)
            opts="-v -q -h -V --timeout --device-id --sn --pick --secret-file --secret-stdin --secret-env --backend --adapter --sim-fault --sim-secret-env --sim-advert --ed-sign-first --ed-nonce-le --ed-sign-order --json --verbose --quiet --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --device-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pick)
                    COMPREPLY=($(compgen -W "strongest first only" -- "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "bluez sim" -- "${cur}"))
                    return 0
                    ;;
                --adapter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-fault)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-advert)
                    COMPREPLY=($(compgen -W "ee ed" -- "${cur}"))
                    return 0
                    ;;
                --ed-sign-order)
                    COMPREPLY=($(compgen -W "digest reversed either" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__ble__subcmd__status)
            opts="-v -q -h -V --address --device-id --sn --pick --scan-timeout --signer --step-timeout --attempts --trace --secret-file --secret-stdin --secret-env --backend --adapter --sim-fault --sim-secret-env --sim-advert --ed-sign-first --ed-nonce-le --ed-sign-order --json --verbose --quiet --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --device-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pick)
                    COMPREPLY=($(compgen -W "strongest first only" -- "${cur}"))
                    return 0
                    ;;
                --scan-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --signer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --step-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --attempts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --trace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "bluez sim" -- "${cur}"))
                    return 0
                    ;;
                --adapter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-fault)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-advert)
                    COMPREPLY=($(compgen -W "ee ed" -- "${cur}"))
                    return 0
                    ;;
                --ed-sign-order)
                    COMPREPLY=($(compgen -W "digest reversed either" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__ble__subcmd__wifi__subcmd__list)
            opts="-v -q -h -V --address --device-id --sn --pick --scan-timeout --signer --step-timeout --attempts --trace --secret-file --secret-stdin --secret-env --wifi-list-request-id --wifi-list-answer-id --backend --adapter --sim-fault --sim-secret-env --sim-advert --ed-sign-first --ed-nonce-le --ed-sign-order --json --verbose --quiet --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --device-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pick)
                    COMPREPLY=($(compgen -W "strongest first only" -- "${cur}"))
                    return 0
                    ;;
                --scan-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --signer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --step-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --attempts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --trace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wifi-list-request-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wifi-list-answer-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "bluez sim" -- "${cur}"))
                    return 0
                    ;;
                --adapter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-fault)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sim-advert)
                    COMPREPLY=($(compgen -W "ee ed" -- "${cur}"))
                    return 0
                    ;;
                --ed-sign-order)
                    COMPREPLY=($(compgen -W "digest reversed either" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__gen__subcmd__assets)
            opts="-v -q -h -V --json --verbose --quiet --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help)
            opts="sign ble gen-assets help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help__subcmd__ble)
            opts="scan status wifi-list provision qr"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help__subcmd__ble__subcmd__provision)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help__subcmd__ble__subcmd__qr)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help__subcmd__ble__subcmd__scan)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help__subcmd__ble__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help__subcmd__ble__subcmd__wifi__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help__subcmd__gen__subcmd__assets)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help__subcmd__sign)
            opts="bind login register secret-no verify"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help__subcmd__sign__subcmd__bind)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help__subcmd__sign__subcmd__login)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help__subcmd__sign__subcmd__register)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help__subcmd__sign__subcmd__secret__subcmd__no)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__help__subcmd__sign__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__sign)
            opts="-v -q -h -V --json --verbose --quiet --color --help --version bind login register secret-no verify help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__sign__subcmd__bind)
            opts="-o -v -q -h -V --sn --secret-file --secret-stdin --secret-env --timestamp --nonce --state --url --explain --input --input-format --output --output-format --json --verbose --quiet --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timestamp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nonce)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --input)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --input-format)
                    COMPREPLY=($(compgen -W "csv ndjson" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output-format)
                    COMPREPLY=($(compgen -W "csv ndjson" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__sign__subcmd__help)
            opts="bind login register secret-no verify help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__sign__subcmd__help__subcmd__bind)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__sign__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__sign__subcmd__help__subcmd__login)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__sign__subcmd__help__subcmd__register)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__sign__subcmd__help__subcmd__secret__subcmd__no)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__sign__subcmd__help__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__sign__subcmd__login)
            opts="-o -v -q -h -V --sn --secret-file --secret-stdin --secret-env --timestamp --nonce --state --url --explain --input --input-format --output --output-format --json --verbose --quiet --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timestamp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nonce)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --input)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --input-format)
                    COMPREPLY=($(compgen -W "csv ndjson" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output-format)
                    COMPREPLY=($(compgen -W "csv ndjson" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__sign__subcmd__register)
            opts="-o -v -q -h -V --sn --secret-file --secret-stdin --secret-env --timestamp --nonce --state --url --explain --input --input-format --output --output-format --json --verbose --quiet --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timestamp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nonce)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --input)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --input-format)
                    COMPREPLY=($(compgen -W "csv ndjson" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output-format)
                    COMPREPLY=($(compgen -W "csv ndjson" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__sign__subcmd__secret__subcmd__no)
            opts="-o -v -q -h -V --sn --secret-file --secret-stdin --secret-env --timestamp --nonce --state --url --explain --input --input-format --output --output-format --json --verbose --quiet --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timestamp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nonce)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --input)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --input-format)
                    COMPREPLY=($(compgen -W "csv ndjson" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output-format)
                    COMPREPLY=($(compgen -W "csv ndjson" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        wecom__subcmd__hw__subcmd__sign__subcmd__verify)
            opts="-v -q -h -V --secret-file --secret-stdin --secret-env --at --json --verbose --quiet --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --at)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _wecom__hw -o nosort -o bashdefault -o default wecom-hw
else
    complete -F _wecom__hw -o bashdefault -o default wecom-hw
fi
