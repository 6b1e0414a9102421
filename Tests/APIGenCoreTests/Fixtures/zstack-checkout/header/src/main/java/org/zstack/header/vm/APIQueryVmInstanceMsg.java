package org.zstack.header.vm;

import org.zstack.header.query.APIQueryMessage;

@AutoQuery(replyClass = APIQueryVmInstanceReply.class, inventoryClass = VmInstanceInventory.class)
@RestRequest(path = "/vm-instances", optionalPaths = {"/vm-instances/{uuid}"}, responseClass = APIQueryVmInstanceReply.class, method = HttpMethod.GET)
public class APIQueryVmInstanceMsg extends APIQueryMessage {
}
