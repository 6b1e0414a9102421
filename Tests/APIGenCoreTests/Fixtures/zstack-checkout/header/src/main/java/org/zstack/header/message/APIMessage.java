package org.zstack.header.message;

public abstract class APIMessage extends NeedReplyMessage implements ConfigurableTimeoutMessage {
    @APINoSee
    private SessionInventory session;

    public static class FieldParam {
        public Field field;
    }
}
