package org.zstack.header.query

doc {
    rest {
        request {
            params {
                desc """
#### <a name="query-conditions">查询条件</a>
多个查询条件之间是**与**关系。
"""
                column {
                    name "conditions"
                    desc "见[查询条件](#query-conditions)"
                    type "List"
                    location "query"
                    optional false
                    since "0.6"
                }
                column {
                    name "limit"
                    desc "最多返回的记录数，默认值1000"
                    type "Integer"
                    location "query"
                    optional true
                    since "0.6"
                }
                column {
                    name "sortBy"
                    desc "以字段排序"
                    type "String"
                    location "query"
                    optional true
                    since "0.6"
                }
                column {
                    name "sortDirection"
                    desc "字段排序方向"
                    type "String"
                    location "query"
                    optional true
                    since "0.6"
                    values ("asc", "desc")
                }
                column {
                    name "fields"
                    desc "指定返回的字段"
                    type "List"
                    location "query"
                    optional true
                    since "0.6"
                }
            }
        }
    }
}
