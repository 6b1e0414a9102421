package org.zstack.network.service.eip;

public class EipInventory {
    private String uuid;
    private String description;
}
