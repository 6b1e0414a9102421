package org.zstack.header.errorcode

doc {

	title "错误码"

	field {
		name "code"
		desc "错误码号，例如SYS.1000"
		type "String"
		since "0.6"
	}
	field {
		name "description"
		desc "错误的概要描述"
		type "String"
		since "0.6"
	}
	field {
		name "opaque"
		desc "保留字段"
		type "LinkedHashMap"
		since "0.6"
	}
	ref {
		name "cause"
		path "org.zstack.header.errorcode.ErrorCode.cause"
		desc "根错误，引发当前错误的源错误，若无原错误，该字段为null", false
		type "ErrorCode"
		since "0.6"
		clz ErrorCode.class
	}
}
