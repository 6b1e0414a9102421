package org.zstack.header.identity

import org.zstack.header.identity.APILogInReply

doc {
    title "使用账户登录(LogInByAccount)"

    category "identity"

    desc """使用账户身份登录"""

    rest {
        request {
			url "PUT /v1/accounts/login"

            clz APILogInByAccountMsg.class

            desc """"""
            
			params {

				column {
					name "accountName"
					enclosedIn "logInByAccount"
					desc "账户名称"
					location "body"
					type "String"
					optional false
					since "0.6"
				}
				column {
					name "password"
					enclosedIn "logInByAccount"
					desc "密码，SHA-512摘要的十六进制"
					location "body"
					type "String"
					optional false
					since "0.6"
				}
				column {
					name "clientInfo"
					enclosedIn "logInByAccount"
					desc "客户端信息"
					location "body"
					type "Map"
					optional true
					since "3.2"
				}
			}
        }

        response {
            clz APILogInReply.class
        }
    }
}
