package org.zstack.header.vm

import java.lang.Long
import java.sql.Timestamp
import org.zstack.header.vm.VmNicInventory

doc {

	title "云主机实例清单"

	field {
		name "uuid"
		desc "资源的UUID，唯一标示该资源"
		type "String"
		since "0.6"
	}
	field {
		name "state"
		desc "云主机状态"
		type "VmInstanceState"
		since "0.6"
	}
	field {
		name "memorySize"
		desc "内存大小"
		type "Long"
		since "0.6"
	}
	field {
		name "cpuNum"
		desc ""
		type "int"
		since "0.6"
	}
	field {
		name "createDate"
		desc "创建时间"
		type "Timestamp"
		since "0.6"
	}
	field {
		name "bootOrder"
		desc "启动顺序"
		type "List"
		since "3.0"
	}
	field {
		name "extra"
		desc "附加信息"
		type "Map"
		since "3.0"
	}
	field {
		name "dataVolumeUuids"
		desc "数据云盘"
		type "List"
		since "3.0"
	}
	field {
		name "nicMacs"
		desc "网卡MAC地址"
		type "Map"
		since "3.0"
	}
	ref {
		name "vmNics"
		path "org.zstack.header.vm.VmInstanceInventory.vmNics"
		desc "所有网卡信息"
		type "List"
		since "0.6"
		clz VmNicInventory.class
	}
	ref {
		name "host"
		path "org.zstack.header.vm.VmInstanceInventory.host"
		desc "所在物理机"
		type "HostInfo"
		since "3.0"
		clz HostInfo.class
	}
}
