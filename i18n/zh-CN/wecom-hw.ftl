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

## console

# `wecom-hw console` on stderr, after the URL on stdout.
console-open = 请在本机浏览器中打开 { $url }（其中的令牌就是钥匙：只分享给可以查看产线的人）
console-remote-refused = --listen { $addr } 不是本机回环地址：控制台会把产线和设备库暴露到网络上
console-remote-hint = 如确需在 { $addr } 上提供服务，请加上 --allow-remote（访问者仍需打印出的令牌）；否则请监听 127.0.0.1
# HTTP refusals (plain text).
console-no-token = 请通过 `wecom-hw console` 打印的网址打开控制台：网址中带有访问令牌。
console-cross-origin = 已拒绝：此修改请求并非来自控制台自己的页面。
console-too-large = 已拒绝：请求过大。
console-bad-query = 已拒绝：SN 条件只能包含字母、数字和 - _ . * ?（最多 64 个字符），批次必须是数字。
console-not-found = 未找到
console-failed = 无法读取设备库
console-failed-text = 无法读取设备库：{ $error }
# Navigation.
console-nav-line = 产线
console-nav-devices = 设备
console-nav-emulator = 模拟云端
# The line page.
console-line-title = 生产线
console-line-shift = 本班次自 { $start } 起 · 更新于 { $at }
console-line-pass = 通过
console-line-fail = 失败
console-line-yield = 良率
console-line-per-hour = 最近一小时产量
console-line-progress = 批次进度
console-line-progress-text = 共 { $total } 台，已完成 { $done } 台，尚未下发 { $left } 台
console-line-stations = 工位
console-line-station = 工位
console-line-current = 当前设备 · 步骤
console-line-last = 最近结果
console-line-state = 产线状态
console-line-silent = 无响应
console-line-running = 进行中
console-line-idle = 空闲
console-line-no-stations = 本班次还没有工位写入台账。
console-line-chart = 各工位每小时产量（UPH）
console-line-failures = 最近的失败
console-line-time = 时间
console-line-reason = 原因
console-line-no-failures = 没有失败。
# The devices pages.
console-devices-title = 设备
console-devices-batch = 批次
console-devices-search = 搜索
console-devices-status = 状态
console-devices-imported = 导入时间
console-devices-found = { $more ->
    [true] 仅显示找到的前 { $n } 台设备（请缩小搜索范围以查看其余设备）：
   *[other] 找到 { $n } 台设备：
}
console-unit-fingerprint = 指纹 { $fp }
console-unit-device-id = 设备ID
console-unit-device-secret = 设备 secret
console-unit-corp = 企业
console-unit-last-seen = 最近在线
console-unit-ledger = 台账
console-unit-label = 静态绑定二维码标签
console-unit-no-label = 没有静态标签：设备库中此设备既无二维码链接，也无 hw_code。
# The emulator page.
console-emu-title = 模拟云端
console-emu-unreachable = 模拟云端无响应：{ $error }
console-emu-summary = { $connections } 个长连接，云端时间 { $time }
console-emu-online = 在线
console-emu-stage = 阶段
console-emu-registered = 已注册
console-emu-bound = 绑定企业
console-emu-firmware = 固件
console-emu-corp = 企业（可选）
console-emu-bind = 绑定
console-emu-unbind = 解绑
console-emu-push = 推送
console-emu-done = { $action } { $sn }：已完成
