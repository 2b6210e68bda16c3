# wecom-hw 输出的消息，代码中用 `crate::fl!` 查找。消息 ID 和变量须与
# ../en-US/wecom-hw.ftl 一致（有测试比对）。术语见 shared/spec/glossary.md。

## output.rs：各命令报告结果的方式

output-error = 错误
output-warning = 警告
output-hint = 提示
output-labelled = { $label }：{ $text }

## 退出码（README、`--help`、man 手册）

exit-code-0 = 成功
exit-code-2 = 用法错误：命令行有误
exit-code-3 = 输入数据有误：文件、行、列、SN、URL 或密钥来源
exit-code-4 = 校验失败：签名不正确，或生成的码回读解码不一致
exit-code-5 = 已过期：签名的码或请求已超出有效期
exit-code-6 = 与设备库冲突（SN 重复，或该设备已下发）
exit-code-7 = 无法连接网络或设备
exit-code-8 = 云端拒绝了请求（errcode 非零）
exit-code-9 = 某一步骤超时
exit-code-10 = 本地 I/O 错误（文件或设备库）
exit-code-70 = 内部错误（程序缺陷，请反馈）

## station

# 工位配置（station.toml）。$at 为“文件:行号”（或文件名）。
station-profile-syntax = { $at }：不是有效的工位配置：{ $error }
station-profile-syntax-hint = 工位配置采用 TOML 格式：每行一个 `键 = 值`，文本用英文双引号括起（参见 examples/station.toml）
station-profile-unknown-key = { $at }：未知的键 `{ $key }`
station-profile-unknown-key-like = 是否想写 `{ $key }`？请改为该键
station-profile-unknown-key-hint = 请删除该行；工位配置只能包含：{ $keys }
station-profile-missing-key = { $at }：缺少键 `{ $key }`
station-profile-missing-key-hint = 请添加一行，例如：{ $write }
station-profile-bad-value = { $at }：`{ $key }`：{ $why }
station-profile-write = 请改为，例如：{ $write }
station-profile-not-text = 应为英文双引号括起的文本
station-profile-not-number = 应为整数
station-profile-out-of-range = 应为 { $min } 到 { $max } 之间的数
station-profile-not-one-of = 应为以下之一：{ $words }
station-profile-empty = 不能为空
station-profile-label-size = 应为以毫米计的标签尺寸，格式为 宽x高
station-profile-printer-addr = 应为 tcp://主机:端口
station-profile-command = 不是有效的命令（为空，或引号未闭合）
station-profile-pin-hash = 应为 sha256:SALT:HASH，由 `wecom-hw line station --hash-pin` 生成
station-profile-unreadable = 无法读取工位配置 { $file }：{ $error }
station-profile-unreadable-hint = 请用 --profile 指定工位配置的路径；示例见 examples/station.toml
station-no-such-slot = --slot { $slot }：工位配置只有 { $slots } 个工装位
station-no-such-slot-hint = 请给出 1 到工装位数之间的编号；不加 --slot 则启用全部工装位
station-pin-short = 线长 PIN 至少需要 4 个字符
# 开工前检查。
station-preflight-failed = 工位无法启动：{ $count } 项检查未通过（见上方），请处理后重新启动
station-check-line = 未就绪：{ $problem }。{ $hint }
station-check-store-missing = 设备库不存在
station-check-store-missing-hint = 请检查工位配置中的 `store`，或先导入登记导出文件：wecom-hw import FILE
station-check-store-readonly = 设备库不可写入
station-check-store-hint = 请检查工位配置中的 `store`，并确认当前用户有权写入设备库
station-check-printer-down = 标签打印机 { $printer } 无响应
station-check-printer-down-hint = 请检查打印机电源和网线，以及工位配置中的地址（`printer`）
station-check-printer-path = 打印机设备或标签目录 { $path } 不存在或不可写入
station-check-printer-path-hint = 请接好打印机（或创建该目录），或修改工位配置中的 `printer`
station-check-program = 找不到程序 { $program }
station-check-program-hint = 请修改工位配置中的 `flash`/`verify`：含斜杠的名称是相对工位目录的路径，且文件须可执行
station-check-disk = 磁盘仅剩 { $free } 可用空间（工位需要 { $need }）
station-check-disk-hint = 请清理磁盘空间，然后重新启动工位
station-check-label-hint = 请在工位配置中选用更大的 `label` 或更高的 `dpi`
station-no-url = SN { $sn }：设备库中没有可打印在标签上的二维码链接（qr_url）
# 简易模式：每个事件一行。$slot 为工装位编号。
station-ready = 工位 { $station } 已就绪：{ $slots } 个工装位，配置 { $profile }，设备库 { $store }
station-ready-scan = 请扫描设备的 SN 开始
station-ready-next = 请按回车（或扫码枪扳机）领取下一台设备
station-on-slot = 工装 { $slot }：{ $text }
station-double-scan = { $sn } 在 2 秒内重复扫描，已忽略
station-refused-unknown = { $sn }：设备库中没有此设备。请核对标签，或请线长导入其批次
station-refused-issued = { $sn }：已下发过（状态 { $state }，工位 { $station }）。请将该设备放到一边并告知线长
station-refused-on-slot = { $sn } 已在工装 { $slot } 上
station-refused-busy = 所有工装位都在忙：请等待合格或不合格结果，然后重新扫描 { $sn }
station-refused-none-left = 没有可下发的设备了：请向线长领取下一批次
station-refused-quitting = 工位正在退出：未领取 { $sn }
station-refused-other = { $sn }：未领取：{ $why }
station-started = 已领取 { $sn }
station-resumed = { $sn } 从中断处继续
station-step = { $sn } { $step }中
station-step-payload = 写入数据
station-step-flash = 烧录
station-step-verify = 回读校验
station-step-label = 打印标签
station-step-finish = 记录结果
station-retrying = { $sn }：{ $step }失败，正在重试
station-pass = { $sn } 合格 PASS
station-reprinted = { $sn }：标签已补打
station-fail-set-aside = { $sn } 不合格 FAIL：{ $why }。该设备已隔离：请放入维修盒；本工装位可继续下一台
station-fail-held = { $sn } 不合格 FAIL：{ $todo }（{ $why }）
station-why-exited = { $step }失败（退出码 { $code }）
station-why-signal = { $step }被信号终止
station-why-timeout = { $step }超过 { $seconds } 秒未完成
station-why-mismatch = 回读内容与烧录内容不一致
station-why-set-aside = 线长已隔离：{ $reason }
station-held-label = 打印机无响应：请检查电源和网线，然后按 R 重试
station-held-payload = 无法写入设备数据：请检查磁盘，然后按 R 重试
station-held-program = 无法启动烧录程序：请告知线长，然后按 R 重试
station-held-store = 设备库未能记录此步骤：请检查网络或磁盘，然后按 R 重试
station-quitting = 正在退出：等待 { $busy } 个工装位完成当前步骤
station-nothing-to-retry = 没有需要重试的步骤
station-nothing-to-reprint = 没有可补打的标签
station-stopped = 工位已停止：合格 { $pass } 台，不合格 { $fail } 台
station-profile-fix = 请修改 { $file } 中的上述各行，然后重新启动工位
# 屏幕。
station-screen-header = 工位 { $station } | 配置 { $profile } | { $printer } | 设备库 { $store }
station-screen-printer-none = 无打印机
station-screen-printer-ready = 打印机 { $printer } 正常
station-screen-printer-down = 打印机 { $printer } 无响应
station-screen-counters = 合格 { $pass }   不合格 { $fail }   良率 { $yield_pct }   每小时产量 { $per_hour }   本批剩余 { $left }
station-screen-slot = 工装 { $slot }
station-screen-slot-port = 工装 { $slot }（{ $port }）
station-screen-idle-scan = 就绪：请扫码
station-screen-idle-next = 就绪：请按回车
station-screen-claiming = 正在领取设备…
station-screen-running = { $step }中… { $seconds } 秒
station-screen-held = 停在：{ $step }
station-screen-set-aside = 已隔离：请放入维修盒
station-screen-pass = 合格
station-screen-fail = 不合格
station-screen-failures = 最近失败
station-screen-prompt = 扫码：
station-screen-keys = R 重试  P 补打  Q 退出
station-screen-preflight = 未就绪：工位无法启动
station-screen-preflight-then = 请处理以上问题后重新启动工位。按 Q 退出。
# 线长操作。
station-lead-wrong-pin = 线长 PIN 错误：未执行任何操作
station-lead-usage = 线长操作：lead PIN aside [工装位] 原因、lead PIN reissue SN 原因、lead PIN leave
