package org.zstack.header.message;

import java.util.List;

public abstract class APICreateMessage extends APIMessage {
    private String resourceUuid;

    @APIParam(required = false, checkAccount = true, resourceType = TagPatternVO.class)
    private List<String> tagUuids;
}
