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

## store and import

io-cannot-read = 无法读取 { $file }：{ $error }
io-cannot-write = 无法写入 { $file }：{ $error }

secret-file = 密钥文件 { $file }
secret-stdin = 标准输入（stdin）
secret-on-stdin = 标准输入中的 { $what }
secret-from-file = 密钥文件 { $file } 中的 { $what }
secret-from-stdin = 标准输入中的 { $what }
secret-origin-file = 文件 { $file }
secret-origin-env = 环境变量 { $name }
secret-origin-store = 设备库（SN { $sn }）
secret-env-not-utf8 = 环境变量 { $name } 不是有效的 UTF-8
secret-none-given = 未提供 { $what }
secret-none-given-hint = 请使用 --secret-file PATH、--secret-stdin，或设置环境变量 { $name }
secret-for-sn-hint = 请使用 --secret-file PATH、--secret-stdin，或设置环境变量 { $name }；也可以把列有 SN { $sn } 的设备登记表导入设备库（用法见 `wecom-hw import --help`）
secret-for-sn-no-store = 未提供 SN { $sn } 的 { $what }，且 { $store } 处没有设备库
secret-for-sn-unknown = 未提供 SN { $sn } 的 { $what }，且设备库 { $store } 中没有该 SN
secret-seed-only = SN { $sn } 属于种子批次：设备库中只有 seedSecretNo，该设备自己的 SecretNo 须在 get_secret_no 之后才能得到
secret-not-seed = SN { $sn } 在设备库中有自己的 SecretNo，不是种子：get_secret_no 仅用于种子型号

runner-unbalanced-quote = 命令 { $command } 中的引号不成对
runner-empty-command = 命令为空
runner-cannot-run = 无法运行 { $program }：{ $error }
runner-wait-failed = 等待 { $program } 结束时出错：{ $error }

state-file = 状态文件 { $file }
state-file-invalid = 状态文件 { $file }：不是设备状态文件
state-file-wrong-sn = 状态文件 { $file } 属于 SN { $owner }，而不是 { $sn }
state-file-wrong-sn-hint = 每台设备请使用各自的状态文件
state-file-field = 状态文件 { $file }：`{ $field }`

store-driver-failed = 设备库 { $store }：{ $step }：{ $error }
store-busy-hint = 另一个 wecom-hw 进程占用设备库过久，请重试
store-connection-lost-hint = 与 PostgreSQL 服务器的连接已断开；本工位已领取的设备仍归本工位，在本工位再次运行同一条 line next 即可继续
store-too-new = 设备库 { $store } 的结构版本为 { $version }，本版 wecom-hw 最高只支持 { $known }
store-too-new-hint = 请使用更新版本的 wecom-hw 打开此设备库
store-cannot-open = 设备库 { $store }：{ $error }
store-cannot-create = 无法创建设备库 { $store }：{ $error }
store-readable-by-others = 设备库 { $store } 可被其他用户读取（权限 { $mode }），而其中存有 SecretNo
store-readable-by-others-hint = 请运行 `chmod 600 { $file }`；若确需共享，请加 --allow-shared-store
store-no-location = 没有设备库的位置：找不到用户数据目录
store-no-location-hint = 请用 --store PATH 指定，或设置环境变量 WECOM_HW_STORE
store-missing = { $store } 处没有设备库
store-missing-hint = 请先把设备登记表导入设备库（用法见 `wecom-hw import --help`），或用 --store PATH（或 WECOM_HW_STORE）指向存有这些设备的设备库
store-unknown-sn = SN { $sn } 不在设备库 { $store } 中
store-unknown-sn-hint = 请先导入设备登记表：wecom-hw import FILE
line-already-issued = SN { $sn }：其密钥已下发过（状态 { $state }，工位 { $station }，自 { $since } 起）
line-already-issued-hint = 每台设备只下发一次；如需重新下发，请填写原因：--reissue '原因'
line-not-held = SN { $sn } 已不归本工位处理
store-claim-gave-up = 设备库 { $store }：尝试 { $tries } 次后仍未领取到设备
store-corrupt-value = 设备库：SN { $sn }：{ $what } 的值无效：{ $error }
store-copy-not-empty = 目标设备库 { $store } 不为空
store-copy-not-empty-hint = 请复制到空的设备库，或加 --overwrite 覆盖其中的内容

store-migrated = { $backend } 设备库 { $store }：结构版本 { $version }
store-info-missing-hint = 可用 `wecom-hw{ $flags } store migrate` 新建一个空设备库，或把设备登记表导入其中（用法见 `wecom-hw import --help`）
store-info-store = 设备库
store-info-backend = 数据库
store-info-schema-version = 结构版本
store-info-rows = { $rows } 行
store-copy-same = FROM 与 TO 是同一个设备库
store-copy-read = 已从 { $store } 读取 { $units } 台设备、{ $ledger } 条台账记录
store-copy-table = 表
store-copy-source = 源
store-copy-target = 目标
store-copy-sha256 = sha256（源 / 目标）
store-copy-mismatch-mark = 不一致
store-copy-verified = 已复制并校验：{ $from } → { $to }
store-copy-mismatch = { $store } 中的副本回读后与源不一致

devices-col-sn = SN
devices-col-status = 状态
devices-col-batch = 批次
devices-col-device-id = 设备ID
devices-col-kind = 密钥类型
devices-col-secret-no = SecretNo
devices-col-imported-at = 导入时间
devices-col-units = 台数
devices-col-station = 工位
devices-col-source = 来源
devices-count = 共 { $units } 台
devices-field-sn = 设备序列号（SN）
devices-field-status = 状态
devices-field-secret-no = SecretNo
devices-field-secret-fingerprint = SecretNo 指纹
devices-field-secret-kind = 密钥类型
devices-field-device-id = 设备ID
devices-field-qr-url = 二维码链接
devices-field-hw-code = hw_code
devices-field-model-id = 型号
devices-field-remark = 备注
devices-field-batch = 批次
devices-field-source-file = 来源文件
devices-field-source-sheet = 来源工作表
devices-field-source-row = 来源行
devices-field-imported-at = 导入时间
devices-field-active-code = active_code
devices-field-device-secret = 设备 secret
devices-field-exchanged-secret-no = 换取的 SecretNo
devices-field-corp-name = 企业名称
devices-field-last-seen = 最近在线
devices-show-ledger = 台账：
devices-show-unknown-hint = `wecom-hw{ $flags } devices list` 可列出设备库中的设备；如何添加设备见 `wecom-hw import --help`
devices-private-stdout = 拒绝把 SecretNo 写到标准输出：它是一个其他用户可读的文件（权限 { $mode }）
devices-private-stdout-file = 拒绝把 SecretNo 写到标准输出：它是其他用户可读的文件 { $file }（权限 { $mode }）
devices-private-stdout-hint = 请运行 `chmod 600 { $file }` 后重试
devices-private-stdout-hint-output = 请运行 `chmod 600 { $file }` 后重试，或用 -o { $file } 写入（权限 0600）
devices-xlsx-to-terminal = 拒绝把 XLSX 写到终端；请用 --output FILE.xlsx 指定文件
devices-csv-unfinished = 无法完成 CSV 的写入
devices-exported = 已将 { $units } 台设备写入 { $file }

store-url-bad-sslmode = 设备库 URL：sslmode={ $value } 无效，可选值为 disable、allow、prefer、require、verify-ca、verify-full
store-url-invalid = 设备库 URL { $url }：{ $error }
store-url-password = 设备库 URL 中含有密码；命令行不是保密的
store-url-password-hint = 请从 URL 中删除密码，改用 PGPASSWORD、WECOM_HW_STORE_PASSWORD_FILE 或 ~/.pgpass 提供
store-password-file-empty = WECOM_HW_STORE_PASSWORD_FILE { $file } 为空
store-cannot-connect = 设备库 { $store }：无法连接到 { $servers }：{ $error }
store-server-socket = { $dir } 中的套接字（端口 { $port }）
store-connect-unreachable-hint = PostgreSQL 是否已启动并在 { $server } 上监听？可用 `pg_isready -h { $host } -p { $port }` 检查；设备库 URL 的格式为 postgres://USER@HOST:PORT/DATABASE?sslmode=MODE（主机和端口与服务器的 listen_addresses 和 port 一致；sslmode 默认为 prefer，服务器提供 TLS 时使用；disable 不使用；require 强制使用并校验）
store-connect-no-tls-hint = 服务器未提供 TLS：请在服务器上启用 ssl，或在设备库 URL 中加 ?sslmode=prefer（或 sslmode=disable）接受明文连接
store-connect-tls-hint = 服务器证书校验失败：请在设备库 URL 中用 ?sslrootcert=FILE（或 PGSSLROOTCERT）指定其 CA；若证书中没有该主机名，请用 sslmode=verify-ca
store-connect-auth-hint = 请检查角色及其密码：角色 { $user } 须存在，且 pg_hba.conf 允许它从本机登录；密码来自 PGPASSWORD、WECOM_HW_STORE_PASSWORD_FILE 指定的文件，或 ~/.pgpass（权限 0600）中的一行 `{ $host }:{ $port }:{ $db }:{ $user }:PASSWORD`
store-connect-no-database-hint = 请先创建数据库：`createdb -h { $host } -p { $port } -U { $user } { $db }`
store-connect-other-hint = 请用 `pg_isready -h { $host } -p { $port }` 检查服务器
store-root-cert-invalid = 设备库根证书 { $file }：{ $error }
store-root-cert-not-pem = 不是 PEM 格式：{ $error }
store-root-cert-empty = 其中没有证书

store-step-claim-unit = 无法领取设备
store-step-commit-import = 无法提交导入
store-step-commit-schema-migration = 无法提交结构迁移
store-step-configure = 无法配置数据库连接
store-step-copy-into-store = 无法复制到设备库
store-step-count-devices = 无法统计设备数
store-step-count-line-states = 无法统计产线状态
store-step-count-units-without-bind-URL = 无法统计没有绑定链接的设备
store-step-insert-device = 无法写入设备
store-step-insert-devices = 无法写入设备
store-step-list-batches = 无法列出批次
store-step-list-devices = 无法列出设备
store-step-list-failures = 无法列出失败记录
store-step-lock-store-for-import = 无法为导入锁定设备库
store-step-look-up-device = 无法查找设备
store-step-look-up-devices = 无法查找设备
store-step-number-batch = 无法为批次编号
store-step-open = 无法打开
store-step-pick-next-unit = 无法选出下一台设备
store-step-prepare = 无法准备查询
store-step-read-device = 无法读取设备
store-step-read-ledger = 无法读取台账
store-step-read-line-state = 无法读取产线状态
store-step-read-schema-version = 无法读取结构版本
store-step-record-ledger-event = 无法记录台账事件
store-step-record-line-step = 无法记录产线步骤
store-step-record-batch = 无法记录批次
store-step-record-seed = 无法记录种子
store-step-restart-import = 无法重新开始导入
store-step-roll-back-import = 无法回滚导入
store-step-save-device-state = 无法保存设备状态
store-step-set-schema-version = 无法设置结构版本
store-step-start-line-transaction = 无法开始产线事务
store-step-start-import-transaction = 无法开始导入事务
store-step-start-schema-migration = 无法开始结构迁移
store-step-write-ledger = 无法写入台账
store-step-read-table = 无法读取 { $table }
store-step-migration = 第 { $number } 步迁移
store-step-schema-migration = 结构迁移

import-cell-kind-boolean = 布尔值
import-cell-kind-date = 日期
import-cell-kind-error = Excel 错误值
import-cell-lossy = 数字单元格 { $value } 无法精确读取（超过 2^53 的位数或小数部分已丢失）；请在 Excel 中把该列设为文本格式后重新输入
import-cell-lossy-hidden = 数字单元格无法精确读取（超过 2^53 的位数或小数部分已丢失）；请在 Excel 中把该列设为文本格式后重新输入
import-cell-scientific = { $value } 是科学计数法表示的数字：Excel 保存的是显示值，位数已丢失；请把该列设为文本格式后重新导出
import-cell-scientific-hidden = 单元格是科学计数法表示的数字：Excel 保存的是显示值，位数已丢失；请把该列设为文本格式后重新导出
import-cell-unexpected = 单元格内容为{ $kind } { $value }，应为文本
import-cell-unexpected-hidden = 单元格内容为{ $kind }，应为文本
import-url-not-static = { $url } 不是静态绑定二维码链接；应为 { $expected }
import-url-empty-hw-code = { $url } 的 hw_code 为空
import-url-bad-hw-code = hw_code { $code } 含有 URL 中不能出现的字符
import-column-spec-no-equals = 格式应为 FIELD=HEADER（例如 sn=序列号），实际为 { $got }
import-column-spec-unknown-field = 未知字段 { $field }；可选字段：{ $fields }
import-column-spec-no-column = 未给出 { $field } 对应的列
import-at-sheet = 工作表 { $sheet }
import-at-row = 第 { $row } 行
import-at-column = { $column } 列
import-at-column-header = { $column } 列（{ $header }）
import-at-separator = ，
import-problem = { $at }：{ $message }
import-unknown-format = 无法从文件名判断 { $file } 的格式
import-unknown-format-hint = 请用 --format xlsx|xls|ods|csv 指定
import-reader-failed = { $file }：无法作为电子表格读取：文件内容有误，读取器出错
import-header-missing-column = { $at }：表头（第 { $row } 行）中没有 { $field } 列（表头：{ $headers }）
import-header-missing-column-hint = 请明确指定：--column { $field }=HEADER
import-no-device-id-column = 没有 device_id（设备ID）列：蓝牙广播和标签都需要它
import-no-qr-url-column = 没有 qr_url（二维码链接）列：静态绑定标签需要它
import-too-many-rows = { $at }：数据行超过 { $max } 行，已达导入上限
import-too-many-rows-hint = 请拆分导出的文件，或用 --max-rows N 提高上限
import-blank-row = 已跳过空行
import-no-data-rows = 表头下方没有数据行
import-cell-too-big = { $at }：单元格中有 { $len } 字节文本，超过上限 { $max }
import-cell-too-big-hint = 请确认这是导出的设备登记表；可用 --max-cell-bytes N 提高上限
import-numeric-cell = 数字单元格读作 { $value }；若原有前导零，已经丢失（请把该列设为文本格式）
import-numeric-cell-hidden = 数字单元格按数字读取；若原有前导零，已经丢失（请把该列设为文本格式）
import-sn-repeats = SN { $sn } 与第 { $first } 行重复（SN 比较时不区分大小写）
import-sn-invalid = SN { $sn }：{ $error }
import-sn-empty = SN 为空
import-secret-unusual = SecretNo 为 { $chars } 个字符，不是通常的 32 位十六进制字符
import-secret-invalid = SecretNo：{ $error }
import-secret-empty = SecretNo 为空
import-device-id-invalid = 设备ID { $value } 不是十进制的 u64 数字
import-device-id-empty = 设备ID 为空
import-no-url = 没有静态绑定二维码链接：无法为这台设备打印标签
import-seed-batch = 种子批次：这 { $rows } 行共用一个 SecretNo（sha256:{ $fingerprint }）；设备须先执行 get_secret_no 再 register
import-seed-batch-model = 种子批次：型号 { $model } 的 { $rows } 行共用一个 SecretNo（sha256:{ $fingerprint }）；设备须先执行 get_secret_no 再 register
import-secret-repeats = SecretNo 与第 { $first } 行的相同：每台设备的 SecretNo 互不相同，而种子由同一型号的所有设备共用
import-unknown-sheet = { $file } 中没有工作表 { $sheet }（现有工作表：{ $sheets }）
import-first-row = 第一行
import-no-header = { $file }：前 { $rows } 行中没有含 SN 列的表头（{ $first }）
import-no-header-hint = 请用 --column sn=HEADER 指定 SN 列，或用 --header-row N 指定表头所在行
import-unknown-column = --column { $field }={ $column }：没有这个表头，也不是列字母（表头：{ $headers }）

import-progress-importing = 正在导入 { $file }
import-progress-reading = 正在读取 { $file }
import-progress-writing = 正在写入设备库
import-read-rows = 已读取并检查 { $rows } 行，用时 { $seconds } 秒
import-transaction-after-reading = 读取完成后，设备库事务用时 { $seconds } 秒
import-transaction = 设备库事务用时 { $seconds } 秒
import-conflict-and = 和
import-conflict = 设备库中已有 SN { $sn }，但其 { $fields } 不同；设备库中的数据不会被覆盖
import-conflict-batch = 设备库中已有 SN { $sn }（批次 { $batch }），但其 { $fields } 不同；设备库中的数据不会被覆盖
import-mapping = { $file }：{ $source }，表头在第 { $row } 行
import-mapping-column = {"  "}{ $column } 列 { $header } → { $target }
import-mapping-duplicate = 忽略（该字段已对应到其他列）
import-mapping-ignored = 忽略
import-failed-rows = { $file }：{ $errors } 处错误；未导入任何设备
import-failed-rows-hint = 请修正上面列出的行（或用 --column 指定列的对应关系）后重新导入
import-failed-conflicts = { $file }：{ $conflicts } 个 SN 已在设备库中且数据不同；未导入任何设备
import-failed-conflicts-hint = `wecom-hw{ $flags } devices show { $sn }` 可查看设备库中的数据；设备库中的数据不会被覆盖
import-more-problems = … 另有 { $count } 个问题未显示（--json 会全部列出）
import-label-conflict = 冲突
import-label-note = 说明
import-counts = 新增 { $new } 台，未变 { $unchanged } 台，冲突 { $conflicts } 个，错误 { $errors } 处
import-done = 已将 { $units } 台设备导入 { $store }，批次 { $batch }（{ $kind }）：{ $counts }
import-nothing-imported = 未导入任何设备：{ $counts }
import-dry-run = 试运行，未写入任何数据：将导入 { $counts }
import-nothing-changed = 没有变化：全部 { $units } 台设备已在 { $store } 中（{ $counts }）

import-reexport-hint = 请从服务商管理端重新导出设备登记表，或用电子表格软件打开后另存为 .xlsx
import-csv-encoding = { $file }：既不是 UTF-8 也不是 GBK 文本；请把 CSV 另存为 UTF-8
import-csv-unreadable = { $file }：{ $error }
import-not-spreadsheet = { $file }：无法作为电子表格读取
import-no-sheet = { $file }：工作簿中没有工作表
import-cannot-read-sheet = { $file }：无法读取工作表 { $sheet }
import-shared-strings-claim = { $file }：其共享字符串表（{ $name }，{ $size } 字节）声称有 { $claim } 个字符串，超出其容量或 --max-rows { $max } 的导入所需；文件已损坏或不是真正导出的文件
import-grid-too-large = { $file }：工作表 { $sheet } 跨 { $rows } 行 × { $cols } 列（到 { $last } 列），超过 { $cells } 个单元格和 { $columns } 列的上限
import-grid-too-large-hint = 请删除表格下方或右侧远处的零散单元格，或只导出表格本身
import-csv-cell-too-big = { $file }，第 { $line } 行，{ $column } 列：单元格超过 { $max } 字节（已读取 { $len } 字节），达到导入上限；已在此处停止读取
import-ods-with-before = { $sheets ->
        [one] （连同其前面的一个工作表）
       *[other] （连同其前面的 { $sheets } 个工作表）
    }
import-ods-cells = { $file }：工作表 { $sheet } 展开重复的行和列后共有 { $cells } 个单元格{ $with }，超过 { $max } 个单元格的上限
import-ods-text = { $file }：工作表 { $sheet } 展开重复的单元格和空格后共有 { $bytes } 字节文本{ $with }，超过 { $mib } MiB 的上限；文件已损坏或不是真正导出的文件
import-ods-content = { $file }：其 content.xml 解压后超过 { $mib } MiB；文件已损坏或不是真正导出的文件
import-ods-truncated = { $file }：content.xml 在工作表 { $sheet } 中间就结束了：文件已损坏
import-xls-loop = { $file }：.xls 文件已损坏：其{ $table }中的链有环（在扇区 { $sector }）；未读取
import-xls-sector-table = 扇区表
import-xls-short-sector-table = 短扇区表
import-xls-declared = { $file }：工作表 { $sheet } 在 DIMENSIONS 记录中声明了 { $rows } 行 × { $cols } 列，超过 { $max } 个单元格的上限

store-tls-setup = TLS 初始化失败：{ $error }
store-streamed-needs-sqlite = 流式导入需要 SQLite 设备库
import-hashing-panicked = 计算哈希的线程崩溃了
