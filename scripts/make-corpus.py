#!/usr/bin/env python3
"""Writes a synthetic, ZStack-like spec corpus for benchmarks.

    python3 scripts/make-corpus.py --endpoints 2000 --seed 1 --output /tmp/corpus

The corpus has the shape of a real one (format version 1, like api-specs/):

    DIR/api.yaml                                  the `api:` block (locales en, zh-CN)
    DIR/types/*.yaml                              ErrorCode and shared inventories and enums
    DIR/<category>/<resource>/<operation>.yaml    one endpoint per file

Endpoints are Create (POST, wrapper `params`), Update (PUT .../actions, wrapper
`updateX`), Delete (DELETE, query `deleteMode`), actions (PUT .../actions, wrapper =
lowerCamel API name), attach/detach between resources, Query (GET with q/limit/start/...)
and GET-by-uuid, plus a few GET sub-resources; each file is checked to validate cleanly
with `apigen validate`.

The output depends only on --endpoints and --seed: one `random.Random(seed)` drives every
choice, nothing iterates a set or relies on hash order, and files are written as UTF-8
with "\\n" line ends. Standard library only (Python 3.11).
"""
import argparse
import json
import os
import random
import re
import shutil
import sys

LOCALES = ["en", "zh-CN"]

API_YAML = """\
apigen: 1
api:
  name: ZStack                      # prefix for generated top-level names
  title: ZStack Cloud REST API
  locales: [en, zh-CN]              # first is the default; text may be given per locale
  auth:                             # what `auth: required` means on the wire
    header: Authorization
    value: "OAuth {sessionUuid}"
  timestamps:                       # how `Timestamp` values look on the wire
    format: "MMM d, yyyy h:mm:ss a" # e.g. "Jan 6, 2017 3:51:16 AM" (Gson's default)
    locale: en_US_POSIX
    time-zone: Asia/Shanghai        # the wire carries no zone; ZStack's Go SDK reads UTC+8
  async:                            # what `execution: asynchronous` means on the wire
    accepted-status: 202
    location-field: location        # 202 body: {"location": "http://host/zstack/v1/api-jobs/<id>"}
  errors:                           # how failures look on the wire
    status: [503]
    field: error
    type: ErrorCode
"""

ERROR_CODE_YAML = """\
apigen: 1
types:
  ErrorCode:
    description: Error code
    fields:
      code: {type: String, required: true, description: "Error code number, a globally unique identifier of the error, for example SYS.1000, HOST.1001"}
      description: {type: String, required: true, description: Brief description of the error}
      details: {type: String, required: true, description: Detailed error information}
      elaboration: {type: String, required: true, description: "Reserved field, defaults to null"}
      opaque: {type: LinkedHashMap, required: true, description: "Reserved field, defaults to null"}
      cause: {type: ErrorCode, required: true, nullable: true, description: "Root cause. The error that triggered the current error. If there is no original error, this field is null"}
"""

MIN_FIELDS, MAX_FIELDS = 5, 30

# ---------------------------------------------------------------------------------------
# Words and text
# ---------------------------------------------------------------------------------------

ACRONYMS = {
    "Vm": "VM", "Ip": "IP", "Eip": "EIP", "Vip": "VIP", "Gpu": "GPU", "Pci": "PCI", "Usb": "USB",
    "Nfs": "NFS", "Vpc": "VPC", "Dns": "DNS", "Ldap": "LDAP", "Ssh": "SSH", "Cpu": "CPU",
    "Uuid": "UUID", "Url": "URL", "Md5": "MD5", "Qos": "QoS", "Iscsi": "iSCSI", "Nic": "NIC",
    "Cidr": "CIDR", "Mac": "MAC", "Os": "OS", "Sns": "SNS", "Ha": "HA", "Vtep": "VTEP", "Api": "API",
    "Acl": "ACL", "Nat": "NAT", "Ipsec": "IPsec", "Cdp": "CDP", "Sdn": "SDN", "Vf": "VF", "Mtu": "MTU",
}

WORD_ZH = {
    "Vm": "云主机", "Instance": "实例", "Host": "物理机", "Cluster": "集群", "Zone": "区域",
    "Image": "镜像", "Volume": "云盘", "Snapshot": "快照", "Primary": "主", "Backup": "备份",
    "Storage": "存储", "Network": "网络", "L2": "二层", "L3": "三层", "Ip": "IP", "Range": "段",
    "Nic": "网卡", "Security": "安全", "Group": "组", "Rule": "规则", "Vip": "虚拟IP", "Eip": "弹性IP",
    "Load": "负载", "Balancer": "均衡器", "Listener": "监听器", "Offering": "规格", "Disk": "云盘",
    "Account": "账户", "User": "用户", "Policy": "策略", "Session": "会话", "Management": "管理",
    "Node": "节点", "System": "系统", "Tag": "标签", "Alarm": "报警器", "Scheduler": "定时",
    "Job": "任务", "Template": "模板", "Schedule": "计划", "Profile": "配置文件", "Device": "设备",
    "Spec": "规格", "Binding": "绑定", "Quota": "配额", "Config": "配置", "Plan": "计划",
    "Task": "任务", "Metric": "指标", "Label": "标记", "Pool": "池", "Agent": "代理",
    "Certificate": "证书", "Mapping": "映射", "Gpu": "GPU", "Pci": "PCI", "Usb": "USB",
    "Console": "控制台", "Affinity": "亲和", "Baremetal": "裸金属", "Container": "容器",
    "Guest": "客户机", "Vpc": "VPC", "Router": "路由器", "Route": "路由", "Port": "端口",
    "Forwarding": "转发", "Flow": "流量", "Mirror": "镜像", "Firewall": "防火墙", "Dns": "DNS",
    "Ldap": "LDAP", "Access": "访问", "Key": "密钥", "Role": "角色", "Project": "项目",
    "Ticket": "工单", "Event": "事件", "Subscription": "订阅", "Endpoint": "端点", "Topic": "主题",
    "Log": "日志", "Audit": "审计", "Billing": "计费", "Price": "价格", "Cdp": "持续数据保护",
    "Replication": "复制", "Mount": "挂载", "Target": "目标", "Iscsi": "iSCSI", "Nfs": "NFS",
    "Ha": "高可用", "Strategy": "策略", "Migration": "迁移", "Pool2": "池", "Slot": "槽位",
    "Gateway": "网关", "Ipsec": "IPsec", "Connection": "连接", "Peer": "对等", "Acl": "访问控制",
    "Entry": "条目", "Nat": "NAT", "Server": "服务器", "Vtep": "VTEP", "Sdn": "SDN",
    "Controller": "控制器", "Switch": "交换机", "Vf": "VF", "Hook": "钩子", "Script": "脚本",
    "Sns": "SNS", "Application": "应用", "Platform": "平台", "Monitor": "监控", "Threshold": "阈值",
    "Resource": "资源", "Stack": "资源栈", "Capabilities": "能力", "Statistics": "统计",
    "Address": "地址", "Usage": "用量", "Status": "状态", "State": "状态", "Uuid": "UUID",
    "Name": "名称", "Description": "描述", "Type": "类型", "Date": "时间", "Size": "大小",
    "Count": "数量", "Url": "URL", "Path": "路径", "Cpu": "CPU", "Memory": "内存", "Num": "数量",
    "Speed": "速度", "Capacity": "容量", "Total": "总", "Available": "可用", "Used": "已用",
    "Create": "创建", "Last": "最后", "Op": "操作", "Enabled": "启用", "Priority": "优先级",
    "Ratio": "比例", "Interval": "间隔", "Timeout": "超时", "Version": "版本", "Owner": "所有者",
    "Mode": "模式", "Level": "级别", "Expire": "过期", "Sync": "同步", "Retention": "保留",
    "Window": "窗口", "Start": "开始", "End": "结束", "Time": "时间", "Weight": "权重",
    "Limit": "限制", "Max": "最大", "Min": "最小", "Format": "格式", "Labels": "标记",
    "Metadata": "元数据", "Hostname": "主机名", "Endpoint2": "端点", "Source": "源",
    "Destination": "目的", "Protocol": "协议", "Secret": "密文", "Encrypted": "加密",
    "Days": "天数", "Modes": "模式列表", "Dry": "试", "Run": "运行", "Reason": "原因", "Supported": "是否支持",
    "Refs": "引用", "Ref": "引用", "Unit": "单位", "Tags": "标签", "Data": "数据", "Allocator": "分配",
    "Allocation": "分配", "Physical": "物理", "Service": "服务", "Services": "服务", "Category": "类别",
    "Export": "导出", "Media": "介质", "Attached": "已加载的", "Sort": "排序", "Password": "密码",
    "Listeners": "监听器", "Join": "加入", "Value": "值", "Extra": "扩展", "Delete": "删除",
    "Architecture": "架构", "Hypervisor": "虚拟化", "Enable": "启用", "Os": "操作系统", "Volumes": "云盘",
    "Md5": "MD5", "Sum": "校验和", "Principals": "主体", "Actions": "动作", "Statements": "语句",
    "Remote": "远端", "Rules": "规则", "Tree": "树", "Parent": "父", "Interface": "接口", "In": "以",
    "Long": "整数", "Meta": "元", "Driver": "驱动", "Prefix": "前缀", "Len": "长度", "No": "不",
    "Evaluation": "评估", "Captcha": "验证码", "Client": "客户端", "Info": "信息", "Root": "根",
    "Username": "用户名", "Comparison": "比较", "Operator": "运算符", "Period": "周期",
    "Namespace": "命名空间", "Ipv6": "IPv6", "Domain": "域", "Import": "导入", "Images": "镜像",
    "Heart": "心跳", "Beat": "", "Used": "已用", "For": "用途", "Cpu": "CPU", "Sockets": "插槽数",
    "Ipmi": "IPMI", "Internal": "内部", "Shareable": "可共享", "Is": "是否", "Default": "默认",
    "Latest": "最新", "Install": "安装", "Ips": "IP", "Nexthop": "下一跳", "Effect": "效果",
    "Inherent": "内置", "Repeat": "重复", "Class": "类", "Expired": "过期", "Ssh": "SSH",
    "Requested": "请求的", "Required": "指定的", "Offerings": "规格", "Networks": "网络", "Uuids": "UUID列表",
    "Key": "键", "Sha": "SHA", "Peer2": "对等", "Accounts": "账户", "Allowed": "允许的",
}

VERB_ZH = {
    "Create": "创建", "Update": "更新", "Delete": "删除", "Query": "查询", "Get": "获取",
    "Start": "启动", "Stop": "停止", "Reboot": "重启", "Pause": "暂停", "Resume": "恢复",
    "Recover": "恢复", "Expunge": "彻底删除", "Reconnect": "重连", "Change": "修改",
    "Attach": "加载", "Detach": "卸载", "Enable": "启用", "Disable": "停用", "Sync": "同步",
    "Refresh": "刷新", "Clone": "克隆", "Migrate": "迁移", "Export": "导出", "Reset": "重置",
    "Validate": "校验", "Clean": "清理", "Check": "检查", "Set": "设置", "Restore": "还原",
    "Trigger": "触发", "Rename": "重命名", "Revert": "回滚", "Resize": "扩容", "Add": "添加",
    "Remove": "移除", "Apply": "应用", "Update2": "更新",
}

# Field names that recur everywhere: (en, zh-CN).
FIELD_TEXT = {
    "uuid": ("Resource UUID, the unique identifier of the resource", "资源的UUID，唯一标识该资源"),
    "name": ("Resource name", "资源名称"),
    "description": ("Detailed description of the resource", "资源的详细描述"),
    "createDate": ("Creation time", "创建时间"),
    "lastOpDate": ("Last modification time", "最后一次修改时间"),
    "state": ("Resource state", "资源状态"),
    "status": ("Resource status", "资源连接状态"),
    "type": ("Resource type", "资源类型"),
    "zoneUuid": ("Zone UUID", "区域UUID"),
    "clusterUuid": ("Cluster UUID", "集群UUID"),
    "hostUuid": ("Host UUID", "物理机UUID"),
    "lastHostUuid": ("UUID of the host the VM last ran on", "云主机上一次运行的物理机UUID"),
    "imageUuid": ("Image UUID", "镜像UUID"),
    "vmInstanceUuid": ("VM instance UUID", "云主机UUID"),
    "l3NetworkUuid": ("L3 network UUID", "三层网络UUID"),
    "l2NetworkUuid": ("L2 network UUID", "二层网络UUID"),
    "primaryStorageUuid": ("Primary storage UUID", "主存储UUID"),
    "backupStorageUuid": ("Backup storage UUID", "镜像服务器UUID"),
    "instanceOfferingUuid": ("Instance offering UUID", "计算规格UUID"),
    "diskOfferingUuid": ("Disk offering UUID", "云盘规格UUID"),
    "rootVolumeUuid": ("Root volume UUID", "根云盘UUID"),
    "defaultL3NetworkUuid": ("Default L3 network UUID", "默认三层网络UUID"),
    "accountUuid": ("Account UUID", "账户UUID"),
    "resourceUuid": ("Resource UUID. If specified, the resource is created with this UUID", "资源UUID。若指定，资源会使用该UUID"),
    "tagUuids": ("Tag UUIDs", "标签UUID列表"),
    "systemTags": ("System tags", "系统标签"),
    "userTags": ("User tags", "用户标签"),
    "hypervisorType": ("Hypervisor type", "虚拟化类型"),
    "memorySize": ("Memory size, in bytes", "内存大小，单位为字节"),
    "cpuNum": ("Number of CPUs", "CPU数量"),
    "cpuSpeed": ("CPU speed", "CPU速度"),
    "platform": ("Operating system platform", "操作系统平台"),
    "architecture": ("CPU architecture", "CPU架构"),
    "managementIp": ("Management IP address", "管理网络IP地址"),
    "ip": ("IP address", "IP地址"),
    "mac": ("MAC address", "MAC地址"),
    "netmask": ("Network mask", "子网掩码"),
    "gateway": ("Gateway", "网关"),
    "size": ("Size, in bytes", "大小，单位为字节"),
    "actualSize": ("Actual size, in bytes", "实际大小，单位为字节"),
    "url": ("URL", "URL地址"),
    "installPath": ("Install path", "安装路径"),
    "format": ("Format", "格式"),
    "deleteMode": ("Delete mode: Permissive or Enforcing", "删除模式：Permissive 或 Enforcing"),
    "q": ("Query conditions, for example name=vm1", "查询条件，例如 name=vm1"),
    "limit": ("Maximum number of records to return", "最多返回的记录数"),
    "start": ("Offset of the first record to return", "返回记录的起始位置"),
    "count": ("Return only the number of matching records", "仅返回符合条件的记录数"),
    "replyWithCount": ("Also return the total number of matching records", "同时返回符合条件的记录总数"),
    "sort": ("Sort by a field: +field ascending, -field descending", "排序方式：+字段 升序，-字段 降序"),
    "fields": ("Fields to return", "需要返回的字段"),
    "inventories": ("Inventory list. For details, see inventory", "资源清单列表，详情参考inventory"),
    "inventory": ("For details, see inventory", "详情参考inventory"),
    "total": ("Total number of matching records", "符合条件的记录总数"),
    "success": ("Whether the operation succeeded", "操作是否成功"),
    "error": ("Error code. If not null, the operation failed. When the operation succeeds, this field is null. For details, see error",
              "错误码，若不为null，则表示操作失败，操作成功时该字段为null。详情参考error"),
    "force": ("Force the operation", "是否强制执行"),
    "timeout": ("Timeout, in milliseconds", "超时时间，单位为毫秒"),
    "stateEvent": ("State change event", "状态变更事件"),
    "ipVersion": ("IP version", "IP协议版本"),
    "deviceId": ("Device ID", "设备ID"),
    "totalCapacity": ("Total capacity, in bytes", "总容量，单位为字节"),
    "availableCapacity": ("Available capacity, in bytes", "可用容量，单位为字节"),
    "strategy": ("Strategy", "策略"),
    "priority": ("Priority", "优先级"),
    "enabled": ("Whether it is enabled", "是否启用"),
    "labels": ("Labels", "标记"),
    "system": ("Whether it is a system resource", "是否为系统资源"),
}

VERSIONS = ["0.6", "1.3", "2.3.2", "3.2.0", "3.4.1", "3.10", "4.0.0", "4.1.0", "4.4.24", "4.6.21", "4.7.0", "4.10", "5.0.0"]


def split_words(name):
    """`L3NetworkUuid` -> [L3, Network, Uuid]; `vmNics` -> [vm, Nics]."""
    return re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])|[0-9]+", name)


def kebab(name):
    return "-".join(word.lower() for word in split_words(name))


def lower_first(name):
    return name[0].lower() + name[1:]


def upper_first(name):
    return name[0].upper() + name[1:]


def plural(name):
    """The path segment of a resource: `VmInstance` -> `vm-instances`."""
    words = [w.lower() for w in split_words(name)]
    last = words[-1]
    if last in ("storage", "metadata", "info", "data"):
        pass
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        words[-1] = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        words[-1] = last + "es"
    else:
        words[-1] = last + "s"
    return "-".join(words)


def english(name):
    """`VmInstance` -> `VM Instance`."""
    return " ".join(ACRONYMS.get(upper_first(w), upper_first(w)) for w in split_words(name))


def chinese(name):
    return "".join(WORD_ZH.get(upper_first(w), upper_first(w)) for w in split_words(name))


def field_text(name):
    if name in FIELD_TEXT:
        return FIELD_TEXT[name]
    words = split_words(name)
    en = " ".join(ACRONYMS.get(upper_first(w), w.lower()) for w in words)
    en = en[0].upper() + en[1:]
    return en, chinese(name)


def swift_bare(name, upper):
    """Mirror of SwiftName.bare for the ASCII names this script makes."""
    words = re.findall(r"[A-Za-z0-9]+", name)
    out = ""
    for index, word in enumerate(words):
        if index == 0 and not upper:
            run = 0
            while run < len(word) and word[run].isupper():
                run += 1
            plural_s = word[run:run + 1] == "s" and not word[run + 1:run + 2].islower()
            next_word = run > 1 and run < len(word) and word[run].islower() and not plural_s
            cut = run - 1 if next_word else run
            out += word[:cut].lower() + word[cut:]
        else:
            out += word[:1].upper() + word[1:]
    return out


# ---------------------------------------------------------------------------------------
# YAML writing
# ---------------------------------------------------------------------------------------

PLAIN_RE = re.compile(r"^[A-Za-z\u4e00-\u9fff][A-Za-z0-9 ._/()\u4e00-\u9fff\u3001\u3002\uff08\uff09\uff0c\uff1a-]*$")
YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def scalar(text):
    """A flow-safe YAML scalar that reads back as exactly `text`."""
    if PLAIN_RE.match(text) and not text.endswith(" ") and text.lower() not in YAML_WORDS and "  " not in text:
        return text
    return json.dumps(text, ensure_ascii=False)


def type_scalar(spelling):
    return spelling if re.fullmatch(r"[A-Za-z0-9_<>]+", spelling) else json.dumps(spelling)


def text_yaml(text):
    """Text is a plain string (default locale) or a dict locale -> string."""
    if isinstance(text, str):
        return scalar(text)
    return "{" + ", ".join(f"{locale}: {scalar(value)}" for locale, value in text.items()) + "}"


def json_yaml(value):
    return json.dumps(value, ensure_ascii=False)


class Field:
    def __init__(self, name, type_, required=False, description=None, nullable=False, since=None,
                 deprecated=None, default=None, example=None, values=None, fields=None, outside=False):
        self.name = name
        self.type = type_
        self.required = required
        self.description = description
        self.nullable = nullable
        self.since = since
        self.deprecated = deprecated
        self.default = default
        self.example = example
        self.values = values   # list of (value, text) when this field defines an enum inline
        self.fields = fields   # list of Field when this field defines an object inline
        self.outside = outside

    def count(self):
        return 1 + sum(f.count() for f in (self.fields or []))

    def attributes(self):
        out = [("type", type_scalar(self.type))]
        if self.required:
            out.append(("required", "true"))
        if self.nullable:
            out.append(("nullable", "true"))
        if self.outside:
            out.append(("outside-wrapper", "true"))
        if self.since:
            out.append(("since", self.since))
        if self.deprecated:
            out.append(("deprecated", deprecation_yaml(self.deprecated)))
        if self.default is not None:
            out.append(("default", json_yaml(self.default)))
        if self.example is not None:
            out.append(("example", json_yaml(self.example)))
        if self.description is not None:
            out.append(("description", text_yaml(self.description)))
        return out

    def lines(self, indent):
        pad = " " * indent
        attrs = self.attributes()
        if self.fields is None and self.values is None:
            return [f"{pad}{self.name}: {{" + ", ".join(f"{k}: {v}" for k, v in attrs) + "}"]
        out = [f"{pad}{self.name}:"] + [f"{pad}  {k}: {v}" for k, v in attrs]
        if self.values is not None:
            out.append(f"{pad}  values: {values_yaml(self.values)}")
        else:
            out.append(f"{pad}  fields:")
            for field in self.fields:
                out.extend(field.lines(indent + 4))
        return out


def values_yaml(values):
    return "{" + ", ".join(f"{value}: {text_yaml(text)}" for value, text in values) + "}"


def deprecation_yaml(deprecated):
    since, message = deprecated
    return f"{{since: {since}, message: {text_yaml(message)}}}"


def fields_block(fields, indent):
    out = []
    for field in fields:
        out.extend(field.lines(indent))
    return out


# ---------------------------------------------------------------------------------------
# Types known to the corpus (for examples)
# ---------------------------------------------------------------------------------------

class Registry:
    """Every named type the corpus defines: name -> ('object', [Field]) or ('enum', [values])."""

    def __init__(self):
        self.types = {}
        self.swift_names = {}   # UpperCamel Swift name -> type name

    def add_object(self, name, fields):
        assert name not in self.types, name
        check_unique([f.name for f in fields], upper=False, what=name)
        self.check_type_name(name)
        self.types[name] = ("object", fields)
        for field in fields:
            self.add_inline(field)

    def add_enum(self, name, values):
        assert name not in self.types, name
        check_unique([value for value, _ in values], upper=False, what=name)
        self.check_type_name(name)
        self.types[name] = ("enum", [value for value, _ in values])

    def check_type_name(self, name):
        swift = swift_bare(name, True)
        other = self.swift_names.setdefault(swift, name)
        assert other == name, f"types '{name}' and '{other}' both become '{swift}'"

    def add_inline(self, field):
        if field.values is not None:
            self.add_enum(field.type, field.values)
        elif field.fields is not None:
            self.add_object(field.type, field.fields)


BUILTINS = {"String", "Boolean", "boolean", "Integer", "int", "Long", "long", "Float", "Double",
            "Timestamp", "LinkedHashMap", "Map", "JSON"}


class Values:
    """Example values, all drawn from one random.Random."""

    MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    def __init__(self, rng, registry):
        self.rng = rng
        self.registry = registry

    def uuid(self):
        return "%032x" % self.rng.getrandbits(128)

    def timestamp(self):
        r = self.rng
        return "%s %d, %d %d:%02d:%02d %s" % (
            r.choice(self.MONTHS), r.randint(1, 28), r.randint(2016, 2024), r.randint(1, 12),
            r.randint(0, 59), r.randint(0, 59), r.choice(["AM", "PM"]))

    def ip(self):
        return "%d.%d.%d.%d" % (self.rng.choice([10, 172, 192]), self.rng.randint(0, 255), self.rng.randint(0, 255), self.rng.randint(2, 254))

    def string(self, name):
        r = self.rng
        low = name.lower()
        if low.endswith("uuid"):
            return self.uuid()
        if low.endswith("uuids"):
            return self.uuid()
        if low in ("ip", "managementip", "startip", "endip", "gateway", "vipip", "guestip") or low.endswith("ip"):
            return self.ip()
        if low == "netmask":
            return "255.255.255.0"
        if low == "mac":
            return "fa:%02x:%02x:%02x:%02x:%02x" % tuple(r.randint(0, 255) for _ in range(5))
        if low == "url" or low.endswith("url"):
            return "http://192.168.%d.%d/%s" % (r.randint(0, 255), r.randint(2, 254), r.choice(["images", "data", "export"]))
        if low in ("installpath", "mountpath", "primarystorageinstallpath") or low.endswith("path"):
            return "/zstack_ps/%s/%s.qcow2" % (r.choice(["rootVolumes", "dataVolumes", "snapshots"]), self.uuid())
        if low == "name":
            return "%s-%d" % (r.choice(["test", "prod", "dev", "web", "db"]), r.randint(1, 99))
        if low == "description":
            return r.choice(["created by automation", "for testing", "production resource", "测试资源"])
        if low in ("q",):
            return r.choice(["name=test", "state=Enabled", "uuid?=%s" % self.uuid(), "createDate>2017-01-01"])
        if low == "deletemode":
            return r.choice(["Permissive", "Enforcing"])
        if low == "field":
            return r.choice(["uuid", "name", "state", "createDate"])
        if low == "sort":
            return r.choice(["+createDate", "-createDate", "+name"])
        if low.endswith("tags"):
            return r.choice(["<systemTags>", "<userTags>", "tag::%d" % r.randint(1, 9)])
        if low == "hypervisortype":
            return "KVM"
        if low in ("platform", "guestostype"):
            return r.choice(["Linux", "Windows", "Kylin"])
        if low == "format":
            return r.choice(["qcow2", "raw", "iso"])
        if low == "md5sum":
            return "%032x" % r.getrandbits(128)
        return "%s-%d" % (kebab(name) or "value", r.randint(1, 999))

    def value(self, type_, name, depth=0, request=False):
        r = self.rng
        m = re.fullmatch(r"List<(.+)>", type_)
        if m:
            inner = m.group(1)
            count = 1 if depth > 1 else r.randint(1, 2)
            return [self.value(inner, name[:-1] if name.endswith("s") else name, depth + 1, request) for _ in range(count)]
        m = re.fullmatch(r"Map<String, (.+)>", type_)
        if m:
            return {r.choice(["env", "owner", "app"]): self.value(m.group(1), "value", depth + 1, request)}
        if type_ == "String":
            return self.string(name)
        if type_ in ("Boolean", "boolean"):
            return r.choice([True, False])
        if type_ in ("Integer", "int"):
            if name == "ipVersion":
                return r.choice([4, 6])
            return r.randint(0, 64)
        if type_ in ("Long", "long"):
            return r.choice([r.randint(1, 1000), r.randint(1, 1 << 40)])
        if type_ in ("Float", "Double"):
            return r.choice([0.5, 1.25, 2.0, 0.75, 99.9])
        if type_ == "Timestamp":
            return self.timestamp()
        if type_ in ("LinkedHashMap", "Map"):
            return r.choice([{}, {"key": "value"}])
        if type_ == "JSON":
            return r.choice([{"key": "value"}, ["a", "b"], 42, "text"])
        kind, detail = self.registry.types[type_]
        if kind == "enum":
            return r.choice(detail)
        return self.object(detail, depth + 1, request)

    def object(self, fields, depth=0, request=False, keep_all=False):
        out = {}
        for field in fields:
            if field.name in ("error", "success"):
                continue
            if field.type.startswith("List<") and depth > 2:
                continue
            if keep_all or (request and field.required) or self.rng.random() < 0.55:
                if field.type == "ErrorCode":
                    continue
                out[field.name] = self.value(field.type, field.name, depth, request)
        return out


# ---------------------------------------------------------------------------------------
# The shared types (types/*.yaml)
# ---------------------------------------------------------------------------------------

def F(name, type_, **kw):
    return (name, type_, kw)


ENUMS = {
    "DeleteMode": ["Permissive", "Enforcing"],
    "ResourceStateEvent": ["enable", "disable"],
    "CpuArchitecture": ["x86_64", "aarch64", "mips64el", "loongarch64"],
    "HypervisorType": ["KVM", "ESX", "Simulator", "baremetal"],
    "ZoneState": ["Enabled", "Disabled"],
    "ClusterState": ["Enabled", "Disabled"],
    "HostState": ["Enabled", "Disabled", "PreMaintenance", "Maintenance"],
    "HostStatus": ["Connecting", "Connected", "Disconnected"],
    "VmInstanceState": ["Created", "Starting", "Running", "Stopping", "Stopped", "Rebooting", "Destroying",
                        "Destroyed", "Migrating", "Expunging", "Pausing", "Paused", "Resuming", "VolumeMigrating", "Unknown"],
    "VolumeType": ["Root", "Data", "Memory", "Cache"],
    "VolumeState": ["Enabled", "Disabled"],
    "VolumeStatus": ["Creating", "Ready", "NotInstantiated", "Deleted", "Migrating", "Expunging"],
    "VolumeSnapshotStatus": ["Creating", "Ready", "Deleting"],
    "ImageStatus": ["Creating", "Downloading", "Ready", "Deleted"],
    "ImageMediaType": ["RootVolumeTemplate", "DataVolumeTemplate", "ISO"],
    "ImagePlatform": ["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"],
    "PrimaryStorageState": ["Enabled", "Disabled", "Maintenance"],
    "StorageStatus": ["Connecting", "Connected", "Disconnected"],
    "L3NetworkCategory": ["Public", "Private", "System"],
    "SecurityGroupRuleType": ["Ingress", "Egress"],
    "SecurityGroupRuleProtocolType": ["TCP", "UDP", "ICMP", "ALL"],
    "LoadBalancerListenerProtocol": ["tcp", "http", "https", "udp"],
    "AccountType": ["SystemAdmin", "Normal", "ThirdParty"],
    "StatementEffect": ["Allow", "Deny"],
    "AlarmComparisonOperator": ["GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"],
    "AlarmStatus": ["OK", "Alarm", "InsufficientData"],
    "AlarmLabelOperator": ["Equal", "NotEqual", "Regex"],
    "EnableState": ["Enabled", "Disabled"],
}

# Enums written under `types:` at the top of a file; the others are defined inline at their
# first use inside an inventory (`values:`).
TOP_LEVEL_ENUMS = ["DeleteMode", "ResourceStateEvent", "CpuArchitecture", "HypervisorType", "StorageStatus", "EnableState"]

COMMON = [F("createDate", "Timestamp"), F("lastOpDate", "Timestamp")]

# name -> (types file, area, group, [fields]); the group is the second breadcrumb.
CORE_TYPES = {
    "ZoneInventory": ("zone", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                               F("state", "ZoneState"), F("type", "String"), F("isDefault", "Boolean")] + COMMON),
    "ClusterInventory": ("cluster", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                                     F("state", "ClusterState"), F("hypervisorType", "HypervisorType"), F("zoneUuid", "String"),
                                     F("type", "String"), F("architecture", "CpuArchitecture", since="4.0.0")] + COMMON),
    "HostInventory": ("host", [F("uuid", "String"), F("name", "String"), F("description", "String"), F("zoneUuid", "String"),
                               F("clusterUuid", "String"), F("managementIp", "String"), F("hypervisorType", "HypervisorType"),
                               F("state", "HostState"), F("status", "HostStatus"), F("totalCpuCapacity", "Long"),
                               F("availableCpuCapacity", "Long"), F("cpuSockets", "Integer"), F("totalMemoryCapacity", "Long"),
                               F("availableMemoryCapacity", "Long"), F("cpuNum", "Integer"), F("architecture", "CpuArchitecture"),
                               F("ipmiAddress", "String", deprecated=("4.1.0", "Use the BMC inventory instead"))] + COMMON),
    "UsedIpInventory": ("vm-nic", [F("uuid", "String"), F("ipRangeUuid", "String"), F("l3NetworkUuid", "String"),
                                   F("ipVersion", "Integer"), F("ip", "String"), F("netmask", "String"), F("gateway", "String"),
                                   F("usedFor", "String"), F("ipInLong", "long"), F("vmNicUuid", "String")] + COMMON),
    "VmNicInventory": ("vm-nic", [F("uuid", "String"), F("vmInstanceUuid", "String"), F("l3NetworkUuid", "String"),
                                  F("ip", "String"), F("mac", "String"), F("hypervisorType", "String"), F("netmask", "String"),
                                  F("gateway", "String"), F("metaData", "String"), F("ipVersion", "int"), F("deviceId", "int"),
                                  F("type", "String"), F("usedIps", "List<UsedIpInventory>"), F("internalName", "String"),
                                  F("driverType", "String", since="3.10")] + COMMON),
    "VolumeInventory": ("volume", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                                   F("primaryStorageUuid", "String"), F("vmInstanceUuid", "String"), F("diskOfferingUuid", "String"),
                                   F("rootImageUuid", "String"), F("installPath", "String"), F("type", "VolumeType"),
                                   F("format", "String"), F("size", "Long"), F("actualSize", "Long"), F("deviceId", "Integer"),
                                   F("state", "VolumeState"), F("status", "VolumeStatus"), F("isShareable", "Boolean")] + COMMON),
    "VmInstanceInventory": ("vm-instance", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                                            F("zoneUuid", "String"), F("clusterUuid", "String"), F("imageUuid", "String"),
                                            F("hostUuid", "String"), F("lastHostUuid", "String"), F("instanceOfferingUuid", "String"),
                                            F("rootVolumeUuid", "String"), F("platform", "String"), F("defaultL3NetworkUuid", "String"),
                                            F("type", "String"), F("hypervisorType", "String"), F("memorySize", "Long"),
                                            F("cpuNum", "Integer"), F("cpuSpeed", "Long"), F("allocatorStrategy", "String"),
                                            F("architecture", "CpuArchitecture", since="4.0.0"), F("guestOsType", "String", since="4.10"),
                                            F("state", "VmInstanceState"), F("vmNics", "List<VmNicInventory>"),
                                            F("allVolumes", "List<VolumeInventory>")] + COMMON),
    "VolumeSnapshotBackupStorageRefInventory": ("volume-snapshot", [F("volumeSnapshotUuid", "String"), F("backupStorageUuid", "String"),
                                                                   F("installPath", "String")]),
    "VolumeSnapshotInventory": ("volume-snapshot", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                                                    F("type", "String"), F("volumeUuid", "String"), F("treeUuid", "String"),
                                                    F("parentUuid", "String"), F("primaryStorageUuid", "String"),
                                                    F("primaryStorageInstallPath", "String"), F("volumeType", "VolumeType"),
                                                    F("format", "String"), F("latest", "boolean"), F("size", "long"),
                                                    F("state", "EnableState"), F("status", "VolumeSnapshotStatus"),
                                                    F("backupStorageRefs", "List<VolumeSnapshotBackupStorageRefInventory>")] + COMMON),
    "ImageBackupStorageRefInventory": ("image", [F("imageUuid", "String"), F("backupStorageUuid", "String"),
                                                 F("installPath", "String"), F("exportUrl", "String"), F("exportMd5Sum", "String"),
                                                 F("status", "String")] + COMMON),
    "ImageInventory": ("image", [F("uuid", "String"), F("name", "String"), F("description", "String"), F("state", "EnableState"),
                                 F("status", "ImageStatus"), F("size", "Long"), F("actualSize", "Long"), F("md5Sum", "String"),
                                 F("url", "String"), F("mediaType", "ImageMediaType"), F("guestOsType", "String"),
                                 F("type", "String"), F("platform", "ImagePlatform"), F("architecture", "CpuArchitecture"),
                                 F("format", "String"), F("system", "Boolean"),
                                 F("backupStorageRefs", "List<ImageBackupStorageRefInventory>")] + COMMON),
    "PrimaryStorageInventory": ("primary-storage", [F("uuid", "String"), F("zoneUuid", "String"), F("name", "String"),
                                                    F("url", "String"), F("description", "String"), F("totalCapacity", "Long"),
                                                    F("availableCapacity", "Long"), F("totalPhysicalCapacity", "Long"),
                                                    F("availablePhysicalCapacity", "Long"), F("systemUsedCapacity", "Long"),
                                                    F("type", "String"), F("state", "PrimaryStorageState"), F("status", "StorageStatus"),
                                                    F("mountPath", "String"), F("attachedClusterUuids", "List<String>")] + COMMON),
    "BackupStorageInventory": ("backup-storage", [F("uuid", "String"), F("name", "String"), F("url", "String"),
                                                  F("description", "String"), F("totalCapacity", "Long"), F("availableCapacity", "Long"),
                                                  F("type", "String"), F("state", "EnableState"), F("status", "StorageStatus"),
                                                  F("attachedZoneUuids", "List<String>")] + COMMON),
    "L2NetworkInventory": ("l2-network", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                                          F("zoneUuid", "String"), F("physicalInterface", "String"), F("type", "String"),
                                          F("vSwitchType", "String", since="4.1.0"), F("attachedClusterUuids", "List<String>")] + COMMON),
    "IpRangeInventory": ("l3-network", [F("uuid", "String"), F("l3NetworkUuid", "String"), F("name", "String"),
                                        F("description", "String"), F("startIp", "String"), F("endIp", "String"),
                                        F("netmask", "String"), F("gateway", "String"), F("networkCidr", "String"),
                                        F("ipVersion", "Integer"), F("addressMode", "String"), F("prefixLen", "Integer")] + COMMON),
    "NetworkServiceL3NetworkRefInventory": ("l3-network", [F("l3NetworkUuid", "String"), F("networkServiceProviderUuid", "String"),
                                                           F("networkServiceType", "String")]),
    "L3NetworkHostRouteInventory": ("l3-network", [F("id", "Long"), F("l3NetworkUuid", "String"), F("prefix", "String"),
                                                   F("nexthop", "String")] + COMMON),
    "L3NetworkInventory": ("l3-network", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                                          F("type", "String"), F("zoneUuid", "String"), F("l2NetworkUuid", "String"),
                                          F("state", "EnableState"), F("dnsDomain", "String"), F("system", "Boolean"),
                                          F("category", "L3NetworkCategory"), F("ipVersion", "Integer"),
                                          F("dns", "List<String>"), F("ipRanges", "List<IpRangeInventory>"),
                                          F("networkServices", "List<NetworkServiceL3NetworkRefInventory>"),
                                          F("hostRoute", "List<L3NetworkHostRouteInventory>")] + COMMON),
    "SecurityGroupRuleInventory": ("security-group", [F("uuid", "String"), F("securityGroupUuid", "String"),
                                                      F("type", "SecurityGroupRuleType"), F("ipVersion", "Integer"),
                                                      F("startPort", "Integer"), F("endPort", "Integer"),
                                                      F("protocol", "SecurityGroupRuleProtocolType"), F("state", "String"),
                                                      F("allowedCidr", "String"), F("remoteSecurityGroupUuid", "String"),
                                                      F("priority", "Integer", since="4.6.21")] + COMMON),
    "SecurityGroupInventory": ("security-group", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                                                  F("state", "String"), F("ipVersion", "Integer"),
                                                  F("rules", "List<SecurityGroupRuleInventory>"),
                                                  F("attachedL3NetworkUuids", "List<String>")] + COMMON),
    "VipInventory": ("vip", [F("uuid", "String"), F("name", "String"), F("description", "String"), F("l3NetworkUuid", "String"),
                             F("ip", "String"), F("state", "EnableState"), F("gateway", "String"), F("netmask", "String"),
                             F("prefixLen", "Integer"), F("serviceProvider", "String"), F("peerL3NetworkUuids", "List<String>"),
                             F("useFor", "String"), F("system", "Boolean")] + COMMON),
    "EipInventory": ("eip", [F("uuid", "String"), F("name", "String"), F("description", "String"), F("vmNicUuid", "String"),
                             F("vipUuid", "String"), F("state", "EnableState"), F("vipIp", "String"), F("guestIp", "String")] + COMMON),
    "LoadBalancerListenerVmNicRefInventory": ("load-balancer", [F("id", "Long"), F("listenerUuid", "String"),
                                                                F("vmNicUuid", "String"), F("status", "String")] + COMMON),
    "LoadBalancerListenerInventory": ("load-balancer", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                                                        F("loadBalancerUuid", "String"), F("instancePort", "Integer"),
                                                        F("loadBalancerPort", "Integer"), F("protocol", "LoadBalancerListenerProtocol"),
                                                        F("vmNicRefs", "List<LoadBalancerListenerVmNicRefInventory>")] + COMMON),
    "LoadBalancerInventory": ("load-balancer", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                                                F("state", "EnableState"), F("vipUuid", "String"), F("type", "String"),
                                                F("listeners", "List<LoadBalancerListenerInventory>")] + COMMON),
    "InstanceOfferingInventory": ("offering", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                                               F("cpuNum", "Integer"), F("cpuSpeed", "Integer"), F("memorySize", "Long"),
                                               F("type", "String"), F("allocatorStrategy", "String"), F("sortKey", "Integer"),
                                               F("state", "EnableState")] + COMMON),
    "DiskOfferingInventory": ("offering", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                                           F("diskSize", "Long"), F("sortKey", "Integer"), F("state", "EnableState"),
                                           F("type", "String"), F("allocatorStrategy", "String")] + COMMON),
    "AccountInventory": ("account", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                                     F("type", "AccountType")] + COMMON),
    "UserInventory": ("account", [F("uuid", "String"), F("accountUuid", "String"), F("name", "String"),
                                  F("description", "String")] + COMMON),
    "UserGroupInventory": ("account", [F("uuid", "String"), F("accountUuid", "String"), F("name", "String"),
                                       F("description", "String")] + COMMON),
    "PolicyStatement": ("policy", [F("name", "String"), F("effect", "StatementEffect"), F("principals", "List<String>"),
                                   F("actions", "List<String>"), F("resources", "List<String>")]),
    "PolicyInventory": ("policy", [F("uuid", "String"), F("name", "String"), F("accountUuid", "String"),
                                   F("statements", "List<PolicyStatement>")] + COMMON),
    "SessionInventory": ("account", [F("uuid", "String"), F("accountUuid", "String"), F("userUuid", "String"),
                                     F("expiredDate", "Timestamp"), F("createDate", "Timestamp"),
                                     F("noSessionEvaluation", "Boolean", since="3.2.0")]),
    "ManagementNodeInventory": ("management-node", [F("uuid", "String"), F("hostName", "String"), F("heartBeat", "Timestamp"),
                                                    F("joinDate", "Timestamp")]),
    "SystemTagInventory": ("tag", [F("uuid", "String"), F("resourceUuid", "String"), F("resourceType", "String"),
                                   F("inherent", "Boolean"), F("type", "String"), F("tag", "String")] + COMMON),
    "AlarmLabelInventory": ("alarm", [F("uuid", "String"), F("key", "String"), F("value", "String"),
                                      F("operator", "AlarmLabelOperator"), F("alarmUuid", "String")]),
    "AlarmInventory": ("alarm", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                                 F("comparisonOperator", "AlarmComparisonOperator"), F("period", "Integer"),
                                 F("namespace", "String"), F("metricName", "String"), F("threshold", "Double"),
                                 F("repeatInterval", "Integer"), F("status", "AlarmStatus"), F("state", "EnableState"),
                                 F("labels", "List<AlarmLabelInventory>"), F("extra", "Map<String, String>", since="4.7.0")] + COMMON),
    "SchedulerJobInventory": ("scheduler", [F("uuid", "String"), F("name", "String"), F("description", "String"),
                                            F("targetResourceUuid", "String"), F("jobClassName", "String"),
                                            F("jobData", "LinkedHashMap"), F("state", "String")] + COMMON),
}

# Core resources with endpoints: name -> (area, group, zh name, actions, attach targets).
AREAS = {
    "resource-pool": "Resource Pool Management",
    "compute": "Compute Management",
    "storage": "Storage Management",
    "network": "Network Management",
    "network-service": "Network Service Management",
    "identity": "Identity and Access Management",
    "platform": "Platform Operations",
    "monitoring": "Monitoring and Alarms",
}

CORE_RESOURCES = [
    ("Zone", "resource-pool", "Zone Related Interfaces", ["Change"], []),
    ("Cluster", "resource-pool", "Cluster Related Interfaces", ["Change", "Update2"], []),
    ("Host", "resource-pool", "Host Related Interfaces", ["Change", "Reconnect", "Check"], []),
    ("VmInstance", "compute", "VM Related Interfaces", ["Start", "Stop", "Reboot", "Pause", "Resume", "Migrate", "Recover", "Expunge", "Clone"], []),
    ("VmNic", "compute", "VM Related Interfaces", ["Change"], ["VmInstance"]),
    ("InstanceOffering", "compute", "Instance Offering Related Interfaces", ["Change"], []),
    ("Volume", "storage", "Volume Related Interfaces", ["Change", "Resize", "Recover", "Expunge", "Sync"], ["VmInstance"]),
    ("VolumeSnapshot", "storage", "Volume Snapshot Related Interfaces", ["Revert", "Sync"], []),
    ("Image", "storage", "Image Related Interfaces", ["Change", "Recover", "Expunge", "Sync", "Export"], []),
    ("PrimaryStorage", "storage", "Primary Storage Related Interfaces", ["Change", "Reconnect", "Sync", "Clean"], ["Cluster"]),
    ("BackupStorage", "storage", "Backup Storage Related Interfaces", ["Change", "Reconnect"], ["Zone"]),
    ("DiskOffering", "storage", "Disk Offering Related Interfaces", ["Change"], []),
    ("L2Network", "network", "L2 Network Related Interfaces", ["Update2"], ["Cluster"]),
    ("L3Network", "network", "L3 Network Related Interfaces", ["Change", "Check"], ["VmInstance"]),
    ("IpRange", "network", "L3 Network Related Interfaces", ["Check"], []),
    ("SecurityGroup", "network-service", "Security Group Related Interfaces", ["Change", "Apply"], ["L3Network"]),
    ("Vip", "network-service", "VIP Related Interfaces", ["Change"], []),
    ("Eip", "network-service", "EIP Related Interfaces", ["Change"], ["VmNic"]),
    ("LoadBalancer", "network-service", "Load Balancer Related Interfaces", ["Refresh", "Change"], []),
    ("LoadBalancerListener", "network-service", "Load Balancer Related Interfaces", ["Change"], []),
    ("Account", "identity", "Account Related Interfaces", ["Reset", "Validate"], []),
    ("UserGroup", "identity", "User Related Interfaces", [], []),
    ("User", "identity", "User Related Interfaces", ["Reset"], ["UserGroup"]),
    ("Policy", "identity", "Policy Related Interfaces", ["Validate"], ["User"]),
    ("SystemTag", "platform", "Tag Related Interfaces", [], []),
    ("ManagementNode", "platform", "Management Node Related Interfaces", ["Check"], []),
    ("Alarm", "monitoring", "Alarm Related Interfaces", ["Change", "Trigger"], []),
    ("SchedulerJob", "platform", "Scheduler Related Interfaces", ["Change", "Trigger"], []),
]

# Synthetic resource names: prefix + noun (and prefix + middle + noun when those run out).
SYNTH_PREFIXES = {
    "compute": ["Vm", "Gpu", "Pci", "Usb", "Console", "Affinity", "Baremetal", "Container", "Guest", "Ha"],
    "storage": ["Volume", "Image", "Iscsi", "Nfs", "Cdp", "Replication", "Mount", "Storage"],
    "network": ["Vpc", "Router", "Route", "Port", "Flow", "Vtep", "Sdn", "Switch", "Gateway"],
    "network-service": ["Firewall", "Dns", "Ipsec", "Nat", "Acl", "Peer", "Load"],
    "identity": ["Ldap", "Access", "Role", "Project", "Ticket"],
    "platform": ["Log", "Audit", "Billing", "Price", "Hook", "Script", "Resource", "Stack"],
    "monitoring": ["Event", "Metric", "Sns", "Monitor", "Threshold"],
    "resource-pool": ["Host", "Cluster", "Zone", "Platform", "Server"],
}
SYNTH_MIDDLES = ["Backup", "Migration", "Access", "Security", "Network", "Storage", "Event", "Usage"]
SYNTH_NOUNS = ["Policy", "Group", "Template", "Rule", "Schedule", "Profile", "Device", "Spec", "Binding", "Quota",
               "Config", "Plan", "Task", "Label", "Pool", "Agent", "Certificate", "Mapping", "Endpoint", "Topic",
               "Subscription", "Controller", "Slot", "Connection", "Entry", "Strategy", "Window", "Application"]

STATE_SETS = [
    ["Enabled", "Disabled"],
    ["Creating", "Ready", "Deleting", "Error"],
    ["Active", "Inactive", "Pending"],
    ["Running", "Stopped", "Paused", "Unknown"],
    ["Connected", "Disconnected", "Connecting"],
    ["Available", "InUse", "Expired"],
]

# Extra inventory fields for synthetic resources: (name, type).
SYNTH_EXTRA = [
    ("size", "Long"), ("capacity", "Long"), ("enabled", "Boolean"), ("priority", "Integer"), ("ratio", "Double"),
    ("weight", "Float"), ("labels", "Map<String, String>"), ("config", "LinkedHashMap"), ("metadata", "JSON"),
    ("ownerAccountUuid", "String"), ("ruleCount", "int"), ("lastSyncDate", "Timestamp"), ("tags", "List<String>"),
    ("version", "String"), ("url", "String"), ("hostUuid", "String"), ("retentionDays", "Integer"),
    ("maxCount", "long"), ("expireDate", "Timestamp"), ("systemTagRefs", "List<SystemTagInventory>"),
    ("format", "String"), ("encrypted", "boolean"), ("interval", "Long"), ("mode", "String"),
]

# Request-side fields for creates, updates and actions: (name, type, required-probability).
REQUEST_POOL = [
    ("zoneUuid", "String", 0.6), ("clusterUuid", "String", 0.4), ("hostUuid", "String", 0.3),
    ("l3NetworkUuid", "String", 0.5), ("primaryStorageUuid", "String", 0.3), ("imageUuid", "String", 0.3),
    ("type", "String", 0.4), ("size", "Long", 0.3), ("priority", "Integer", 0.1), ("enabled", "Boolean", 0.1),
    ("timeout", "Long", 0.0), ("force", "Boolean", 0.0), ("strategy", "String", 0.2), ("url", "String", 0.5),
    ("labels", "Map<String, String>", 0.0), ("config", "LinkedHashMap", 0.0), ("ratio", "Float", 0.0),
    ("memorySize", "Long", 0.2), ("cpuNum", "Integer", 0.2), ("ipVersion", "Integer", 0.0),
    ("architecture", "CpuArchitecture", 0.1), ("hypervisorType", "HypervisorType", 0.1), ("interval", "Long", 0.1),
    ("reason", "String", 0.0), ("dryRun", "Boolean", 0.0), ("resourceUuids", "List<String>", 0.2),
    ("maxCount", "long", 0.0), ("format", "String", 0.2), ("retentionDays", "int", 0.0),
]

GENERIC_ACTIONS = ["Change", "Reconnect", "Sync", "Refresh", "Enable", "Disable", "Reset", "Validate", "Clean",
                   "Check", "Clone", "Export", "Recover", "Expunge", "Start", "Stop", "Apply", "Trigger", "Rename"]

# Endpoints that need no session: name -> (resource, zh-CN title).
SPECIAL = {"LogInByAccount": ("Account", "使用账户登录"), "LogOut": ("Account", "退出登录"),
           "GetVersion": ("ManagementNode", "获取当前版本")}

# Create parameters of core resources, besides name and description: (name, type, required).
CREATE_FIELDS = {
    "Zone": [("isDefault", "Boolean", False)],
    "Cluster": [("zoneUuid", "String", True), ("hypervisorType", "HypervisorType", True), ("type", "String", False),
                ("architecture", "CpuArchitecture", False)],
    "Host": [("managementIp", "String", True), ("clusterUuid", "String", True), ("username", "String", True),
             ("password", "String", True), ("sshPort", "Integer", False)],
    "VmInstance": [("instanceOfferingUuid", "String", True), ("imageUuid", "String", True),
                   ("l3NetworkUuids", "List<String>", True), ("type", "String", False),
                   ("rootDiskOfferingUuid", "String", False), ("dataDiskOfferingUuids", "List<String>", False),
                   ("zoneUuid", "String", False), ("clusterUuid", "String", False), ("hostUuid", "String", False),
                   ("defaultL3NetworkUuid", "String", False), ("strategy", "String", False)],
    "VmNic": [("l3NetworkUuid", "String", True), ("ip", "String", False), ("driverType", "String", False)],
    "InstanceOffering": [("cpuNum", "Integer", True), ("memorySize", "Long", True), ("allocatorStrategy", "String", False),
                         ("sortKey", "Integer", False), ("type", "String", False)],
    "Volume": [("diskOfferingUuid", "String", False), ("diskSize", "Long", False), ("primaryStorageUuid", "String", False)],
    "VolumeSnapshot": [("volumeUuid", "String", True)],
    "Image": [("url", "String", True), ("mediaType", "ImageMediaType", False), ("guestOsType", "String", False),
              ("system", "Boolean", False), ("format", "String", True), ("platform", "ImagePlatform", False),
              ("backupStorageUuids", "List<String>", True), ("architecture", "CpuArchitecture", False)],
    "PrimaryStorage": [("url", "String", True), ("type", "String", False), ("zoneUuid", "String", True)],
    "BackupStorage": [("url", "String", True), ("type", "String", False), ("importImages", "Boolean", False)],
    "DiskOffering": [("diskSize", "Long", True), ("sortKey", "Integer", False), ("allocationStrategy", "String", False),
                     ("type", "String", False)],
    "L2Network": [("zoneUuid", "String", True), ("physicalInterface", "String", True), ("type", "String", False),
                  ("vSwitchType", "String", False)],
    "L3Network": [("l2NetworkUuid", "String", True), ("type", "String", False), ("dnsDomain", "String", False),
                  ("system", "Boolean", False), ("category", "L3NetworkCategory", False), ("ipVersion", "Integer", False)],
    "IpRange": [("l3NetworkUuid", "String", True), ("startIp", "String", True), ("endIp", "String", True),
                ("netmask", "String", True), ("gateway", "String", True), ("ipRangeType", "String", False)],
    "SecurityGroup": [("ipVersion", "Integer", False)],
    "Vip": [("l3NetworkUuid", "String", True), ("ipRangeUuid", "String", False), ("allocatorStrategy", "String", False),
            ("requiredIp", "String", False)],
    "Eip": [("vipUuid", "String", True), ("vmNicUuid", "String", False), ("usedIpUuid", "String", False)],
    "LoadBalancer": [("vipUuid", "String", True), ("ipv6VipUuid", "String", False)],
    "LoadBalancerListener": [("loadBalancerUuid", "String", True), ("instancePort", "Integer", False),
                             ("loadBalancerPort", "Integer", True), ("protocol", "LoadBalancerListenerProtocol", False)],
    "Account": [("password", "String", True), ("type", "AccountType", False)],
    "User": [("password", "String", True)],
    "Policy": [("statements", "List<PolicyStatement>", True)],
    "SystemTag": [("resourceType", "String", True), ("resourceUuid", "String", True), ("tag", "String", True)],
    "Alarm": [("comparisonOperator", "AlarmComparisonOperator", True), ("period", "Integer", False),
              ("namespace", "String", True), ("metricName", "String", True), ("threshold", "Double", True),
              ("repeatInterval", "Integer", False), ("labels", "List<AlarmLabelInventory>", False)],
    "SchedulerJob": [("targetResourceUuid", "String", True), ("type", "String", True), ("startTime", "Long", False),
                     ("interval", "Integer", False), ("repeatCount", "Integer", False)],
}

VALUE_ZH = {
    "Enabled": "已启用", "Disabled": "已停用", "Running": "运行中", "Stopped": "已停止", "Starting": "启动中",
    "Stopping": "停止中", "Created": "已创建", "Creating": "创建中", "Ready": "就绪", "Deleting": "删除中",
    "Deleted": "已删除", "Error": "错误", "Active": "活跃", "Inactive": "不活跃", "Pending": "等待中",
    "Paused": "已暂停", "Pausing": "暂停中", "Unknown": "未知", "Connected": "已连接", "Disconnected": "已断开",
    "Connecting": "连接中", "Available": "可用", "InUse": "使用中", "Expired": "已过期", "Rebooting": "重启中",
    "Destroying": "销毁中", "Destroyed": "已销毁", "Migrating": "迁移中", "Expunging": "彻底删除中",
    "Resuming": "恢复中", "VolumeMigrating": "云盘迁移中", "PreMaintenance": "准备维护", "Maintenance": "维护模式",
    "NotInstantiated": "未实例化", "Downloading": "下载中", "Permissive": "宽松删除", "Enforcing": "强制删除",
    "enable": "启用", "disable": "停用", "Ingress": "入方向", "Egress": "出方向", "Allow": "允许", "Deny": "拒绝",
    "Public": "公有网络", "Private": "私有网络", "System": "系统网络", "Root": "根云盘", "Data": "数据云盘",
    "Memory": "内存快照", "Cache": "缓存", "SystemAdmin": "系统管理员", "Normal": "普通账户", "ThirdParty": "第三方账户",
    "OK": "正常", "Alarm": "报警", "InsufficientData": "数据不足", "Equal": "等于", "NotEqual": "不等于",
    "Regex": "正则匹配", "RootVolumeTemplate": "系统镜像", "DataVolumeTemplate": "数据云盘镜像", "ISO": "ISO光盘",
    "GreaterThanOrEqualTo": "大于等于", "GreaterThan": "大于", "LessThan": "小于", "LessThanOrEqualTo": "小于等于",
    "Other": "其他", "Simulator": "模拟器", "baremetal": "裸金属",
}

GETTERS = [("Capabilities", "capabilities", "object"), ("Statistics", "statistics", "map"),
           ("Usage", "usage", "object"), ("Metadata", "metadata", "opaque")]


class Resource:
    def __init__(self, name, area, group, core, actions, attach):
        self.name = name
        self.area = area
        self.group = group
        self.core = core
        self.actions = actions
        self.attach = attach
        self.inventory = name + "Inventory"
        self.inventory_fields = None    # synthetic: the inline definition, as [Field]
        self.defined = False            # synthetic: an emitted endpoint defines the inventory


# ---------------------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------------------

class Generator:
    def __init__(self, count, seed):
        self.count = count
        self.rng = random.Random(seed)
        self.registry = Registry()
        self.values = Values(self.rng, self.registry)
        self.operation_ids = set()
        self.operation_swift = {}
        self.type_names = set()
        self.files = {}   # relative path -> text
        self.stats = {"synchronous": 0, "asynchronous": 0}

    # -- text -----------------------------------------------------------------------------

    def text(self, en, zh, weights=(55, 35, 10)):
        """Plain English, {en, zh-CN}, or zh-CN only."""
        pick = self.rng.choices(["en", "both", "zh"], weights=weights)[0]
        if pick == "en":
            return en
        if pick == "both":
            return {"en": en, "zh-CN": zh}
        return {"zh-CN": zh}

    def described(self, name, **kw):
        en, zh = field_text(name)
        return self.text(en, zh)

    def version(self):
        return self.rng.choice(VERSIONS)

    # -- types/ ---------------------------------------------------------------------------

    def field_from_spec(self, spec, inline_enums):
        name, type_, kw = spec
        field = Field(name, type_, required=True, description=self.described(name), since=kw.get("since"),
                      deprecated=(kw["deprecated"][0], kw["deprecated"][1]) if "deprecated" in kw else None)
        if type_ in ENUMS and type_ not in TOP_LEVEL_ENUMS and type_ not in inline_enums:
            inline_enums.add(type_)
            field.values = [(v, self.enum_text(v)) for v in ENUMS[type_]]
        return field

    def enum_text(self, value):
        words = split_words(value) or [value]
        en = value if value.isupper() else " ".join(w.lower() if i else upper_first(w) for i, w in enumerate(words))
        return self.text(en, VALUE_ZH.get(value, value), weights=(70, 20, 10))

    def write_types(self):
        self.files["types/error-code.yaml"] = ERROR_CODE_YAML
        self.registry.types["ErrorCode"] = ("object", [])
        self.type_names.add("ErrorCode")
        by_file = {}
        for name, (file, _) in CORE_TYPES.items():
            by_file.setdefault(file, []).append(name)
        # Shared enums first, under `types:`.
        lines = ["apigen: 1", "types:"]
        for name in TOP_LEVEL_ENUMS:
            values = [(v, self.enum_text(v)) for v in ENUMS[name]]
            self.registry.add_enum(name, values)
            self.type_names.add(name)
            lines.append(f"  {name}:")
            lines.append(f"    description: {text_yaml(self.text(english(name), chinese(name)))}")
            lines.append(f"    values: {values_yaml(values)}")
        self.files["types/common.yaml"] = "\n".join(lines) + "\n"
        inline_enums = set()
        for file, names in by_file.items():
            lines = ["apigen: 1", "types:"]
            for name in names:
                fields = [self.field_from_spec(spec, inline_enums) for spec in CORE_TYPES[name][1]]
                check_unique([f.name for f in fields], upper=False, what=name)
                self.registry.add_object(name, fields)
                self.type_names.add(name)
                for field in fields:
                    if field.values is not None:
                        self.type_names.add(field.type)
                base = name[:-len("Inventory")] if name.endswith("Inventory") else name
                lines.append(f"  {name}:")
                lines.append(f"    description: {text_yaml(self.text(english(base) + ' inventory', chinese(base) + '清单'))}")
                lines.append("    fields:")
                lines.extend(fields_block(fields, 6))
            self.files[f"types/{file}.yaml"] = "\n".join(lines) + "\n"

    # -- resources ------------------------------------------------------------------------

    def synthetic_names(self):
        """Every synthetic resource name, in a seeded order, two words before three."""
        pairs = []
        for area in AREAS:
            for prefix in SYNTH_PREFIXES[area]:
                for noun in SYNTH_NOUNS:
                    pairs.append((prefix + noun, area))
        self.rng.shuffle(pairs)
        yield from pairs
        triples = []
        for area in AREAS:
            for prefix in SYNTH_PREFIXES[area]:
                for middle in SYNTH_MIDDLES:
                    if middle == prefix:
                        continue
                    for noun in SYNTH_NOUNS:
                        triples.append((prefix + middle + noun, area))
        self.rng.shuffle(triples)
        yield from triples
        raise RuntimeError("ran out of synthetic resource names")

    def resources(self):
        """Core resources interleaved with synthetic ones, then synthetic ones only."""
        core_names = {c[0] for c in CORE_RESOURCES}
        used = set(self.type_names)
        synth = self.synthetic_names()
        started = []

        def next_synthetic():
            for name, area in synth:
                if name in core_names or name + "Inventory" in used or name + "State" in used:
                    continue
                if name + "Capabilities" in used or name + "Usage" in used:
                    continue
                used.update([name, name + "Inventory", name + "State", name + "Capabilities", name + "Usage"])
                actions = self.rng.sample(GENERIC_ACTIONS, self.rng.randint(1, 4))
                attach = []
                if started and self.rng.random() < 0.35:
                    attach = [self.rng.choice(started).name]
                group = english(name) + " Related Interfaces"
                return Resource(name, area, group, False, actions, attach)

        for name, area, group, actions, attach in CORE_RESOURCES:
            resource = Resource(name, area, group, True, actions, attach)
            started.append(resource)
            yield resource
            resource = next_synthetic()
            started.append(resource)
            yield resource
        while True:
            resource = next_synthetic()
            started.append(resource)
            yield resource

    def synthetic_inventory(self, resource):
        r = self.rng
        fields = [Field("uuid", "String", True, self.described("uuid")),
                  Field("name", "String", True, self.described("name"))]
        if r.random() < 0.8:
            fields.append(Field("description", "String", True, self.described("description")))
        state = Field("state", resource.name + "State", True, self.described("state"))
        state.values = [(v, self.enum_text(v)) for v in r.choice(STATE_SETS)]
        fields.append(state)
        for name, type_ in r.sample(SYNTH_EXTRA, r.randint(1, 6)):
            field = Field(name, type_, True, self.described(name))
            if r.random() < 0.1:
                field.since = self.version()
            if r.random() < 0.04:
                field.deprecated = (self.version(), self.text("No longer used", "已废弃"))
            if r.random() < 0.08:
                field.nullable = True
            fields.append(field)
        fields += [Field("createDate", "Timestamp", True, self.described("createDate")),
                   Field("lastOpDate", "Timestamp", True, self.described("lastOpDate"))]
        return fields

    def inventory_field(self, resource, name, list_=False, define=False):
        type_ = f"List<{resource.inventory}>" if list_ else resource.inventory
        field = Field(name, type_, True, self.described(name))
        if define:
            # `fields:` on `List<XInventory>` defines XInventory, the element type.
            field.fields = resource.inventory_fields
        return field

    # -- endpoints ------------------------------------------------------------------------

    def plan(self, resource):
        """The operations of one resource, in order; the first one defines a synthetic inventory."""
        r = self.rng
        ops = []
        has_create = resource.core or r.random() < 0.85
        if resource.name in ("ManagementNode", "SystemTag") and resource.core:
            has_create = resource.name == "SystemTag"
        if has_create:
            ops.append(("create", None))
        ops.append(("query", None))
        if r.random() < 0.6:
            ops.append(("get", None))
        if resource.core or r.random() < 0.7:
            if resource.name != "ManagementNode":
                ops.append(("update", None))
        if has_create:
            ops.append(("delete", None))
        for verb in resource.actions:
            ops.append(("action", verb))
        for target in resource.attach:
            ops.append(("attach", target))
            ops.append(("detach", target))
        for getter in r.sample(GETTERS, r.choice([0, 0, 1, 1, 2])):
            ops.append(("getter", getter))
        if resource.core:
            ops += [("special", name) for name in SPECIAL if SPECIAL[name][0] == resource.name]
        return ops

    def run(self):
        self.files["api.yaml"] = API_YAML
        self.write_types()
        self.resources_by_name = {}
        emitted = 0
        for resource in self.resources():
            if emitted >= self.count:
                break
            self.resources_by_name[resource.name] = resource
            if not resource.core:
                resource.inventory_fields = self.synthetic_inventory(resource)
            for kind, detail in self.plan(resource):
                if emitted >= self.count:
                    break
                if self.endpoint(resource, kind, detail):
                    emitted += 1
        return self.files

    def operation_id(self, kind, resource, detail):
        name = resource.name
        if kind == "action":
            verb = detail
            if verb == "Change":
                return f"Change{name}State"
            if verb == "Update2":
                return f"Update{name}Config"
            if verb == "Rename":
                return f"Rename{name}"
            if verb == "Check":
                return f"Check{name}Status"
            return verb + name
        if kind == "attach":
            return f"Attach{name}To{detail}"
        if kind == "detach":
            return f"Detach{name}From{detail}"
        if kind == "getter":
            return f"Get{name}{detail[0]}"
        if kind == "special":
            return detail
        return upper_first(kind) + name

    def title(self, kind, resource, detail, op_id):
        words = split_words(op_id)
        verb = words[0]
        en = " ".join(ACRONYMS.get(w, w) for w in words)
        if kind in ("attach", "detach"):
            zh = f"{VERB_ZH[verb]}{chinese(resource.name)}{'到' if kind == 'attach' else '从'}{chinese(detail)}"
        elif kind == "special":
            zh = SPECIAL[op_id][1]
        elif kind == "getter":
            zh = f"获取{chinese(resource.name)}{WORD_ZH.get(detail[0], detail[0])}"
        else:
            zh = VERB_ZH.get(verb, verb) + chinese("".join(words[1:]))
        return self.text(en, zh)

    def request_fields(self, lo, hi, avoid):
        r = self.rng
        out = []
        for name, type_, p_required in r.sample(REQUEST_POOL, r.randint(lo, hi)):
            if name in avoid:
                continue
            field = Field(name, type_, r.random() < p_required, self.described(name))
            if r.random() < 0.06:
                field.since = self.version()
            if r.random() < 0.12 and not field.required:
                field.example = self.values.value(type_, name, request=True)
            if name == "timeout" and r.random() < 0.5:
                field.default = 1800000
            out.append(field)
        return out

    def tags(self, outside=True, query=False):
        out = []
        for name in ("systemTags", "userTags"):
            field = Field(name, "List<String>", False, self.described(name), outside=outside and not query)
            out.append(field)
        return out

    def endpoint(self, resource, kind, detail):
        r = self.rng
        op_id = self.operation_id(kind, resource, detail)
        if op_id in self.operation_ids:
            return False
        if kind in ("attach", "detach"):
            target = self.resources_by_name.get(detail)
            if target is None or not (target.core or target.defined):
                return False
        if kind == "getter" and resource.name + detail[0] in self.type_names:
            return False
        self.operation_ids.add(op_id)
        swift = swift_bare(op_id, True)
        assert self.operation_swift.setdefault(swift, op_id) == op_id, op_id
        base = "/zstack/v1/" + plural(resource.name)
        define = not resource.core and not resource.defined
        redefine = not resource.core and resource.defined and kind == "get" and r.random() < 0.5
        e = {"op": op_id, "kind": kind, "detail": detail, "path_params": [], "query": [], "body": None, "wrapper": None,
             "response": [], "auth": "required"}
        wrapper_name = lower_first(op_id)
        inv_define = define or redefine

        if kind == "create":
            e["method"], e["path"] = "POST", base
            e["wrapper"] = "params"
            body = [Field("name", "String", True, self.described("name")),
                    Field("description", "String", False, self.described("description"))]
            if resource.core:
                body += [Field(n, t, req, self.described(n)) for n, t, req in CREATE_FIELDS.get(resource.name, [])]
            else:
                body += self.request_fields(0, 4, {"name", "description"})
            body += [f for f in [Field("resourceUuid", "String", False, self.described("resourceUuid")),
                                 Field("tagUuids", "List<String>", False, self.described("tagUuids"), since="3.4.1")]
                     if f.name not in {b.name for b in body}]
            body += self.tags()
            e["body"] = body
            e["async"] = r.random() < 0.72
            e["response"] = [self.inventory_field(resource, "inventory", define=inv_define)]
        elif kind == "update":
            e["method"], e["path"] = "PUT", base + "/{uuid}/actions"
            e["path_params"] = [Field("uuid", "String", True, self.described("uuid"))]
            e["wrapper"] = wrapper_name
            body = [Field("name", "String", False, self.described("name")),
                    Field("description", "String", False, self.described("description"))]
            body += self.request_fields(0, 3, {"name", "description", "uuid"})
            for f in body:
                f.required = False
            body += self.tags()
            e["body"] = body
            e["async"] = r.random() < 0.3
            e["response"] = [self.inventory_field(resource, "inventory", define=inv_define)]
        elif kind == "delete":
            e["method"], e["path"] = "DELETE", base + "/{uuid}"
            e["path_params"] = [Field("uuid", "String", True, self.described("uuid"))]
            mode = Field("deleteMode", r.choice(["String", "DeleteMode"]), False, self.described("deleteMode"))
            if r.random() < 0.5:
                mode.default = "Permissive"
            e["query"] = [mode] + self.tags(query=True)
            e["async"] = r.random() < 0.7
        elif kind == "action":
            e["method"], e["path"] = "PUT", base + "/{uuid}/actions"
            e["path_params"] = [Field("uuid", "String", True, self.described("uuid"))]
            e["wrapper"] = wrapper_name
            body = []
            if detail == "Change":
                body.append(Field("stateEvent", "ResourceStateEvent", True, self.described("stateEvent")))
            body += self.request_fields(0, 4, {"uuid", "stateEvent"})
            body += self.tags()
            e["body"] = body
            e["async"] = r.random() < 0.62
            e["response"] = [self.inventory_field(resource, "inventory", define=inv_define)]
        elif kind in ("attach", "detach"):
            target = self.resources_by_name[detail]
            mine, theirs = lower_first(resource.name) + "Uuid", lower_first(target.name) + "Uuid"
            e["path"] = f"/zstack/v1/{plural(target.name)}/{{{theirs}}}/{plural(resource.name)}/{{{mine}}}"
            e["path_params"] = [Field(theirs, "String", True, self.described(theirs)),
                                Field(mine, "String", True, self.described(mine))]
            if kind == "attach":
                e["method"] = "POST"
                e["wrapper"] = "params"
                e["body"] = self.request_fields(0, 2, {mine, theirs}) + self.tags()
            else:
                e["method"] = "DELETE"
                e["query"] = self.tags(query=True)
            e["async"] = r.random() < 0.65
            e["response"] = [self.inventory_field(target, "inventory")]
        elif kind == "query":
            e["method"], e["path"] = "GET", base
            e["query"] = self.query_parameters()
            e["async"] = False
            inventories = self.inventory_field(resource, "inventories", list_=True, define=inv_define)
            e["response"] = [inventories, Field("total", "Long", True, self.described("total"))]
        elif kind == "get":
            e["method"], e["path"] = "GET", base + "/{uuid}"
            e["path_params"] = [Field("uuid", "String", True, self.described("uuid"))]
            e["query"] = [Field("fields", "List<String>", False, self.described("fields"))]
            e["async"] = False
            e["response"] = [self.inventory_field(resource, "inventory", define=inv_define)]
        elif kind == "special":
            e["auth"], e["async"] = "none", False
            if op_id == "LogInByAccount":
                e["method"], e["path"], e["wrapper"] = "PUT", "/zstack/v1/accounts/login", wrapper_name
                e["body"] = [Field("accountName", "String", True, self.described("accountName")),
                             Field("password", "String", True, self.text("Password, SHA-512 hashed", "密码，经SHA-512哈希")),
                             Field("accountType", "String", False, self.described("accountType"), since="3.2.0"),
                             Field("captchaUuid", "String", False, self.described("captchaUuid")),
                             Field("verifyCode", "String", False, self.described("verifyCode")),
                             Field("clientInfo", "Map<String, String>", False, self.described("clientInfo"))] + self.tags()
                e["response"] = [Field("inventory", "SessionInventory", True, self.described("inventory"))]
            elif op_id == "LogOut":
                e["method"], e["path"] = "DELETE", "/zstack/v1/accounts/sessions/{sessionUuid}"
                e["path_params"] = [Field("sessionUuid", "String", True, self.described("sessionUuid"))]
                e["query"] = self.tags(query=True)
            else:
                e["method"], e["path"], e["wrapper"] = "PUT", "/zstack/v1/management-nodes/actions", wrapper_name
                e["body"] = self.tags()
                e["response"] = [Field("version", "String", True, self.text("Version of the management node", "管理节点版本"))]
        elif kind == "getter":
            suffix, field_name, shape = detail
            e["method"], e["path"] = "GET", base + "/{uuid}/" + kebab(suffix)
            e["path_params"] = [Field("uuid", "String", True, self.described("uuid"))]
            e["async"] = False
            if shape == "object":
                local = Field(field_name, resource.name + suffix, True, self.described(field_name))
                local.fields = [Field(n, t, True, self.described(n)) for n, t in r.sample(
                    [("supported", "Boolean"), ("maxCount", "Integer"), ("used", "Long"), ("available", "Long"),
                     ("unit", "String"), ("lastSyncDate", "Timestamp"), ("modes", "List<String>"), ("ratio", "Double")],
                    r.randint(2, 6))]
                e["response"] = [local]
            elif shape == "map":
                e["response"] = [Field(field_name, "Map<String, Long>", True, self.described(field_name))]
            else:
                e["response"] = [Field(field_name, r.choice(["LinkedHashMap", "JSON"]), True, self.described(field_name))]

        if define or redefine:
            if define:
                resource.defined = True
                self.registry.add_object(resource.inventory, resource.inventory_fields)
                self.type_names.add(resource.inventory)

        # Response envelope fields, as ZStack's pages list them.
        if r.random() < 0.5:
            e["response"].append(Field("success", "Boolean", True, self.text("Whether the operation succeeded", "操作是否成功。", weights=(30, 30, 40))))
        e["response"].append(Field("error", "ErrorCode", True, self.described("error"), nullable=True))
        if kind == "getter" and e["response"][0].fields is not None:
            self.registry.add_object(e["response"][0].type, e["response"][0].fields)
            self.type_names.add(e["response"][0].type)

        # Keep within 5..30 fields: pad with optional request fields, or trim them.
        self.fit(e)
        self.stats["asynchronous" if e["async"] else "synchronous"] += 1
        path = f"{resource.area}/{kebab(resource.name)}/{kebab(op_id)}.yaml"
        assert path not in self.files, path
        self.files[path] = self.render(resource, e)
        return True

    def query_parameters(self):
        r = self.rng
        q = [Field("q", "List<String>", False, self.described("q")),
             Field("limit", "Integer", False, self.described("limit"), default=1000),
             Field("start", "Integer", False, self.described("start"), default=0),
             Field("count", "Boolean", False, self.described("count"), default=False),
             Field("replyWithCount", "Boolean", False, self.described("replyWithCount")),
             Field("sort", "String", False, self.described("sort")),
             Field("fields", "List<String>", False, self.described("fields"))]
        if r.random() < 0.3:
            q[5].example = "-createDate"
        return q

    def count_fields(self, e):
        total = 0
        for group in (e["path_params"], e["query"], e["body"] or [], e["response"]):
            total += sum(f.count() for f in group)
        return total

    def fit(self, e):
        used = {swift_bare(f.name, False) for f in e["path_params"] + e["query"] + (e["body"] or [])}
        if e["method"] == "GET":
            pool = [("fields", "List<String>"), ("zoneUuid", "String"), ("timeout", "Long"), ("replyWithCount", "Boolean")]
        else:
            pool = [("reason", "String"), ("dryRun", "Boolean"), ("timeout", "Long"), ("force", "Boolean"), ("clientToken", "String")]
        while self.count_fields(e) < MIN_FIELDS:
            name, type_ = next(p for p in pool if swift_bare(p[0], False) not in used)
            used.add(swift_bare(name, False))
            field = Field(name, type_, False, self.described(name))
            if e["body"] is not None:
                e["body"].insert(len(e["body"]) - 2 if e["wrapper"] else len(e["body"]), field)
            else:
                e["query"].append(field)
        while self.count_fields(e) > MAX_FIELDS:
            body = e["body"] or []
            removable = [f for f in body if not f.required and f.name not in ("systemTags", "userTags", "name", "description")]
            assert removable, e["op"]
            body.remove(removable[-1])
        assert MIN_FIELDS <= self.count_fields(e) <= MAX_FIELDS, e["op"]
        params = e["path_params"] + e["query"] + (e["body"] or [])
        check_unique([f.name for f in params], upper=False, what=e["op"])
        check_unique([f.name for f in e["response"]], upper=False, what=e["op"])

    # -- rendering ------------------------------------------------------------------------

    def render(self, resource, e):
        r = self.rng
        op_id = e["op"]
        kind = e["kind"]
        lines = ["apigen: 1", "endpoint:", f"  operation-id: {op_id}"]
        lines.append(f"  title: {text_yaml(self.title(kind, resource, e['detail'], op_id))}")
        if r.random() < 0.6:
            en, zh = self.endpoint_description(kind, resource, op_id)
            lines.append(f"  description: {text_yaml(self.text(en, zh))}")
        lines.append(f"  category: [{scalar(AREAS[resource.area])}, {scalar(resource.group)}]")
        lines.append(f"  since: {self.version()}")
        if r.random() < 0.05:
            lines.append(f"  deprecated: {deprecation_yaml((self.version(), self.text('This API will be removed; use the Query API instead', '该API将被移除，请使用查询API')))}")
        lines.append(f"  execution: {'asynchronous' if e['async'] else 'synchronous'}")
        lines.append(f"  auth: {e['auth']}")
        lines.append(f"  method: {e['method']}")
        lines.append(f"  path: {e['path']}")
        if e["path_params"]:
            lines.append("  path-parameters:")
            lines.extend(fields_block(e["path_params"], 4))
        if e["query"]:
            lines.append("  query-parameters:")
            lines.extend(fields_block(e["query"], 4))
        if e["body"] is not None:
            lines.append("  body:")
            if e["wrapper"]:
                lines.append(f"    wrapper: {e['wrapper']}")
            lines.append("    fields:")
            lines.extend(fields_block(e["body"], 6))
        lines.append("  response:")
        lines.append("    status: 200")
        lines.append("    description: " + text_yaml(self.text(
            "On success, this API returns the following response structure.", "该API成功时返回一个JSON结构，结构如下：")))
        lines.append("    fields:")
        lines.extend(fields_block(e["response"], 6))
        lines.extend(self.examples(e))
        if r.random() < 0.2:
            lines.append("  history:")
            for version in sorted(r.sample(VERSIONS, r.randint(1, 2)), key=lambda v: [int(p) for p in v.split(".")]):
                what = r.choice([("Added the parameter resourceUuid", "新增参数resourceUuid"),
                                 ("Changed the reply structure", "修改了返回结构"),
                                 ("First version", "首次发布")])
                lines.append(f"    - version: {version}")
                lines.append(f"      description: {text_yaml(self.text(*what))}")
        elif r.random() < 0.3:
            lines.append("  history: []")
        return "\n".join(lines) + "\n"

    def endpoint_description(self, kind, resource, op_id):
        thing = english(resource.name)
        zh = chinese(resource.name)
        return {
            "create": (f"Creates a {thing}.", f"创建{zh}。"),
            "update": (f"Updates the name, description and settings of a {thing}.", f"更新{zh}的名称、描述和配置。"),
            "delete": (f"Deletes a {thing}. With deleteMode Enforcing the deletion cannot be rejected.", f"删除{zh}。"),
            "query": (f"Queries {thing} resources. See the query API conventions for q, sort and fields.", f"查询{zh}。"),
            "get": (f"Gets one {thing} by its UUID.", f"根据UUID获取{zh}。"),
        }.get(kind, (f"{english(op_id)}. Operates on {thing} resources.", f"{zh}相关操作。"))

    def examples(self, e):
        r = self.rng
        v = self.values
        lines = ["  examples:", "    request:"]
        if e["path_params"]:
            lines.append("      path: {" + ", ".join(f"{f.name}: {json_yaml(v.value(f.type, f.name, request=True))}" for f in e["path_params"]) + "}")
        query = {}
        for f in e["query"]:
            if f.required or r.random() < 0.4:
                query[f.name] = v.value(f.type, f.name, request=True)
        if e["kind"] == "query" and "limit" not in query:
            query["limit"] = r.choice([10, 20, 100])
        if query:
            lines.append("      query: {" + ", ".join(f"{k}: {json_yaml(val)}" for k, val in query.items()) + "}")
        if e["body"] is not None:
            body = {}
            if e["wrapper"]:
                inside = [f for f in e["body"] if not f.outside]
                outside = [f for f in e["body"] if f.outside]
                body[e["wrapper"]] = v.object(inside, request=True)
                body.update(v.object(outside, request=True, keep_all=r.random() < 0.5))
            else:
                body = v.object(e["body"], request=True)
            lines.append(f"      body: {json_yaml(body)}")
        if len(lines) == 2:
            lines[1] = "    request: {}"
        lines.append("    response:")
        lines.append("      status: 200")
        main = [f for f in e["response"] if f.name not in ("success", "error")]
        body = {main[0].name: v.value(main[0].type, main[0].name)} if main else {}
        body.update(v.object(main[1:]))
        lines.append(f"      body: {json_yaml(body)}")
        return lines


def check_unique(names, upper, what):
    seen = {}
    for name in names:
        swift = swift_bare(name, upper)
        if swift in seen and seen[swift] != name:
            raise AssertionError(f"{what}: '{name}' and '{seen[swift]}' both become '{swift}'")
        if swift in seen:
            raise AssertionError(f"{what}: '{name}' appears twice")
        seen[swift] = name


# ---------------------------------------------------------------------------------------

def write(files, output, force):
    if os.path.exists(output) and os.listdir(output):
        if not force:
            sys.exit(f"make-corpus: {output} is not empty (use --force to replace a corpus written before)")
        if not os.path.isfile(os.path.join(output, "api.yaml")):
            sys.exit(f"make-corpus: refusing to replace {output}: it holds no api.yaml, so it is not a corpus")
        shutil.rmtree(output)
    for relative in sorted(files):
        path = os.path.join(output, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(files[relative])


def main(argv=None):
    parser = argparse.ArgumentParser(description="Write a synthetic ZStack-like apigen spec corpus.")
    parser.add_argument("--endpoints", type=int, default=2000, help="number of endpoint files (default 2000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--output", required=True, help="folder to write the corpus into")
    parser.add_argument("--force", action="store_true", help="replace an existing corpus in --output")
    args = parser.parse_args(argv)
    if args.endpoints < 0:
        parser.error("--endpoints must be 0 or more")
    generator = Generator(args.endpoints, args.seed)
    files = generator.run()
    write(files, args.output, args.force)
    endpoints = sum(generator.stats.values())
    size = sum(len(text.encode("utf-8")) for text in files.values())
    print(f"make-corpus: wrote {len(files)} files ({endpoints} endpoints, {generator.stats['asynchronous']} asynchronous, "
          f"{size} bytes) to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
