package org.zstack.header.query;

import org.zstack.header.message.APISyncCallMessage;

import java.util.ArrayList;
import java.util.List;

public abstract class APIQueryMessage extends APISyncCallMessage {
    private List<QueryCondition> conditions = new ArrayList<QueryCondition>();
    private Integer limit = 1000;
    private String sortBy;
    private String sortDirection = "asc";
    private List<String> fields;
}
