package org.zstack.header.vm

import org.zstack.header.vm.APIStartVmInstanceEvent

doc {
    title "启动云主机(StartVmInstance)"

    category "vmInstance"

    desc """启动一个云主机"""

    rest {
        request {
			url "PUT /v1/vm-instances/{uuid}/actions"

			header (Authorization: 'OAuth the-session-uuid')

            clz APIStartVmInstanceMsg.class

            desc """云主机须处于停止状态"""

			params {

				column {
					name "uuid"
					enclosedIn "startVmInstance"
					desc "云主机UUID"
					location "url"
					type "String"
					optional false
					since "0.6"
				}
				column {
					name "clusterUuid"
					enclosedIn "startVmInstance"
					desc "集群UUID。若指定，云主机将在该集群启动"
					location "body"
					type "String"
					optional true
					since "0.6"
				}
				column {
					name "strategy"
					enclosedIn "startVmInstance"
					desc "启动策略"
					location "body"
					type "String"
					optional true
					since "4.2"
					values ("InstantStart", "JustCreate")
				}
				column {
					name "systemTags"
					enclosedIn ""
					desc "系统标签"
					location "body"
					type "List"
					optional true
					since "0.6"
				}
				column {
					name "userTags"
					enclosedIn ""
					desc "用户标签"
					location "body"
					type "List"
					optional true
					since "0.6"
				}
			}
        }

        response {
            clz APIStartVmInstanceEvent.class
        }
    }
}
