package org.zstack.header.vm;

public enum VmInstanceState {
    Created(null),
    Starting(VmInstanceStateEvent.starting),
    Running(VmInstanceStateEvent.running),
    Stopped(null);

    private final VmInstanceStateEvent drivenEvent;

    VmInstanceState(VmInstanceStateEvent event) {
        this.drivenEvent = event;
    }
}
