package org.zstack.header.vm;

public class VmNicInventory {
    private String uuid;
    private String ip;
}
