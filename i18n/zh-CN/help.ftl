# `--help`、`-h` 和 man 手册的中文文本，按命令分组。键名规则见 src/i18n/help.rs，
# 键与 ../en-US/help.ftl 一一对应（tests/i18n_help.rs 会检查缺漏）。
# 术语以 shared/spec/glossary.md 为准；SN、SecretNo、命令名、参数名、路径保持原样。

## clap 自带的文字

heading-usage = 用法
heading-commands = 命令
heading-arguments = 参数
heading-options = 选项
clap-help = 显示帮助
clap-help-short = 显示帮助（用 '--help' 查看详细说明）
clap-help-long = 显示帮助（用 '-h' 查看摘要）
clap-version = 显示版本
clap-help-command = 显示本帮助，或指定子命令的帮助
clap-help-command-arg = 要查看帮助的子命令
spec-default = [默认值：{ $value }]
spec-env = [环境变量：{ $name }]
spec-possible-values = [可选值：{ $values }]
spec-possible-values-list = 可选值：
spec-possible-value-item = - { $value }：{ $help }
spec-list-separator = {", "}
exit-codes-heading = 退出码：

## man 手册的节标题

man-name = 名称
man-synopsis = 概要
man-description = 描述
man-options = 选项
man-subcommands = 子命令
man-extra = 补充说明
man-version = 版本
man-authors = 作者

## wecom-hw

# wecom-hw (about)
cmd-wecom-hw-about = 面向企业微信智能硬件厂商和现场技术人员的工具集
# wecom-hw (long-about)
cmd-wecom-hw-long-about =
    面向企业微信智能硬件厂商和现场技术人员的工具集。

    结果输出到 stdout，诊断信息输出到 stderr。每个命令都支持 --json（机器可读输出），
    并以文档规定的退出码退出（见“退出码”）。
    密钥从不通过命令行传入：请放在文件、环境变量中，或从标准输入读取。
# wecom-hw (after-help)
cmd-wecom-hw-after-help =
    示例：
      wecom-hw demo                                           # 用内置默认值跑通全流程
      wecom-hw import registration-export.xlsx                # 导入服务商管理端导出的设备登记表
      wecom-hw qr static --from-store --label 40x30 -o labels.pdf
      wecom-hw line next --out unit.bin --emit bin --flash 'flasher {"{"}file{"}"}' --printer tcp://printer:9100
      wecom-hw sign verify "$URL" --secret-file secret.txt
      wecom-hw cloud serve --listen 127.0.0.1:8443 --from-store
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem --until bound
      wecom-hw ble provision --sn E30000000001 --ssid Office --password-file wifi.txt
cmd-wecom-hw-after-long-help =
    { $examples }

    { $exit_codes }
# wecom-hw --json
arg-json = 以 JSON 输出结果（流式和批量输出为每行一个对象）
# wecom-hw --verbose
arg-verbose = 在 stderr 输出更多信息；重复使用可更详细（-vv）
# wecom-hw --quiet
arg-quiet = 只输出结果和错误，不显示进度和提示
# wecom-hw --color
arg-color = 何时使用颜色：stderr 上的消息，以及以文本绘制的二维码（`auto`：输出到终端且未设置 NO_COLOR 时）
# wecom-hw --store
arg-store = 设备库：SQLite 文件（默认：$XDG_DATA_HOME/wecom-hw/devices.db）或 postgres://USER@HOST/DB
# wecom-hw --allow-shared-store
arg-allow-shared-store = 允许使用同组或其他用户可读的设备库文件（其中存有 SecretNo）
# wecom-hw --station
arg-station = 写入台账的工位名称（默认：主机名）
# wecom-hw --lang
arg-lang = 消息和帮助的语言（默认：$WECOM_HW_LANG，其次按区域设置 LC_ALL、LC_MESSAGES、LANG）

## sign

# wecom-hw sign (about)
cmd-sign-about = 计算、解释和校验排序 SHA1 签名（动态绑定二维码、登录二维码、register、get_secret_no）
# wecom-hw sign (after-help)
cmd-sign-after-help =
    示例：
      export WECOM_HW_SECRET_NO=$(cat secret.txt)
      wecom-hw sign bind --sn E30000000001 --url
      wecom-hw sign bind --sn E30000000001 --timestamp 1700000000 --nonce 123456 --explain
      wecom-hw sign register --sn E30000000001 --secret-file secret.txt --json
      wecom-hw sign verify 'https://open.work.weixin.qq.com/connect/hardware?sn=…' --secret-file secret.txt
      wecom-hw sign bind --input devices.csv --output urls.csv
# wecom-hw sign bind (about)
cmd-sign-bind-about = 动态绑定二维码的签名（type=qrcode，有效期 30 分钟）
# wecom-hw sign bind (after-help)
cmd-sign-bind-after-help =
    示例：
      WECOM_HW_SECRET_NO=$(cat secret.txt) wecom-hw sign bind --sn E30000000001 --url
      wecom-hw sign bind --sn E30000000001 --secret-file secret.txt --timestamp 1700000000 --nonce 123456 --explain
      wecom-hw sign bind --input devices.csv --output urls.csv     # 列：sn、secret_no
# wecom-hw sign bind --sn
arg-sign-sn = 设备序列号（SN）（[0-9A-Za-z]，最长 128 个字符）
# wecom-hw sign bind --secret-file
arg-secret-file = 从此文件读取密钥（SecretNo；`secret-no` 命令为 seedSecretNo）
# wecom-hw sign bind --secret-stdin
arg-secret-stdin = 从标准输入的第一行读取密钥
# wecom-hw sign bind --secret-env
arg-secret-env = 未指定文件或标准输入时，从此环境变量读取密钥（仍没有时，使用设备库中该 SN 的密钥）
# wecom-hw sign bind --timestamp
arg-timestamp = 参与签名的 Unix 时间戳，单位秒（默认：当前时间，UTC）
# wecom-hw sign bind --nonce
arg-sign-nonce = 参与签名的随机数（默认：随机 u64；批量时每行各取一个）
# wecom-hw sign bind --state
arg-sign-state = 登录二维码的自定义 state，会在 push_user_scan 中原样回传给设备
# wecom-hw sign bind --url
arg-sign-bind-url = 输出完整 URL 而不是签名（仅 bind 和 login）
# wecom-hw sign bind --explain
arg-explain = 显示各输入项（密钥已打码）、排序后的顺序、拼接后的字符串和摘要
# wecom-hw sign bind --input
arg-sign-input = 批量：为 CSV 或 NDJSON 文件中带 `sn` 和 `secret_no` 的每一行签名（"-" 表示标准输入）
# wecom-hw sign bind --input-format
arg-sign-input-format = 批量输入的格式（默认：按扩展名判断；从标准输入读取时必须指定）
# wecom-hw sign bind --output
arg-sign-output = 批量：把结果写入此文件（原子写入），而不是 stdout
# wecom-hw sign bind --output-format
arg-output-format = 批量输出的格式（默认：带 --json 时为 ndjson，否则为 csv）
# wecom-hw sign login (about)
cmd-sign-login-about = 动态登录二维码的签名（type=dynamic_login，需加 --state，有效期 1800 秒）
# wecom-hw sign login (after-help)
cmd-sign-login-after-help =
    示例：
      wecom-hw sign login --sn E30000000001 --secret-file secret.txt --state qrcode_login --url
      wecom-hw sign login --input devices.ndjson --state door-1 --json
# wecom-hw sign login --url
arg-sign-login-url = 输出完整 URL 而不是签名（仅 bind 和 login）
# wecom-hw sign register (about)
cmd-sign-register-about = `register` 的 device_signature（有效期 5 分钟）
# wecom-hw sign register (after-help)
cmd-sign-register-after-help =
    示例：
      wecom-hw sign register --sn E30000000001 --secret-file secret.txt --json
      wecom-hw sign register --sn E30000000001 --secret-stdin --explain < secret.txt
# wecom-hw sign register --url
arg-sign-register-url = 输出完整 URL 而不是签名（仅 bind 和 login）
# wecom-hw sign secret-no (about)
cmd-sign-secret-no-about = `get_secret_no` 的 device_signature，用 seedSecretNo 签名（有效期 5 分钟）
# wecom-hw sign secret-no (after-help)
cmd-sign-secret-no-after-help =
    示例：
      wecom-hw sign secret-no --sn E30000000001 --secret-file seed.txt --explain
      WECOM_HW_SEED=$(cat seed.txt) wecom-hw sign secret-no --sn E30000000001 --secret-env WECOM_HW_SEED
# wecom-hw sign secret-no --url
arg-sign-secret-no-url = 输出完整 URL 而不是签名（仅 bind 和 login）
# wecom-hw sign verify (about)
cmd-sign-verify-about = 校验扫到的绑定或登录 URL：签名、已过去的时间和剩余有效期
# wecom-hw sign verify (after-help)
cmd-sign-verify-after-help =
    退出码：0 有效，3 URL 格式有误，4 签名不正确，5 已过期。

    示例：
      wecom-hw sign verify "$URL" --secret-file secret.txt --at 1700000600
# wecom-hw sign verify <URL>
arg-sign-verify-url = 扫到的 URL（请加引号：其中含有 `&`）
# wecom-hw sign verify --at
arg-at = 按此时间（Unix 秒）而不是当前时间判断是否有效

## qr

# wecom-hw qr (about)
cmd-qr-about = 生成绑定、登录、标签和蓝牙发现二维码：PNG、SVG、终端、ZPL、TSPL、PDF
# wecom-hw qr (after-help)
cmd-qr-after-help =
    示例：
      wecom-hw qr static --hw-code lS5AbCdEfGh --sn E30000000001 -o E30000000001.png
      wecom-hw qr static --hw-code lS5AbCdEfGh --sn E30000000001 --label 40x30 --dpi 203 -o label.zpl
      wecom-hw qr static --input units.csv --out-dir labels --name '{"{"}sn{"}"}.png' --label 30x20 --dpi 300
      wecom-hw qr static --input units.csv --label 40x30 -o job.tspl
      WECOM_HW_SECRET_NO=... wecom-hw qr bind --sn E30000000001 --watch
      wecom-hw qr bluetooth -o bt.svg
# wecom-hw qr bind (about)
cmd-qr-bind-about = 动态绑定二维码（type=qrcode），签名方式同 `sign bind`；有效期 30 分钟
# wecom-hw qr bind (after-help)
cmd-qr-bind-after-help =
    示例：
      wecom-hw qr bind --sn E30000000001 --secret-file secret.txt
      wecom-hw qr bind --sn E30000000001 -o bind.png      # SecretNo 取自设备库
      wecom-hw qr bind --sn E30000000001 --watch --every 5m
      wecom-hw qr login --sn E30000000001 --state qrcode_login --secret-env WECOM_HW_SECRET_NO -o login.png
# wecom-hw qr bind --sn
arg-qr-bind-sn = 设备序列号（SN）（[0-9A-Za-z]，最长 128 个字符）
# wecom-hw qr bind --nonce
arg-qr-nonce = 参与签名的随机数（默认：随机 u64）
# wecom-hw qr bind --state
arg-qr-state = 登录二维码的自定义 state，会在 push_user_scan 中原样回传给设备
# wecom-hw qr bind --watch
arg-watch = 在终端上持续显示有效的二维码，每隔 --every 重新签名，并显示剩余有效期
# wecom-hw qr bind --every
arg-every = --watch 的重新签名间隔（如 10m、90s；须短于 30 分钟有效期）
# wecom-hw qr bind --count
arg-count = --watch 生成这么多个码后停止（默认：直到被中断）
# wecom-hw qr bind --output
arg-qr-output = 写入此文件（"-" 表示 stdout）；按扩展名确定格式（.png .svg .zpl .tspl .pdf .txt）
# wecom-hw qr bind --format
arg-qr-format = 输出格式（默认：按 --output 的扩展名判断，否则为 term）
# wecom-hw qr bind --format png
val-format-png = PNG 图片，每个像素对应打印机的一个点
# wecom-hw qr bind --format svg
val-format-svg = SVG，模块为整点对齐的矩形
# wecom-hw qr bind --format term
val-format-term = Unicode 半块字符：在终端上为彩色（可直接对着屏幕扫码），输出到管道或文件时为纯文本、以字符画出深色模块（见 --color）
# wecom-hw qr bind --format zpl
val-format-zpl = Zebra ZPL II（^BQ，model 2）
# wecom-hw qr bind --format tspl
val-format-tspl = TSC TSPL/TSPL2（QRCODE，model M2）
# wecom-hw qr bind --format pdf
val-format-pdf = PDF，每个码一页，页面与标签同尺寸，矢量模块
# wecom-hw qr bind --ecc
arg-qr-ecc = 纠错等级：L 7%，M 15%，Q 25%，H 30%
# wecom-hw qr bind --ecc L
val-ecc-L = 约 7% 可恢复：最密
# wecom-hw qr bind --ecc M
val-ecc-M = 约 15%：室内设备标签的默认值
# wecom-hw qr bind --ecc Q
val-ecc-Q = 约 25%：容易被刮花的标签
# wecom-hw qr bind --ecc H
val-ecc-H = 约 30%：仅用于码的一部分会被遮挡的情况
# wecom-hw qr bind --quiet-zone
arg-qr-quiet-zone = 四周空白边的宽度，以模块计（标准最小值为 4）
# wecom-hw qr bind --dpi
arg-qr-dpi = 打印机分辨率，单位为每英寸点数（203、300 或 600）；决定标签和 PDF 页面的尺寸
# wecom-hw qr bind --label
arg-qr-label = 标签尺寸，单位毫米（如 40x30）：选用能放下的最大整数“点/模块”
# wecom-hw qr bind --dots
arg-qr-dots = 不带 --label 时每个模块的点数（像素数）[默认：png/svg 为 8，zpl/tspl/pdf 为 4]
# wecom-hw qr bind --caption
arg-caption = 码下方的文字（静态标签默认为 SN）
# wecom-hw qr bind --no-caption
arg-qr-no-caption = 码下方不加文字
# wecom-hw qr bind --verify
arg-qr-verify = 回读解码校验：`grid` 按绘制位置读取模块再解码；`full` 还要让解码器像手机一样在整张图中找到二维码（较慢）
# wecom-hw qr bind --verify grid
val-verify-grid = 按绘制位置读取模块网格，再用 rqrr 解码（快）
# wecom-hw qr bind --verify full
val-verify-full = 先让 rqrr 在整张图中定位二维码，和手机扫码一样（慢）
# wecom-hw qr bind --no-verify
arg-no-verify = 跳过回读解码校验。仅用于性能测试：未经校验的码可能扫不出来
# wecom-hw qr login (about)
cmd-qr-login-about = 动态登录二维码（type=dynamic_login，需加 --state），有效期 1800 秒
# wecom-hw qr login (after-help)
cmd-qr-login-after-help =
    示例：
      wecom-hw qr bind --sn E30000000001 --secret-file secret.txt
      wecom-hw qr bind --sn E30000000001 -o bind.png      # SecretNo 取自设备库
      wecom-hw qr bind --sn E30000000001 --watch --every 5m
      wecom-hw qr login --sn E30000000001 --state qrcode_login --secret-env WECOM_HW_SECRET_NO -o login.png
# wecom-hw qr login --sn
arg-qr-login-sn = 设备序列号（SN）（[0-9A-Za-z]，最长 128 个字符）
# wecom-hw qr static (about)
cmd-qr-static-about = 静态绑定二维码标签（…/connect/hardware?hw_code=…），单个生成，或用 --input 批量生成
# wecom-hw qr static (after-help)
cmd-qr-static-after-help =
    示例：
      wecom-hw qr static --hw-code lS5AbCdEfGh --sn E30000000001 -o E30000000001.png
      wecom-hw qr static --url 'https://open.work.weixin.qq.com/connect/hardware?hw_code=lS5AbCdEfGh' --format term
      wecom-hw qr static --hw-code lS5AbCdEfGh --sn E30000000001 --label 30x20 --dpi 300 -o label.tspl
      wecom-hw qr static --input units.csv --out-dir labels --name '{"{"}sn{"}"}.png' --label 40x30
      wecom-hw qr static --input units.ndjson --label 50x30 --dpi 203 -o job.zpl
      # 从设备库生成（先执行 `wecom-hw import export.xlsx`）
      wecom-hw qr static --sn E30000000001 --label 40x30 --dpi 203 -o E30000000001.zpl
      wecom-hw qr static --from-store --batch 3 --out-dir labels --name '{"{"}sn{"}"}.png'
      wecom-hw --station line-3 qr static --from-store --label 40x30 -o job.tspl

    只给 --sn（不带 --url/--hw-code）时，从设备库取该设备的 URL；--from-store 为设备库中
    的每台设备（或某一导入批次 --batch）打印标签。从设备库生成的每张标签都会以 label-printed
    记入该设备的台账（带 --station 工位名）。

    批量输入：带表头行的 CSV，或 NDJSON，含 SN 列（sn、设备SN 等）以及 URL 列（url、qr_url、
    二维码等）或 hw_code 列。行号即文件中的行号。再次执行相同命令会跳过已生成的文件；
    加 --force 则重新生成。
# wecom-hw qr static --url
arg-qr-url = 静态绑定 URL（https://open.work.weixin.qq.com/connect/hardware?hw_code=…）
# wecom-hw qr static --hw-code
arg-hw-code = hw_code；据此拼出 URL
# wecom-hw qr static --sn
arg-qr-static-sn = 设备的 SN：默认作为码下方的文字；单独使用时，URL 取自设备库
# wecom-hw qr static --input
arg-qr-input = 批量：含 `sn` 和 `url`（或 `hw_code`）列的 CSV 或 NDJSON 文件
# wecom-hw qr static --from-store
arg-qr-from-store = 批量：设备库中所有带静态绑定 URL 的设备（见 --batch）
# wecom-hw qr static --batch
arg-qr-batch = 与 --from-store 同用：只取该导入批次的设备（见 `wecom-hw devices batches`）
# wecom-hw qr static --input-format
arg-qr-input-format = 批量输入的格式（默认：按扩展名判断）
# wecom-hw qr static --out-dir
arg-out-dir = 批量：每台设备一个文件，写入此目录（而不是用 -o 输出一个打印任务）
# wecom-hw qr static --name
arg-name = 批量文件名模板，可用 {"{"}sn{"}"} 和 {"{"}row{"}"}；按其扩展名确定格式
# wecom-hw qr static --force
arg-force = 批量：文件已存在的设备也重新生成（默认：跳过）
# wecom-hw qr static --threads
arg-threads = 批量处理的线程数（默认：可用的 CPU 核数，最多 8）
# wecom-hw qr url (about)
cmd-qr-url-about = 把任意文本生成二维码
# wecom-hw qr url (after-help)
cmd-qr-url-after-help =
    示例：
      wecom-hw qr url 'https://work.weixin.qq.com/' -o link.svg
      wecom-hw qr url --text-file wifi-qr.txt --ecc Q --format term   # 含密码的文本：不要放在命令行上
      printf '%s' "$PAYLOAD" | wecom-hw qr url - -o code.png
# wecom-hw qr url <TEXT>
arg-text = 要编码的文本（请加引号）；\"-\" 表示从标准输入读取。含密钥的文本（如带密码的 Wi-Fi 二维码）应通过 --text-file 或标准输入提供，不要放在命令行上
# wecom-hw qr url --text-file
arg-text-file = 从此文件读取要编码的文本（去掉末尾的一个换行符）
# wecom-hw qr bluetooth (about)
cmd-qr-bluetooth-about = 让企业微信 App 通过蓝牙查找设备的二维码（蓝牙发现）
# wecom-hw qr bluetooth (after-help)
cmd-qr-bluetooth-after-help =
    示例：
      wecom-hw qr bluetooth                 # 显示在终端上
      wecom-hw qr bluetooth -o find-devices.png

## import

# wecom-hw import (about)
cmd-import-about = 读取服务商管理端导出的设备登记表，校验后导入设备库
# wecom-hw import (after-help)
cmd-import-after-help =
    在前 10 行中查找表头行（其上方的标题行会被跳过）。
    表头按下面的别名表匹配，忽略空格、全角/半角和大小写
    （出现 seedSecretNo 或 初始SecretNo 表示这是一个 seed 批次）：
    { $aliases }--column 可覆盖此匹配。SN、SecretNo 和设备ID 按文本读取：数字格式的单元格若能
    精确转换则接受并给出警告，若丢失了位数则报错。

    导入是一个事务：要么全部导入，要么完全不导入。重复导入同一文件不会有任何变化。
    设备库中已有、但 SecretNo 不同的 SN 视为冲突（退出码 6），绝不会被覆盖。
    任何一行有错，整个文件都不会导入（退出码 3）。

    限制（用于约束内存；超出任一限制即停止导入，退出码 3，设备库不变）：
    --max-rows（默认 { $max_rows }）个数据行，任一单元格的文本不超过 --max-cell-bytes
    （默认 { $max_cell_bytes }）字节。CSV 边读边检查，过长的行不会被整行读入内存；xlsx 的
    共享字符串则由表格读取器先行加载，之后才能检查单元格。

    示例：
      wecom-hw import examples/registration-export.xlsx
      wecom-hw import export.csv --dry-run
      wecom-hw import export.xls --sheet 设备列表 --column sn=设备编号 --column secret_no=C
      wecom-hw --store line3.db --station line-3 import export.xlsx --json
# wecom-hw import <FILE>
arg-import-file = 设备登记表：.xlsx、.xlsm、.xlsb、.xls、.ods 或 .csv（UTF-8 或 GBK 编码）
# wecom-hw import --sheet
arg-sheet = 要读取的工作表，按名称或从 1 开始的序号（默认：第一个有表头行的工作表）
# wecom-hw import --column
arg-columns = 按表头文字或列字母显式指定某一列（可重复；字段：sn、secret_no、device_id、qr_url、model_id、remark）
# wecom-hw import --header-row
arg-header-row = 表头所在的行，行号与 Excel 中显示的一致（默认：自动检测）
# wecom-hw import --format
arg-import-format = 文件格式（默认：按扩展名判断）
# wecom-hw import --dry-run
arg-import-dry-run = 完整检查并显示将会发生的变化，但不写入设备库
# wecom-hw import --max-rows
arg-max-rows = 数据行超过此数的文件将被拒绝（空行不计）
# wecom-hw import --max-cell-bytes
arg-max-cell-bytes = 任一单元格文本（UTF-8）超过此字节数的文件将被拒绝

## devices

# wecom-hw devices (about)
cmd-devices-about = 列出、查看和导出设备库中的设备
# wecom-hw devices (after-help)
cmd-devices-after-help =
    除非加 --show-secrets，密钥均打码显示（`ed**…**03`）。含密钥的文件请用
    `export --show-secrets -o FILE` 写出（权限 0600）；stdout 是其他用户可读的文件时
    （`> FILE` 通常就会建出这样的文件），不会把 SecretNo 写进去。
    指定的设备库位置没有设备库时报错（退出码 3），而不是显示空列表。

    示例：
      wecom-hw devices list
      wecom-hw devices list --batch 2 --status imported --sn 'E3*'
      wecom-hw devices show E30000000001
      wecom-hw devices export -o labels.xlsx
      wecom-hw devices export --format ndjson --show-secrets -o burn-list.ndjson
      wecom-hw devices batches --json
# wecom-hw devices list (about)
cmd-devices-list-about = 列出设备：SN、状态、批次、设备ID、静态绑定 URL
# wecom-hw devices list (after-help)
cmd-devices-list-after-help =
    示例：
      wecom-hw devices list --limit 10
      wecom-hw devices list --batch 2 --status imported --sn 'E3*'
      wecom-hw --json devices list
# wecom-hw devices list --batch
arg-devices-batch = 只列出该导入批次的设备
# wecom-hw devices list --status
arg-status = 只列出处于此状态的设备（状态即设备走到的最后一个生命周期步骤）
# wecom-hw devices list --sn
arg-sn-pattern = 只列出与此模式匹配的 SN（`*` 匹配任意文本，`?` 匹配一个字符；不区分大小写）
# wecom-hw devices list --limit
arg-limit = 最多列出这么多台设备
# wecom-hw devices list --show-secrets
arg-devices-list-show-secrets = 完整显示 SecretNo
# wecom-hw devices show (about)
cmd-devices-show-about = 设备库中关于某台设备的全部信息，以及它的台账
# wecom-hw devices show (after-help)
cmd-devices-show-after-help =
    示例：
      wecom-hw devices show E30000000001
      wecom-hw --json devices show e30000000001     # SN 比较时不区分大小写
# wecom-hw devices show <SN>
arg-devices-sn = 设备的 SN（大小写均可）
# wecom-hw devices show --show-secrets
arg-devices-show-show-secrets = 完整显示 SecretNo
# wecom-hw devices export (about)
cmd-devices-export-about = 把设备导出为 CSV、NDJSON 或 XLSX（输出到 stdout，或原子写入文件）
# wecom-hw devices export (after-help)
cmd-devices-export-after-help =
    示例：
      wecom-hw devices export -o units.xlsx
      wecom-hw devices export --batch 1 --format ndjson
      wecom-hw devices export --show-secrets -o burn.csv      # 文件权限 0600
# wecom-hw devices export --format
arg-devices-format = 输出格式（默认：按 --output 的扩展名判断，否则为 csv）
# wecom-hw devices export --output
arg-devices-output = 写入此文件（原子写入；带 --show-secrets 时权限为 0600），而不是 stdout
# wecom-hw devices export --show-secrets
arg-devices-export-show-secrets = 写出完整的 SecretNo（用于烧录）；否则打码
# wecom-hw devices batches (about)
cmd-devices-batches-about = 列出导入批次：导入时间、来源文件、设备数量、seed 还是一机一密
# wecom-hw devices batches (after-help)
cmd-devices-batches-after-help =
    示例：
      wecom-hw devices batches

## connect

# wecom-hw connect (about)
cmd-connect-about = 模拟设备：通过 wss 长连接接入云端，注册、激活、登录并处理推送
# wecom-hw connect (after-help)
cmd-connect-after-help =
    示例：
      # 已导入设备库的设备：SecretNo（或 seed）和状态都取自设备库
      wecom-hw import export.xlsx
      wecom-hw --station line-3 connect --sn E30000000001 --until subscribed
      # 连接真实云端，一直运行到 Ctrl-C（SecretNo 放在文件中）
      wecom-hw connect --sn E30000000001 --secret-file sn.secret --state-file dev.json
      # 连接本地模拟器（其 CA 由 `cloud serve` 打印），绑定后退出
      wecom-hw connect --sn E30000000001 --secret-file sn.secret --state-file dev.json \
          --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem --until bound --timeout 2m
      # seed 型号：给出的密钥是同型号共用的 seedSecretNo
      wecom-hw connect --sn E30000000001 --seed --secret-file seed.secret --state-file dev.json
      # 响应推送；把每一帧记录到打码后的收发记录中
      wecom-hw connect ... --on push_update_firmware=fetch --on push_fetch_log=upload:app.log \
          --on push_user_scan=exec:./on-scan.sh --transcript wire.ndjson
      # 在新会话上做一次性调用
      wecom-hw connect ... call corp
      wecom-hw connect ... call login-qr --out qr.png

    密钥：给出 --secret-file、--secret-stdin 或环境变量时用它；否则用设备库中 --sn 对应的
    记录（seed 批次的设备会自行完成 seed 换取）。

    状态：给出 --state-file（权限 0600）时，其中保存换取到的 SecretNo、active_code 和 secret。
    否则，若设备库中有该 SN，则由设备库保存，并在台账中记录 registered、bound、unbound 和
    secret-exchanged（带 --station 工位名）；`-v` 会说明用的是哪一种。
    之后再次运行会跳过已完成的步骤：seed 换取，以及绑定后的 `active`。
    两者都没有时：什么也不保存，每次运行都重新注册和激活。

    时序（wss.md §9；推定的数值均可用参数调整）：每 30 秒一次心跳（--ping-interval 20..40），
    未绑定时每 5 秒轮询一次 active，get_timestamp/register/active 5 秒后重发，
    其他请求 10 秒超时，连续 3 次心跳无响应则重连，重连退避从 1 秒开始翻倍至 60 秒，
    带 ±20% 抖动。

    放弃：`call` 连续 5 次连接失败后放弃（--connect-attempts），以退出码 7 退出并给出最后一次
    网络错误；设备模式（不带 `call`）会一直重试，除非给出 --connect-attempts。--timeout 到期时，
    若从未连上则退出码为 7，连上了但未在时限内到达 --until（或收到调用的应答）则为 9。
    同一 SN 的另一条长连接仍在线（600002，随后本连接收到 600014）时退出码为 8。

    云端行为异常时（每条都会说明设备当时在做什么；状态不会被改动）：
      消息或帧超过 --max-message、文本不是 UTF-8、WebSocket 协议错误
          -> 关闭连接（1009 / 1007 / 1002），退避后重连；进行中的调用会重发
      JSON 无法解析或有重复的键；回复的 req_id 不在进行中的请求里
          -> 丢弃；登录步骤 5 秒后重发，调用 10 秒后失败（退出码 9）
      连接上 register 成功之前收到推送 -> 忽略（绝不会清除 secret）
      二进制回复的长度字段不实 -> 丢弃，不分配内存；该调用失败（退出码 7）
      WebSocket ping 洪泛 -> 逐个应答（新的 ping 替换尚未发出的 pong），每秒最多警告一次
      回复乱序 -> 按 req_id 匹配
# wecom-hw connect --sn
arg-connect-sn = 设备序列号（SN）
# wecom-hw connect --seed
arg-seed = 给出的密钥是该型号共用的 seedSecretNo：通过 get_secret_no 换取本设备自己的 SecretNo（只换一次；保存在 --state-file 或设备库中）。从设备库取出的 seed 批次设备自动启用
# wecom-hw connect --endpoint
arg-connect-endpoint = 云端 WebSocket URL
# wecom-hw connect --ca-file
arg-ca-file = 额外信任此 PEM 文件中的 CA 证书（如模拟器的 ca.pem）
# wecom-hw connect --insecure-plain
arg-connect-insecure-plain = 允许明文 ws:// 地址（无 TLS）：仅限本地模拟器
# wecom-hw connect --state-file
arg-state-file = 把设备状态（换取到的 SecretNo、active_code、secret）保存在此 JSON 文件中，而不是设备库
# wecom-hw connect --firmware-version
arg-firmware-version = subscribe_corp 中上报的 firmware_version
# wecom-hw connect --wifi-name
arg-wifi-name = register 中上报的 net_info.wifi_name
# wecom-hw connect --mac-address
arg-mac-address = register 中上报的 net_info.mac_address
# wecom-hw connect --until
arg-until = 到达此状态即以 0 退出：registered、bound、subscribed，或某个推送名（如 push_user_scan）
# wecom-hw connect --timeout
arg-connect-timeout = 超过此时长则放弃：90、90s、2m。已连上但未在时限内达到目标时退出码为 9；始终未能连上云端时为 7
# wecom-hw connect --connect-attempts
arg-connect-connect-attempts = 连续 N 次连接（TCP、TLS 或 WebSocket 升级）失败后放弃（退出码 7，并给出最后一次网络错误）；0 表示永不放弃。默认：`call` 为 5 次（约 15 秒的退避），其他情况永不放弃：设备会像真实设备一样一直重试
# wecom-hw connect --on
arg-on = 响应推送：CMD=fetch（get_firmware_info、下载、校验 md5），CMD=upload:FILE（upload_log），CMD=exec:PROGRAM（推送的 JSON 从标准输入传入）；可重复
# wecom-hw connect --transcript
arg-transcript = 把收发的每一帧追加写入此 NDJSON 文件（凭据只记录指纹）
# wecom-hw connect --ping-interval
arg-ping-interval = 心跳间隔，单位秒（协议允许 20 到 40）
# wecom-hw connect --skew-warn
arg-skew-warn = 设备时钟与云端相差达到此秒数时发出警告
# wecom-hw connect --max-message
arg-max-message = 接受云端的 WebSocket 消息或帧的最大长度；超过则关闭连接，之后退避重连
# wecom-hw connect --download-dir
arg-download-dir = --on ...=fetch 下载的固件镜像存放目录
# wecom-hw connect call (about)
cmd-connect-call-about = 登录后发起一次调用，打印其应答后退出。连续 5 次连接失败后以退出码 7 放弃（--connect-attempts）
# wecom-hw connect call (after-help)
cmd-connect-call-after-help =
    示例：
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call corp
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call login-qr --out login.png
      wecom-hw --json connect --sn E30000000001 call firmware
# wecom-hw connect call firmware (about)
cmd-connect-call-firmware-about = get_firmware_info：固件最新信息
# wecom-hw connect call firmware (after-help)
cmd-connect-call-firmware-after-help =
    示例：
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call firmware
      wecom-hw --json connect --sn E30000000001 call firmware
# wecom-hw connect call corp (about)
cmd-connect-call-corp-about = get_corp_info：设备所绑定的企业
# wecom-hw connect call corp (after-help)
cmd-connect-call-corp-after-help =
    示例：
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call corp
      wecom-hw --json connect --sn E30000000001 call corp
# wecom-hw connect call time (about)
cmd-connect-call-time-about = get_timestamp：云端时钟以及本机与它的偏差
# wecom-hw connect call time (after-help)
cmd-connect-call-time-after-help =
    示例：
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call time
      wecom-hw --json connect --sn E30000000001 call time
# wecom-hw connect call error-report (about)
cmd-connect-call-error-report-about = error_report：上报设备异常事件
# wecom-hw connect call error-report (after-help)
cmd-connect-call-error-report-after-help =
    示例：
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call error-report --errcode 17 --errmsg 'sensor offline'
# wecom-hw connect call error-report --errcode
arg-errcode = 设备自己的错误码
# wecom-hw connect call error-report --errmsg
arg-errmsg = 错误描述
# wecom-hw connect call upload-log (about)
cmd-connect-call-upload-log-about = upload_log：以二进制 v1 方式上传日志文件 FILE（最后 2 MiB）
# wecom-hw connect call upload-log (after-help)
cmd-connect-call-upload-log-after-help =
    示例：
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call upload-log /var/log/device.log
# wecom-hw connect call upload-log <FILE>
arg-connect-file = 要上传的日志文件
# wecom-hw connect call login-qr (about)
cmd-connect-call-login-qr-about = gen_login_qrcode：获取静态登录二维码，保存图片并打印其 URL
# wecom-hw connect call login-qr (after-help)
cmd-connect-call-login-qr-after-help =
    示例：
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call login-qr --out login.png
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call login-qr --state kiosk-3
# wecom-hw connect call login-qr --state
arg-connect-state = 在 push_user_scan 中回传的 state
# wecom-hw connect call login-qr --out
arg-connect-out = 图片的保存位置
# wecom-hw connect call selfhelp (about)
cmd-connect-call-selfhelp-about = selfhelp_notify：请云端把 DATA 推送回来
# wecom-hw connect call selfhelp (after-help)
cmd-connect-call-selfhelp-after-help =
    示例：
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call selfhelp 'door=open'
# wecom-hw connect call selfhelp <DATA>
arg-data = 由云端推送回来的文本（其中的 JSON 须转义为字符串）

## cloud

# wecom-hw cloud (about)
cmd-cloud-about = 在本地运行企业微信设备云端的模拟器，并以企业管理员身份绑定、解绑和推送
# wecom-hw cloud (after-help)
cmd-cloud-after-help =
    示例：
      # 终端 1：模拟云端，设备来自 CSV 文件（sn,secret_no）
      wecom-hw cloud serve --listen 127.0.0.1:8443 --devices devices.csv
      # 终端 2：信任模拟器 CA 的设备
      wecom-hw connect --endpoint wss://127.0.0.1:8443/ --ca-file ~/.local/state/wecom-hw/cloud/ca.pem ...
      # 终端 3：管理员绑定设备、推送、解绑
      wecom-hw cloud bind E30000000001 --corp Acme
      wecom-hw cloud push E30000000001 fetch_log '{"{"}"hint":"wechat"{"}"}'
      wecom-hw cloud status
# wecom-hw cloud --state-dir
arg-state-dir = 存放模拟器状态、CA 和控制套接字的目录 [默认：~/.local/state/wecom-hw/cloud]
# wecom-hw cloud serve (about)
cmd-cloud-serve-about = 运行模拟器（TLS WebSocket 服务器），直到 Ctrl-C
# wecom-hw cloud serve (after-help)
cmd-cloud-serve-after-help =
    示例：
      wecom-hw cloud serve --listen 127.0.0.1:8443 --devices devices.csv
      wecom-hw cloud serve --listen 127.0.0.1:0 --json --auto-bind-after 3   # 端口由系统分配，事件以 NDJSON 输出
      wecom-hw cloud serve --insecure-plain --listen 127.0.0.1:8080           # 不带 TLS 的 ws://
      wecom-hw cloud serve --fault-errcode ping=600020 --fault-headerless --fault-times 2
      wecom-hw cloud serve --fault-adversarial oversize-text --fault-adversarial ping-flood
      wecom-hw cloud serve --console --console-listen 127.0.0.1:8080          # 同时在浏览器中提供控制台

    对抗模式（--fault-adversarial MODE；“登录后的第一个回复”指对已订阅连接的第一次调用
    或心跳的应答）：
      oversize-text          登录后的第一个回复填充到 2 MiB，放在一个文本帧中
      oversize-binary        登录二维码的二进制回复填充到 2 MiB，分成 64 KiB 的分片发送
      split-bytes            连接上的每一帧都按每个 TCP 分段 1 字节写出
      invalid-utf8           登录后的第一个回复以含非法 UTF-8 的文本帧发送
      duplicate-keys         第一个推送中 `cmd` 出现两次（先 push_unbind_corp，再是真正的名称）
      wrong-req-id           所有回复中的第一个带有设备从未发送过的 req_id
      push-before-subscribe  新连接在收到第一个回复之前就收到 push_unbind_corp
      binary-len-long        登录二维码回复的 data_len 大于实际负载
      binary-len-short       登录二维码回复的 data_len 小于实际负载
      binary-len-huge        登录二维码回复的 data_len 为 4 GiB - 1
      ping-flood             登录后的第一个回复之后连发 50,000 个 WebSocket ping
      reorder-replies        登录后的第一个回复压到下一个回复之后再发（最多 2 秒）
    `wecom-hw connect` 如何应对每一种：见 `wecom-hw connect --help`。

    设备文件：带表头行的 CSV（sn，secret_no 或 seedSecretNo，可选的 seed yes/no），
    或使用相同键的 NDJSON 对象。表头别名与设备登记表导入相同。
    stdout 的第一行说明模拟器的监听地址和 CA 的位置。
# wecom-hw cloud serve --listen
arg-listen = 监听地址（端口 0：任一空闲端口，在第一行打印）
# wecom-hw cloud serve --devices
arg-devices = 云端已知的设备（CSV 或 NDJSON）；可重复。其他设备得到 600001
# wecom-hw cloud serve --export
arg-cloud-export = 同时载入设备登记表中的设备（.xlsx/.xls/.ods/.csv，读取方式同 `import`）
# wecom-hw cloud serve --from-store
arg-cloud-from-store = 同时载入设备库（--store）中的所有设备
# wecom-hw cloud serve --insecure-plain
arg-cloud-insecure-plain = 提供明文 ws:// 而不是 TLS（仅限本地测试）
# wecom-hw cloud serve --san
arg-san = 服务器证书中额外的 DNS 名称或 IP（可重复）
# wecom-hw cloud serve --firmware-listen
arg-firmware-listen = 提供已发布固件的 HTTP 服务器地址
# wecom-hw cloud serve --idle-timeout
arg-idle-timeout = 连接 SECS 秒没有发送任何数据则关闭（0：从不）
# wecom-hw cloud serve --auto-bind-after
arg-auto-bind-after = 设备的 `active` 轮询 N 次未获应答后自动绑定（0：立即）
# wecom-hw cloud serve --corp
arg-cloud-serve-corp = 自动绑定以及不带 --corp 的 `bind` 所用的企业名称
# wecom-hw cloud serve --timestamp-window
arg-timestamp-window = 签名请求允许的时钟偏差，单位秒（推定为 300）
# wecom-hw cloud serve --permissive
arg-permissive = 对 `subscribe_corp` 之前的 `ping` 以 0 应答，而不是 600020
# wecom-hw cloud serve --takeover
arg-takeover = 对已在另一连接上在线的 SN 发起 register 时，接管该 SN（而不是返回 600002）
# wecom-hw cloud serve --subscribe-without-register
arg-subscribe-without-register = secret 能识别设备时，接受未经 register 的 subscribe_corp
# wecom-hw cloud serve --resubscribe-errcode
arg-resubscribe-errcode = 同一连接上第二次 subscribe_corp 返回的错误码（600054 或 600045）
# wecom-hw cloud serve --unbound-errcode
arg-unbound-errcode = 未绑定时 `active` 返回的错误码（推定为 600004）
# wecom-hw cloud serve --unknown-cmd-errcode
arg-unknown-cmd-errcode = 未知 cmd 返回的错误码
# wecom-hw cloud serve --malformed-errcode
arg-malformed-errcode = JSON 格式错误或请求缺少 headers.req_id 时返回的错误码
# wecom-hw cloud serve --selfhelp-push
arg-selfhelp-push = selfhelp_notify 之后发送的推送（推定的名称）
# wecom-hw cloud serve --max-upload
arg-max-upload = 允许上传的最大字节数（超过：600052）
# wecom-hw cloud serve --fault-times
arg-fault-times = 每个计数故障触发的次数（0：每次都触发）
# wecom-hw cloud serve --fault-drop-after
arg-fault-drop-after = 连接收到第 N 个入站帧后将其关闭（计数）
# wecom-hw cloud serve --fault-delay
arg-fault-delay = 每个回复和推送都延迟 MS 毫秒
# wecom-hw cloud serve --fault-errcode
arg-fault-errcode = 对 CMD 直接以 CODE 应答而不处理（计数；可重复）
# wecom-hw cloud serve --fault-drop-reply
arg-fault-drop-reply = 吞掉对 CMD 的回复，迫使设备重发（计数；可重复）
# wecom-hw cloud serve --fault-headerless
arg-fault-headerless = 所有错误回复都不带 `headers`
# wecom-hw cloud serve --fault-refuse-tls
arg-fault-refuse-tls = 拒绝 TLS 握手（计数）
# wecom-hw cloud serve --fault-unknown-push
arg-fault-unknown-push = subscribe_corp 之后发送一个此名称的未知推送（计数）
# wecom-hw cloud serve --fault-truncate-binary
arg-fault-truncate-binary = 截断登录二维码的二进制回复（声明的长度超出实际数据；计数）
# wecom-hw cloud serve --fault-adversarial
arg-fault-adversarial = 故意破坏线路协议：MODE 见下表（计数；可重复）
# wecom-hw cloud serve --fault-adversarial oversize-text
val-fault-adversarial-oversize-text = 登录后的第一个回复填充到 2 MiB，放在一个文本帧中
# wecom-hw cloud serve --fault-adversarial oversize-binary
val-fault-adversarial-oversize-binary = 登录二维码的二进制回复填充到 2 MiB，分成 64 KiB 的分片发送
# wecom-hw cloud serve --fault-adversarial split-bytes
val-fault-adversarial-split-bytes = 连接上的每一帧都按每个 TCP 分段 1 字节写出（每字节刷新一次）
# wecom-hw cloud serve --fault-adversarial invalid-utf8
val-fault-adversarial-invalid-utf8 = 登录后的第一个回复以含非法 UTF-8 的文本帧发送
# wecom-hw cloud serve --fault-adversarial duplicate-keys
val-fault-adversarial-duplicate-keys = 第一个推送中 `cmd` 出现两次（先 push_unbind_corp，再是真正的名称）
# wecom-hw cloud serve --fault-adversarial wrong-req-id
val-fault-adversarial-wrong-req-id = 所有回复中的第一个带有设备从未发送过的 req_id
# wecom-hw cloud serve --fault-adversarial push-before-subscribe
val-fault-adversarial-push-before-subscribe = 新连接的第一个请求得到应答之前，先发送 push_unbind_corp
# wecom-hw cloud serve --fault-adversarial binary-len-long
val-fault-adversarial-binary-len-long = 登录二维码回复的 data_len 大于实际负载
# wecom-hw cloud serve --fault-adversarial binary-len-short
val-fault-adversarial-binary-len-short = 登录二维码回复的 data_len 小于实际负载
# wecom-hw cloud serve --fault-adversarial binary-len-huge
val-fault-adversarial-binary-len-huge = 登录二维码回复的 data_len 为 4 GiB - 1
# wecom-hw cloud serve --fault-adversarial ping-flood
val-fault-adversarial-ping-flood = 登录后的第一个回复之后连续发送 50,000 个 WebSocket ping
# wecom-hw cloud serve --fault-adversarial reorder-replies
val-fault-adversarial-reorder-replies = 登录后的第一个回复压到下一个回复发出之后再发（最多 2 秒）
# wecom-hw cloud bind (about)
cmd-cloud-bind-about = 把设备绑定到企业：生成新的 secret，并向在线连接发送 push_bind_corp
# wecom-hw cloud bind (after-help)
cmd-cloud-bind-after-help =
    示例：
      wecom-hw cloud bind E30000000001 --corp 'Demo Corp'
# wecom-hw cloud bind <SN>
arg-cloud-sn = 设备序列号（以模拟器所知为准）
# wecom-hw cloud bind --corp
arg-cloud-bind-corp = get_corp_info 返回的企业名称 [默认：serve 的 --corp]
# wecom-hw cloud unbind (about)
cmd-cloud-unbind-about = 解绑设备：其 secret 失效，并发送 push_unbind_corp
# wecom-hw cloud unbind (after-help)
cmd-cloud-unbind-after-help =
    示例：
      wecom-hw cloud unbind E30000000001
# wecom-hw cloud push (about)
cmd-cloud-push-about = 向已连接的设备发送推送
# wecom-hw cloud push (after-help)
cmd-cloud-push-after-help =
    示例：
      wecom-hw cloud push E30000000001 update_firmware
      wecom-hw cloud push E30000000001 fetch_log '{"{"}"hint":"device_log/20190101"{"}"}'
      wecom-hw cloud push E30000000001 user_scan '{"{"}"userid":"aa","state":"s","user_type":1,"op_type":"scan_qrcode_open","oper_id":"x1"{"}"}'
      wecom-hw cloud push E30000000001 restart
# wecom-hw cloud push <CMD>
arg-cmd = 推送名：bind_corp、unbind_corp、user_scan、update_firmware、fetch_log、restart（即 push_restart_device），或任意由小写字母、数字和 `_` 组成的 push_* 名称（其他名称会被拒绝，退出码 3，不发送任何内容）
# wecom-hw cloud push <JSON>
arg-body = 推送的内容，一个用单引号括起来的 JSON 对象（不给则省略；不是 JSON 或不是对象时退出码 3，不发送任何内容）
# wecom-hw cloud publish-firmware (about)
cmd-cloud-publish-firmware-about = 发布固件镜像：get_firmware_info 会返回它（自动计算 md5 和大小）
# wecom-hw cloud publish-firmware (after-help)
cmd-cloud-publish-firmware-after-help =
    示例：
      wecom-hw cloud publish-firmware 1.2.0 build/firmware.bin
      wecom-hw cloud publish-firmware 1.2.0 build/firmware.bin --url https://cdn.example.com/fw-1.2.0.bin
# wecom-hw cloud publish-firmware <VERSION>
arg-fw-version = 版本号字符串，最长 20 字节
# wecom-hw cloud publish-firmware <FILE>
arg-cloud-file = 固件镜像；未给出 --url 时，模拟器通过本地 HTTP 提供一份副本
# wecom-hw cloud publish-firmware --url
arg-cloud-url = 返回此下载 URL，而不是模拟器自己的地址
# wecom-hw cloud reset-secret-no (about)
cmd-cloud-reset-secret-no-about = 允许 seed 型号的设备再次用 seedSecretNo 换取 SecretNo
# wecom-hw cloud reset-secret-no (after-help)
cmd-cloud-reset-secret-no-after-help =
    示例：
      wecom-hw cloud reset-secret-no S30000000001
# wecom-hw cloud expire (about)
cmd-cloud-expire-about = 把设备标记为已过期：register 返回 600051
# wecom-hw cloud expire (after-help)
cmd-cloud-expire-after-help =
    示例：
      wecom-hw cloud expire E30000000001
      wecom-hw cloud expire E30000000001 --undo
# wecom-hw cloud expire --undo
arg-undo = 改为清除该标记
# wecom-hw cloud drop (about)
cmd-cloud-drop-about = 关闭设备的连接（设备应自行重连）
# wecom-hw cloud drop (after-help)
cmd-cloud-drop-after-help =
    示例：
      wecom-hw cloud drop E30000000001
# wecom-hw cloud set-clock-skew (about)
cmd-cloud-set-clock-skew-about = 把云端时钟（get_timestamp 和签名时间窗口）偏移 SECS 秒
# wecom-hw cloud set-clock-skew (after-help)
cmd-cloud-set-clock-skew-after-help =
    示例：
      wecom-hw cloud set-clock-skew 600    # 云端快 10 分钟：设备会收到 600023
      wecom-hw cloud set-clock-skew 0
# wecom-hw cloud set-clock-skew <SECS>
arg-secs = 加到云端时钟上的秒数（负数：变慢）
# wecom-hw cloud status (about)
cmd-cloud-status-about = 显示设备、连接、绑定和上传情况（从不显示密钥）
# wecom-hw cloud status (after-help)
cmd-cloud-status-after-help =
    示例：
      wecom-hw cloud status
      wecom-hw --json cloud status

## headings

# wecom-hw cloud serve heading "Fault injection"
heading-fault-injection = 故障注入

## ble

# wecom-hw ble (about)
cmd-ble-about = 低功耗蓝牙：扫描企业微信设备、读取状态、配网、显示蓝牙发现二维码
# wecom-hw ble (after-help)
cmd-ble-after-help =
    推定内容（可配置，未经企业微信确认）：
      - 握手签名：企业微信手机端从企业微信服务器获取（未公开）。`default` 签名器是我们
        自己的方案：对 sn、SecretNo、client_nonce、server_nonce 和 "ble_server" 做排序
        SHA1。校验企业微信签名的正式固件会拒绝它；请用 --signer exec:PROGRAM 接入厂商的
        签名程序，调试固件可用 --signer none。
      - Wi-Fi 列表的命令 ID（--wifi-list-request-id/--wifi-list-answer-id，30005/10005）。
      - 0xED 广播字段的顺序和字节序（--ed-sign-first、--ed-nonce-le、--ed-sign-order）；
        不检查公司 ID。

    退出码（ble）：出错的步骤会写在消息中，--json 时写在 "step" 字段中：
       3  设备发来的数据格式有误，或输入有误（缺少或错误的密码、--bssid、--ssid）
       4  给出了 --sn，而设备报告的是另一个 SN（设备不对）
       7  没有蓝牙适配器 / BlueZ 未运行 / 找不到设备 / 连接断开
       8  设备拒绝：收到我们的签名后挂断（handshake-confirm）、返回 errcode，
          或 wifi_connected 为 false（wifi-report）
       9  某一步骤超时：connect、handshake-start、sign、handshake-confirm、read-info、
          status、wifi-list、wifi-report
      10  exec 签名程序失败，或无法写入记录文件

    示例：
      wecom-hw ble scan --timeout 5
      wecom-hw ble status --address 11:22:33:44:55:66 --secret-file secret.txt
      wecom-hw ble provision --ssid TestAP --password-file wifi.txt --secret-file secret.txt
      wecom-hw ble provision --ssid TestAP --password-env WIFI_PASS --signer exec:./vendor-sign
      wecom-hw ble --backend sim provision --ssid TestAP --password-env WIFI_PASS --secret-env SIM_SECRET
      wecom-hw ble --backend sim --sim-fault wifi-fail provision --ssid TestAP --password-stdin
      wecom-hw ble qr
# wecom-hw ble --backend
arg-backend = 与设备通信的方式：真实的蓝牙，或进程内的模拟器
# wecom-hw ble --backend bluez
val-backend-bluez = 真实蓝牙：基于 BlueZ 的 btleplug（Linux）
# wecom-hw ble --backend sim
val-backend-sim = 进程内的企业微信设备模拟器（测试、演示、培训）
# wecom-hw ble --adapter
arg-adapter = 使用的蓝牙控制器（如 hci1）；默认：第一个
# wecom-hw ble --sim-fault
arg-sim-fault = 模拟器故障，可重复：drop-chunk[=N]、wrong-version、silent、reject-signature、wifi-fail、no-wifi-connected、garbage、short-indications、version1、connect-transient[=N]、no-wifi-list、oversize、slow-wifi[=SECS]、replay
# wecom-hw ble --sim-secret-env
arg-sim-secret-env = 存放模拟设备 SecretNo 的环境变量（默认：文本 `secretNo`）
# wecom-hw ble --sim-advert
arg-sim-advert = 模拟设备的广播格式
# wecom-hw ble --ed-sign-first
arg-ed-sign-first = 0xED 格式（推定）：sign 在 nonce 之前
# wecom-hw ble --ed-nonce-le
arg-ed-nonce-le = 0xED 格式（推定）：nonce 为小端序
# wecom-hw ble --ed-sign-order
arg-ed-sign-order = 0xED 中 sign 的字节序（推定）：与 MD5 摘要相同、反序，或两者都接受
# wecom-hw ble scan (about)
cmd-ble-scan-about = 列出附近的企业微信设备：地址、RSSI、设备ID、绑定状态、电量、签名校验
# wecom-hw ble scan (after-help)
cmd-ble-scan-after-help =
    每次发现都会复核：须同时有 0xFCE7 服务和企业微信 0xEE/0xED 厂商数据（BlueZ 会合并扫描
    过滤条件，而 0xFCE7 也属于其他公司）。只有给出 SecretNo 时才校验 SIGN（仅 0xED）；
    `?` 表示没有 SecretNo，`-` 表示 0xEE 不带签名。
    扫描持续 --timeout 秒；指定 --device-id、--sn 或 --pick first 时，看到该设备即停止。
    退出码：7 什么也没找到（步骤 scan），2 使用 --pick only 时匹配到多台；见 `wecom-hw ble --help`。

    示例：
      wecom-hw ble scan --timeout 5
      wecom-hw ble scan --json --secret-file secret.txt     # NDJSON，每台设备一个对象
      wecom-hw ble scan --device-id 12345 --pick only
      wecom-hw ble scan --sn SN0001 --pick only        # 设备ID 和 SecretNo 取自设备库
# wecom-hw ble scan --timeout
arg-ble-timeout = 最长扫描时长，单位秒：指定 --device-id、--sn 或 --pick first 时，一看到该设备扫描即结束
# wecom-hw ble scan --device-id
arg-ble-scan-device-id = 只列出此设备ID 的设备（十进制，与服务商管理端一致）
# wecom-hw ble scan --sn
arg-ble-scan-sn = 只找此 SN：其设备ID（广播中不含 SN）以及未指定密钥来源时的 SecretNo 取自设备库
# wecom-hw ble scan --pick
arg-ble-scan-pick = 只报告一台设备：信号最强的、最先发现的，或唯一的一台
# wecom-hw ble scan --pick strongest
val-pick-strongest = 信号最强的设备
# wecom-hw ble scan --pick first
val-pick-first = 最先发现的设备（提前结束扫描）
# wecom-hw ble scan --pick only
val-pick-only = 必须恰好匹配到一台设备，否则失败
# wecom-hw ble status (about)
cmd-ble-status-about = 连接、握手，读取 FCC9（MAC、协议版本）以及设备的 Wi-Fi 状态
# wecom-hw ble status (after-help)
cmd-ble-status-after-help =
    步骤：connect、handshake-start（10001）、sign、handshake-confirm（10002）、read-info（FCC9）、
    status（30004，协议版本 >= 2）。各步骤的退出码：见 `wecom-hw ble --help`。

    示例：
      wecom-hw ble status --secret-file secret.txt
      wecom-hw ble status --address 11:22:33:44:55:66 --signer none --json
      wecom-hw ble status --sn SN0001 --trace status.ndjson --secret-env SECRET
      wecom-hw ble status --sn SN0001       # 设备ID 和 SecretNo 取自设备库
# wecom-hw ble status --address
arg-address = 直接连接此地址（AA:BB:CC:DD:EE:FF），不扫描
# wecom-hw ble status --device-id
arg-ble-status-device-id = 扫描时：只找此设备ID
# wecom-hw ble status --sn
arg-ble-status-sn = 预期的 SN：与设备握手（10001）中的 SN 核对；设备不对 → 退出码 4。设备库中有该设备时，还会据此得到要扫描的设备ID 和 SecretNo
# wecom-hw ble status --pick
arg-ble-status-pick = 扫描时：使用哪台设备
# wecom-hw ble status --scan-timeout
arg-scan-timeout = 扫描设备的最长时长，单位秒：一看到该设备ID（--device-id，或设备库中该 SN 的设备ID）扫描即结束；--pick first 时看到任一设备即结束
# wecom-hw ble status --signer
arg-signer = 握手签名器：default（我们自己的推定方案；需要 SecretNo）、none，或 exec:PROGRAM
# wecom-hw ble status --step-timeout
arg-step-timeout = 覆盖单个步骤的超时，可重复，如 wifi-report=45（步骤：connect、handshake-start、sign、handshake-confirm、read-info、status、wifi-list、wifi-report）
# wecom-hw ble status --attempts
arg-attempts = 遇到暂时性蓝牙错误（连接、写入、读取）时的尝试次数
# wecom-hw ble status --trace
arg-trace = 把收发的每个数据包解码后以 NDJSON 写入此文件（密码已打码）
# wecom-hw ble wifi-list (about)
cmd-ble-wifi-list-about = 请设备列出它能看到的 Wi-Fi 网络（命令 ID 为推定值，可配置）
# wecom-hw ble wifi-list (after-help)
cmd-ble-wifi-list-after-help =
    Wi-Fi 列表的命令 ID 未公开（推定为 30005/10005）；设备应答的 JSON 原样打印。
    没有任何应答时退出码为 9（步骤 wifi-list）。

    示例：
      wecom-hw ble wifi-list --signer none
      wecom-hw ble wifi-list --wifi-list-request-id 30001 --wifi-list-answer-id 10003 --json
# wecom-hw ble wifi-list --device-id
arg-ble-wifi-list-device-id = 扫描时：只找此设备ID
# wecom-hw ble wifi-list --sn
arg-ble-wifi-list-sn = 预期的 SN：与设备握手（10001）中的 SN 核对；设备不对 → 退出码 4。设备库中有该设备时，还会据此得到要扫描的设备ID 和 SecretNo
# wecom-hw ble wifi-list --pick
arg-ble-wifi-list-pick = 扫描时：使用哪台设备
# wecom-hw ble wifi-list --wifi-list-request-id
arg-wifi-list-request-id = Wi-Fi 列表请求的命令 ID（推定为 30005）
# wecom-hw ble wifi-list --wifi-list-answer-id
arg-wifi-list-answer-id = 设备 Wi-Fi 列表应答的命令 ID（推定为 10005）
# wecom-hw ble provision (about)
cmd-ble-provision-about = 发送 Wi-Fi 设置（配网），并等待设备上报结果
# wecom-hw ble provision (after-help)
cmd-ble-provision-after-help =
    密码从不通过命令行传入：用 --password-file、--password-env、--password-stdin，
    或在标准输入是终端时隐藏输入。--trace 中的密码会被打码。
    退出码：8 wifi_connected 为 false（步骤 wifi-report），9 未按时上报，3 上报中没有
    wifi_connected，4 设备不对（--sn）；见 `wecom-hw ble --help`。

    示例：
      wecom-hw ble provision --ssid TestAP --password-file wifi.txt --secret-file secret.txt
      wecom-hw ble provision --ssid Cafe --protocol None --signer none
      printf '%s\n' "$PASS" | wecom-hw ble provision --ssid TestAP --password-stdin --sn SN0001
      wecom-hw ble provision --ssid TestAP --password-env WIFI_PASS --step-timeout wifi-report=60
      wecom-hw ble provision --sn SN0001 --ssid TestAP --password-env WIFI_PASS   # 设备库提供设备ID 和 SecretNo
# wecom-hw ble provision --device-id
arg-ble-provision-device-id = 扫描时：只找此设备ID
# wecom-hw ble provision --sn
arg-ble-provision-sn = 预期的 SN：与设备握手（10001）中的 SN 核对；设备不对 → 退出码 4。设备库中有该设备时，还会据此得到要扫描的设备ID 和 SecretNo
# wecom-hw ble provision --pick
arg-ble-provision-pick = 扫描时：使用哪台设备
# wecom-hw ble provision --ssid
arg-ssid = 网络名称（1–32 字节）
# wecom-hw ble provision --bssid
arg-bssid = 接入点的 MAC，可选（AA:BB:CC:DD:EE:FF）
# wecom-hw ble provision --protocol
arg-protocol = 网络的安全类型；None 发送空密码
# wecom-hw ble provision --password-file
arg-password-file = 从此文件的第一行读取 Wi-Fi 密码
# wecom-hw ble provision --password-env
arg-password-env = 从此环境变量读取 Wi-Fi 密码
# wecom-hw ble provision --password-stdin
arg-password-stdin = 从标准输入的第一行读取 Wi-Fi 密码
# wecom-hw ble qr (about)
cmd-ble-qr-about = 在终端上显示企业微信的蓝牙发现二维码（hw/f?t=bt）
# wecom-hw ble qr (after-help)
cmd-ble-qr-after-help =
    示例：
      wecom-hw ble qr
      wecom-hw ble qr --invert      # 深色终端主题
      wecom-hw ble qr --json        # 只输出 URL
# wecom-hw ble qr --invert
arg-invert = 用方块表示浅色模块而不是深色模块（适用于深色终端主题）

## line

# wecom-hw line (about)
cmd-line-about = 产线：为每台设备下发用于烧录的密钥并打印标签，每台只下发一次
# wecom-hw line (after-help)
cmd-line-after-help =
    示例：
      wecom-hw line next --station line-1 --emit nvs-csv --out unit.csv \
          --flash 'flash.sh {"{"}file{"}"} {"{"}sn{"}"}' --printer tcp://192.168.1.50:9100 --label 40x30
      wecom-hw line next --sn E30000000007 --emit json --out unit.json --print label.zpl
      wecom-hw line next --sn E30000000007 --reissue 'flash chip replaced' --emit bin --out unit.bin
      wecom-hw line status
      wecom-hw line report --since 2026-11-28T08:00:00Z --format csv -o shift.csv
# wecom-hw line next (about)
cmd-line-next-about = 取下一台设备（或 --sn 指定的设备）：下发烧录数据、烧录、回读校验、打印标签
# wecom-hw line next (after-help)
cmd-line-next-after-help =
    示例：
      wecom-hw line next --emit nvs-csv --out unit.csv --flash 'flash.sh {"{"}file{"}"} {"{"}sn{"}"}' --print -
      wecom-hw line next --emit bin --out unit.bin --flash 'prog --port /dev/ttyUSB0 {"{"}file{"}"}' \
          --verify 'readback {"{"}sn{"}"}' --printer tcp://10.0.0.9:9100 --label-format tspl --label 40x30
      wecom-hw line next --dry-run --emit json --flash 'flash.sh {"{"}file{"}"}'
    （--help 会列出 bin 和 NVS CSV 的格式以及产线状态）
# wecom-hw line next (after-long-help)
cmd-line-next-after-long-help =
    示例：
      wecom-hw line next --emit nvs-csv --out unit.csv --flash 'flash.sh {"{"}file{"}"} {"{"}sn{"}"}' --print -
      wecom-hw line next --emit bin --out unit.bin --flash 'prog --port /dev/ttyUSB0 {"{"}file{"}"}' \
          --verify 'readback {"{"}sn{"}"}' --printer tcp://10.0.0.9:9100 --label-format tspl --label 40x30
      wecom-hw line next --dry-run --emit json --flash 'flash.sh {"{"}file{"}"}'

    BIN 格式（--emit bin，版本 1；所有整数均为小端序）：
      偏移 0  4 字节  魔数 "WCHW"
      偏移 4  1 字节  格式版本（1）
      偏移 5  1 字节  标志：bit 0 置位 = 密钥是该批次的 seedSecretNo
      偏移 6  2 字节  整块数据的总字节数，含 CRC
      偏移 8  依次四个字段，每个字段为 u16 长度加相应字节数的 UTF-8 内容：
              SN、SecretNo（或 seedSecretNo）、设备ID（十进制；长度 0 = 未知）、
              接入地址 URL
      末尾    4 字节  之前所有字节的 CRC-32（IEEE，与 zlib 的 crc32 相同）

    NVS CSV（--emit nvs-csv）：ESP-IDF NVS 分区生成工具的格式
      key,type,encoding,value / <namespace>,namespace,, / 之后是数据行：sn string、
      secret_no（或 seed_secret_no）string、seed u8、device_id u64（已知时）、endpoint
      string。用以下命令生成分区：nvs_partition_gen.py generate unit.csv nvs.bin 0x6000

    产线状态：claimed → issued（已写出烧录数据）→ flashed → printed → done；或 failed。
    处于任一状态的设备都已下发过密钥：`line next` 不会再取它，`--sn` 也会拒绝（退出码 6），
    除非用 --reissue 说明原因。`line next` 会先完成本工位未完成的设备（如程序崩溃后），
    再取新的设备。

    领取前检查（--dry-run 也会列出）：--flash 和 --verify 指定的程序存在，--printer 可解析；
    需要标签时，设备有绑定链接（qr_url，即导出表中的"二维码链接"列），且二维码放得进标签。
    使用 --print 或 --printer 时，下一台设备是下一台有绑定链接的设备：没有链接的设备会被
    跳过并给出警告，留给不带打印机的工位；对这类设备使用 `--sn` 会被拒绝（退出码 3）。
    任一检查不通过时，不领取任何设备。

    退出码：--flash 或 --verify 程序或标签设置有误时为 2；设备库中已没有可下发的设备
    （或没有可打印绑定链接的设备）时为 3；设备已下发过为 6；烧录程序以非零退出或打印机
    无法连接时为 7（设备停在当前步骤，下一次 `line next` 会补打标签）；烧录或校验程序
    超时为 9；--verify 回读的内容与烧录数据不一致为 4。烧录或校验失败的设备标记为 failed。
# wecom-hw line next --sn
arg-line-sn = 取这台设备（扫码枪扫到的 SN），而不是下一台未下发的设备
# wecom-hw line next --reissue
arg-reissue = 重新下发已下发过密钥的设备；原因会写入台账
# wecom-hw line next --emit
arg-emit = 交给烧录程序的数据格式
# wecom-hw line next --emit json
val-emit-json = 一个 JSON 对象：sn、secret_no 或 seed_secret_no、seed、device_id、endpoint
# wecom-hw line next --emit env
val-emit-env = Shell 赋值语句：WECOM_SN='…' WECOM_SECRET_NO='…' …
# wecom-hw line next --emit c-header
val-emit-c-header = C 头文件，含 #define WECOM_SN "…" …
# wecom-hw line next --emit nvs-csv
val-emit-nvs-csv = ESP-IDF NVS 分区生成工具的 CSV（key,type,encoding,value）
# wecom-hw line next --emit bin
val-emit-bin = 带长度前缀的二进制（格式见 `line next --help`）
# wecom-hw line next --out
arg-line-out = 把烧录数据写入此文件（权限 0600，要么完整写入要么不写）；默认：stdout，或在 --flash 需要 {"{"}file{"}"} 时写入私有临时文件
# wecom-hw line next --endpoint
arg-line-endpoint = 写入烧录数据的接入地址（推定的默认值：正式环境的 wss 地址）
# wecom-hw line next --nvs-namespace
arg-nvs-namespace = --emit nvs-csv 使用的 NVS 命名空间（最长 15 个字符）
# wecom-hw line next --flash
arg-flash = 烧录命令，不经 shell 直接运行；{"{"}file{"}"} = 烧录数据文件，{"{"}sn{"}"} = SN
# wecom-hw line next --flash-timeout
arg-flash-timeout = 烧录程序（以及校验程序）允许的秒数，超时则该设备判为失败
# wecom-hw line next --verify
arg-line-verify = 回读命令，其 stdout 必须与烧录数据一致；替换 {"{"}sn{"}"} 和 {"{"}file{"}"}
# wecom-hw line next --print
arg-print = 把标签打印任务写入此文件（"-" 表示 stdout）。文件名中的 {"{"}sn{"}"} 会替换为设备的 SN（label-{"{"}sn{"}"}.zpl 每台设备一个文件）；不含它时，每台设备的标签会覆盖上一台的
# wecom-hw line next --printer
arg-printer = 把标签打印任务发送到网络打印机（raw 端口 9100）
# wecom-hw line next --label-format
arg-label-format = 标签的打印机语言
# wecom-hw line next --label-format zpl
val-label-format-zpl = Zebra ZPL II
# wecom-hw line next --label-format tspl
val-label-format-tspl = TSC TSPL/TSPL2
# wecom-hw line next --copies
arg-copies = 标签份数
# wecom-hw line next --label
arg-line-label = 标签尺寸，单位毫米（如 40x30）：选用能放下的最大整数“点/模块”
# wecom-hw line next --dpi
arg-line-dpi = 打印机分辨率，单位为每英寸点数
# wecom-hw line next --dots
arg-line-dots = 不带 --label 时每个模块的点数
# wecom-hw line next --ecc
arg-line-ecc = 标签二维码的纠错等级
# wecom-hw line next --quiet-zone
arg-line-quiet-zone = 空白边宽度，以模块计
# wecom-hw line next --no-caption
arg-line-no-caption = 码下方不加 SN 文字
# wecom-hw line next --show-secrets
arg-line-show-secrets = 允许把含密钥的烧录数据输出到 stdout（无 --out 且无 --flash 时）
# wecom-hw line next --dry-run
arg-line-dry-run = 只走一遍流程，不领取、不写出、不烧录、不打印；列出领取前会使本次运行停下的每个问题，并以实际运行时的退出码退出
# wecom-hw line status (about)
cmd-line-status-about = 各产线状态的设备数量，以及最近的失败
# wecom-hw line status (after-help)
cmd-line-status-after-help =
    示例：
      wecom-hw line status
      wecom-hw line status --failures 20 --json
      wecom-hw line status --silent-after 600     # 所在工位已 10 分钟无动静的设备
# wecom-hw line status --failures
arg-failures = 显示最近多少条失败
# wecom-hw line status --silent-after
arg-silent-after = 列出所在工位已这么多秒未推进的未完成设备（该工位可能已崩溃或断线；它下次执行 `line next` 时会继续处理这些设备）
# wecom-hw line report (about)
cmd-line-report-about = 导出某一时间以来的台账，CSV 或 NDJSON 格式，用于班次报表
# wecom-hw line report (after-help)
cmd-line-report-after-help =
    示例：
      wecom-hw line report --since 2026-11-28T08:00:00Z -o shift.csv
      wecom-hw line report --since 2026-11-28 --format ndjson
# wecom-hw line report --since
arg-since = 起始时间：RFC 3339（2026-11-28T08:00:00Z）或日期（2026-11-28，UTC 零点）
# wecom-hw line report --format
arg-line-format = 导出格式
# wecom-hw line report --format csv
val-format-csv = 带表头行的 CSV：id,at,sn,station,event,detail
# wecom-hw line report --format ndjson
val-format-ndjson = 每条台账记录一个 JSON 对象
# wecom-hw line report --output
arg-line-output = 写入此文件（要么完整写入要么不写），而不是 stdout

## store

# wecom-hw store (about)
cmd-store-about = 设备库本身：迁移表结构、查看内容、在 SQLite 与 PostgreSQL 之间复制
# wecom-hw store (after-help)
cmd-store-after-help =
    设备库是一个 SQLite 文件（默认），或由同一厂区所有工位共用的 PostgreSQL 数据库：
    --store postgres://USER@HOST:PORT/DB?sslmode=verify-full（或 WECOM_HW_STORE）。
    密码绝不写在 URL 中：用 PGPASSWORD、WECOM_HW_STORE_PASSWORD_FILE（文件的第一行）
    或 ~/.pgpass（PGPASSFILE，passfile=）。sslmode=require 和 verify-full 校验服务器的
    证书和名称，verify-ca 只校验证书，prefer（默认）只加密；额外的根证书：
    sslrootcert=FILE 或 PGSSLROOTCERT。

    示例：
      wecom-hw --store postgres://line@db.factory/wecom store migrate
      wecom-hw store copy ~/.local/share/wecom-hw/devices.db postgres://line@db.factory/wecom
      wecom-hw --store postgres://line@db.factory/wecom store info --json
# wecom-hw store migrate (about)
cmd-store-migrate-about = 创建设备库的表，或将其升级到本版本的表结构
# wecom-hw store migrate (after-help)
cmd-store-migrate-after-help =
    示例：
      wecom-hw --store postgres://line@db.factory/wecom store migrate
# wecom-hw store info (about)
cmd-store-info-about = 设备库的引擎、表结构版本和各表行数
# wecom-hw store info (after-help)
cmd-store-info-after-help =
    示例：
      wecom-hw store info --json
# wecom-hw store copy (about)
cmd-store-copy-about = 把所有设备、批次、台账记录和产线记录复制到另一个设备库，并校验
# wecom-hw store copy (after-help)
cmd-store-copy-after-help =
    复制完成后回读两个设备库，逐表比较：行数，以及按 id 顺序对所有值计算的 SHA-256。
    目标库非空时退出码为 6（除非加 --overwrite），回读结果不一致时为 4。

    示例：
      wecom-hw store copy devices.db postgres://line@db.factory/wecom
      wecom-hw store copy postgres://line@db.factory/wecom backup.db --overwrite
# wecom-hw store copy <FROM>
arg-from = 读取的设备库（SQLite 路径或 postgres:// URL）；不会被修改
# wecom-hw store copy <TO>
arg-to = 写入的设备库（SQLite 路径或 postgres:// URL）；不存在则创建
# wecom-hw store copy --overwrite
arg-overwrite = 替换目标库中已有的全部内容（包括台账），而不是拒绝

## demo

# wecom-hw demo (about)
cmd-demo-about = 用内置默认值跑通全流程：导入示例设备登记表、打印标签、通过模拟器让一台设备上线、配网
# wecom-hw demo (after-help)
cmd-demo-after-help =
    执行的步骤（每一步都是真实的命令，执行前会先显示）：
      1. import      把示例设备登记表导入 DIR/devices.db（独立的设备库：
                     不会动你的默认设备库）
      2. qr static   每台设备一张 40x30 mm 标签，一个 PDF 打印任务（DIR/labels.pdf）和一张 PNG
      3. cloud serve 在 127.0.0.1 上通过 TLS 运行本地模拟云端，载入已导入的设备，
                     企业管理员在第一次 `active` 轮询后绑定设备
      4. connect     让一台设备依次完成注册、激活、绑定和订阅企业信息
      5. ble         对内置的蓝牙设备模拟器配网

    示例：
      wecom-hw demo
      wecom-hw demo --dir /tmp/demo --sn E30000000007
      wecom-hw demo --export my-export.xlsx --sn MYSN0001
# wecom-hw demo --dir
arg-demo-dir = 演示写出的所有内容（设备库、标签、模拟器状态）所在的目录
# wecom-hw demo --export
arg-demo-export = 要导入的设备登记表（默认：随 wecom-hw 提供的示例）
# wecom-hw demo --sn
arg-demo-sn = 完整走一遍云端流程的设备（默认：第一台导入的设备）
# wecom-hw demo --timeout
arg-demo-timeout = 云端流程超过这么多秒则放弃

## gen-assets

# wecom-hw gen-assets (about)
cmd-gen-assets-about = 根据这些定义生成 shell 补全脚本和 man 手册
# wecom-hw gen-assets <DIR>
arg-gen-assets-dir = 存放 completions/ 和 man/ 的目录


## doctor

# wecom-hw cloud serve --clock-offset
arg-cloud-serve-clock-offset = 启动时就把云端时钟调快这么多秒（负数为调慢），与之后的 `set-clock-skew` 效果相同
# wecom-hw doctor (about)
cmd-doctor-about = 检查工具周边哪里出了问题：时钟、网络和 TLS、设备库、标签打印机、蓝牙、烧录程序、本机环境
# wecom-hw doctor (after-help)
cmd-doctor-after-help =
    检查项：clock（时钟）、network（dns、tcp、tls、websocket、proxy）、store（file、schema、
    integrity、units；PostgreSQL：server、privileges）、printer（标签打印机）、bluetooth（dbus、
    bluetoothd、adapter、rfkill）、flasher（烧录程序）、machine（locale、disk、terminal）、profile
    （工位配置）。给出 --profile 时，设备库、打印机（及标签）、烧录程序和磁盘的检查就是
    `line station` 对该工位配置所做的检查。
    没有失败项时退出码为 0（有注意项也是 0，除非给出 --strict），否则为第一个失败项的退出码。

    示例：
      wecom-hw doctor
      wecom-hw doctor --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem --only clock network
      wecom-hw doctor --printer tcp://192.0.2.10:9100 --ble --flasher 'esptool.py write_flash 0x0 {"{"}file{"}"}'
      wecom-hw doctor --profile station.toml --only profile store printer flasher machine
      wecom-hw --json doctor --strict
# wecom-hw doctor --endpoint
arg-doctor-endpoint = 用于检查时钟和网络的云端地址
# wecom-hw doctor --printer
arg-doctor-printer = 检查 tcp://主机:端口 上的标签打印机：能否连接，以及它的状态（纸张、打印头、碳带、暂停）
# wecom-hw doctor --ble
arg-doctor-ble = 检查蓝牙：系统 D-Bus、bluetoothd、是否有蓝牙适配器且已开启、rfkill
# wecom-hw doctor --flasher
arg-doctor-flasher = 检查烧录或回读校验命令是否存在且可执行（可重复给出）
# wecom-hw doctor --profile
arg-doctor-profile = 检查工位配置中写到的一切，与 `line station` 启动前的检查相同：设备库、打印机和标签、每条命令、磁盘剩余空间
# wecom-hw doctor --only
arg-doctor-only = 只运行这些检查：一个组（profile、clock、network、store、printer、bluetooth、flasher、machine）或一个检查项（network.tls）
# wecom-hw doctor --timeout
arg-doctor-timeout = 每个网络步骤最多等待的秒数
# wecom-hw doctor --strict
arg-doctor-strict = 有注意项时也以非零退出码结束
## line station

# wecom-hw line station (about)
cmd-line-station-about = 操作员整班使用的工位程序：扫码、烧录、回读校验、打印标签，给出合格或不合格
# wecom-hw line station (after-help)
cmd-line-station-after-help =
    示例：
      wecom-hw line station --profile station.toml
      wecom-hw line station --profile station.toml --plain --json < scans.txt
      wecom-hw line station --profile station.toml --slot 1 --slot 2
      wecom-hw line station --hash-pin < pin.txt

    简易模式每行读取一次扫码（`next` 模式下空行即领取下一台设备），以及按键 r、p、q
    （可跟工装位编号，如 r 2）；输入结束后，等待进行中的设备全部完成再停止。所有设置
    都在工位配置中：参见 examples/station.toml。
# wecom-hw line station --profile
arg-line-station-profile = 工位配置文件（station.toml）：设备库、烧录程序、打印机、工装位等
# wecom-hw line station --plain
arg-line-station-plain = 简易模式：从标准输入逐行读取扫码，每个事件向标准输出写一行（标准输出不是终端时自动启用；加 --json 则输出 NDJSON）
# wecom-hw line station --slot
arg-line-station-slots = 只启用此工装位（按工位配置中的编号，从 1 开始；可重复指定多个）
# wecom-hw line station --hash-pin
arg-line-station-hash-pin = 从标准输入读取线长 PIN，输出可写入工位配置的 lead_pin_hash 行
## console

# wecom-hw console (about)
cmd-console-about = 在浏览器中实时查看产线和模拟云端：本机网页控制台
# wecom-hw console (after-help)
cmd-console-after-help =
    打开它打印的网址（其中带有访问令牌）；页面会设置 Cookie，令牌随即从地址栏消失。
    每个请求都需要令牌；修改类请求还必须来自同源页面。

    示例：
      wecom-hw console
      wecom-hw --store postgres://line@db.factory/wecom console --listen 127.0.0.1:9000
      wecom-hw console --cloud-dir ~/.local/state/wecom-hw/cloud
      wecom-hw console --listen 0.0.0.0:8080 --allow-remote   # 在局域网上展示产线电脑
# wecom-hw console --listen
arg-console-listen = 提供页面的地址和端口
# wecom-hw console --allow-remote
arg-console-allow-remote = 允许 --listen 使用非本机回环地址（任何能访问该地址并持有打印出的令牌的人都能看到产线）
# wecom-hw console --cloud-dir
arg-console-cloud-dir = 正在运行的 `cloud serve` 的状态目录：通过其控制套接字增加模拟云端页面（设备、绑定、解绑、推送、实时帧日志、故障开关）

## console emulator: cloud serve --console
# wecom-hw cloud serve --console
arg-cloud-serve-console = 在本进程中同时提供控制台（设备、实时帧日志、绑定/解绑/推送、故障开关）；它会打印出带访问令牌的 URL
# wecom-hw cloud serve --console-listen
arg-cloud-serve-console-listen = 控制台的地址和端口（需配合 --console）
# wecom-hw cloud serve --allow-remote
arg-cloud-serve-allow-remote = 允许 --console-listen 使用本机回环以外的地址（任何能访问到它并持有打印出的令牌的人都能操作模拟云端）
