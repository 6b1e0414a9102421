package org.zstack.header.identity

doc {

	title "会话清单"

	ref {
		name "inventory"
		path "org.zstack.header.identity.APILogInReply.inventory"
		desc "会话"
		type "SessionInventory"
		since "0.6"
		clz SessionInventory.class
	}
}
