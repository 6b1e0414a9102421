package org.zstack.header.errorcode;

import java.io.Serializable;
import java.util.LinkedHashMap;

public class ErrorCode implements Serializable, Cloneable {
    private String code;
    private String description;
    private LinkedHashMap opaque;
    private ErrorCode cause;
    private static final long serialVersionUID = 1L;

    public String getCode() {
        return code;
    }
}
