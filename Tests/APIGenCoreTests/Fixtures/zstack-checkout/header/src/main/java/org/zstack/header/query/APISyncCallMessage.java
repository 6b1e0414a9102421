package org.zstack.header.query;

import org.zstack.header.message.APIMessage;

public abstract class APISyncCallMessage extends APIMessage {
}
