package org.zstack.header.identity;

import java.util.Map;

@RestRequest(path = "/accounts/login", method = HttpMethod.PUT, responseClass = APILogInReply.class, isAction = true)
public class APILogInByAccountMsg extends APISessionMessage {
    @APIParam
    private String accountName;
    @APIParam
    private String password;
    @APIParam(required = false)
    private Map<String, String> clientInfo;
}
