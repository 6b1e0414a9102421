package org.zstack.header.message;

import org.zstack.header.rest.APINoSee;

import java.util.List;

public abstract class NeedReplyMessage extends Message {
    /**
     * @desc in millisecond; a reply received after the timeout is dropped
     */
    @APINoSee
    protected long timeout = -1;
    protected List<String> systemTags;
    protected List<String> userTags;

    public List<String> getSystemTags() {
        return systemTags;
    }
}
