package org.zstack.header.vm

doc {
    title "获取云主机控制台地址和访问协议(GetVmConsoleAddress)"

    category "vmInstance"

    desc """获取云主机控制台地址和访问协议"""

    rest {
        request {
			url "GET /v1/vm-instances/{uuid}/console-addresses"

			header (Authorization: 'OAuth the-session-uuid')

            clz APIGetVmConsoleAddressMsg.class

            desc """"""
            
			params {

				column {
					name "verbose"
					enclosedIn ""
					desc "是否返回详细信息"
					location "body"
					type "boolean"
					optional true
					since "3.1"
				}
			}
        }
    }
}
