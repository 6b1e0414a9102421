package org.zstack.header.vm;

import org.springframework.http.HttpMethod;
import org.zstack.header.message.APIMessage;
import org.zstack.header.rest.RestRequest;

@RestRequest(
        path = "/vm-instances/{uuid}/actions",
        method = HttpMethod.PUT,
        responseClass = APIStartVmInstanceEvent.class,
        isAction = true
)
public class APIStartVmInstanceMsg extends APIMessage implements VmInstanceMessage {
    @APIParam(resourceType = VmInstanceVO.class, checkAccount = true, operationTarget = true)
    private String uuid;
    @APIParam(resourceType = ClusterVO.class, required = false)
    private String clusterUuid;
    @APIParam(required = false, validValues = {"InstantStart", "JustCreate"})
    private String strategy = "InstantStart";

    public String getUuid() {
        return uuid;
    }

    public static APIStartVmInstanceMsg __example__() {
        APIStartVmInstanceMsg msg = new APIStartVmInstanceMsg();
        msg.setUuid(uuid());
        return msg;
    }
}
