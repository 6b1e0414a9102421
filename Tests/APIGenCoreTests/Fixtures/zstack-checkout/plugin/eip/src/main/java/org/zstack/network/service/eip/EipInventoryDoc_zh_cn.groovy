package org.zstack.network.service.eip

doc {

	title "在这里输入结构的名称"

	field {
		name "uuid"
		desc "资源的UUID，唯一标示该资源"
		type "String"
		since "0.6"
	}
	field {
		name "description"
		desc """多行的
描述：第二行"""
		type "String"
		since "0.6"
	}
}
