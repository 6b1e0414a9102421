package org.zstack.network.service.eip

import org.zstack.network.service.eip.APICreateEipEvent

doc {
    title "创建弹性IP(CreateEip)"

    category "eip"

    desc """创建弹性IP"""

    rest {
        request {
			url "POST /v1/eips"

			header (Authorization: 'OAuth the-session-uuid')

            clz APICreateEipMsg.class

            desc """"""
            
			params {

				column {
					name "name"
					enclosedIn "params"
					desc "资源名称"
					location "body"
					type "String"
					optional false
					since "0.6"
				}
				column {
					name "vipUuid"
					enclosedIn "params"
					desc "VIP UUID"
					location "body"
					type "String"
					optional false
					since "0.6"
				}
				column {
					name "labels"
					enclosedIn "params"
					desc "标签"
					location "body"
					type "Map"
					optional true
					since "4.0"
				}
				column {
					name "tagUuids"
					enclosedIn "params"
					desc "标签UUID列表"
					location "body"
					type "List"
					optional true
					since "3.4.0"
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
			}
        }

        response {
            clz APICreateEipEvent.class
        }
    }
}
