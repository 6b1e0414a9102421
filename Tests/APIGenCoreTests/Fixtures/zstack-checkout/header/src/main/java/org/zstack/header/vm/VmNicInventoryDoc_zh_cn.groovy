package org.zstack.header.vm

doc {

	title "云主机网卡清单"

	field {
		name "uuid"
		desc "资源的UUID，唯一标示该资源"
		type "String"
		since "0.6"
	}
	field {
		name "ip"
		desc "IP地址"
		type "String"
		since "0.6"
	}
}
