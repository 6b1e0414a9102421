package org.zstack.network.service.eip;

import org.zstack.header.message.APICreateMessage;

@RestRequest(
        path = "/eips",
        method = HttpMethod.POST,
        responseClass = APICreateEipEvent.class,
        parameterName = "params"
)
public class APICreateEipMsg extends APICreateMessage {
    @APIParam(maxLength = 255)
    private String name;
    @APIParam(resourceType = VipVO.class)
    private String vipUuid;
    private Map labels;
}
