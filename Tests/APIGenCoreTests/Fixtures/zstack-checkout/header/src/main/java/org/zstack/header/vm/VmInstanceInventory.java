package org.zstack.header.vm;

import java.sql.Timestamp;
import java.util.*;

@Inventory(mappingVOClass = VmInstanceVO.class)
public class VmInstanceInventory implements Serializable, Cloneable {
    private String uuid;
    private String state;
    private Long memorySize;
    private Integer cpuNum;
    private Timestamp createDate;
    private List bootOrder;
    private Map extra;
    private Set<String> dataVolumeUuids;
    private Map<String, List<String>> nicMacs;
    private List<VmNicInventory> vmNics;
    private HostInfo host;

    public static class HostInfo {
        private String hostUuid;
    }
}
