import HTTPTypes

/// 查询负载均衡器(QueryLoadBalancer)
///
/// 查询负载均衡器
///
/// `GET /zstack/v1/load-balancers/{uuid}`, synchronous, authorization required.
///
/// Category: 负载均衡
public nonisolated enum QueryLoadBalancerByUuid {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "QueryLoadBalancerByUuid",
            method: .get,
            pathTemplate: "/zstack/v1/load-balancers/{uuid}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``QueryAccessControlListByUuid/Request``: the inputs are the same.
    public typealias Request = QueryAccessControlListByUuid.Request

    /// 负载均衡器清单
    ///
    /// An ``InventoriesTotalReply`` of ``LoadBalancerInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoriesTotalReply<LoadBalancerInventory>

    /// The HTTP call that sends `request`: ``ZStackClient/queryLoadBalancerByUuid(_:)`` sends it, and so does each page
    /// of ``ZStackClient/queryLoadBalancerByUuidItems(_:pageSize:)``.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The call, ready to send.
    static func call(for request: Request) -> ZStackRequestBuilder {
        let call = ZStackRequestBuilder(operation: QueryLoadBalancerByUuid.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("q", values: request.q)
        call.appendQueryItem("limit", describing: request.limit)
        call.appendQueryItem("start", describing: request.start)
        call.appendQueryItem("count", describing: request.count)
        call.appendQueryItem("groupBy", value: request.groupBy)
        call.appendQueryItem("replyWithCount", describing: request.replyWithCount)
        call.appendQueryItem("sort", value: request.sort)
        call.appendQueryItem("fields", value: request.fields)
        return call
    }
}

nonisolated extension ZStackClient {
    /// 查询负载均衡器(QueryLoadBalancer)
    ///
    /// 查询负载均衡器
    ///
    /// `GET /zstack/v1/load-balancers/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: The `uuid` field.
    ///   - q: 见[查询条件](#query-conditions)。传入一个空List将返回所有记录，返回记录数的上限受限于`limit`字段
    ///   - limit: 最多返回的记录数，类似MySQL的limit，默认值1000
    ///   - start: 起始查询记录位置，类似MySQL的offset。跟`limit`配合使用可以实现分页
    ///   - count: 计数查询，相当于MySQL中的count()函数。当设置成`true`时，API只返回的是满足查询条件的记录数
    ///   - groupBy: 以字段分组，相当于MySQL中的group by关键字。例如groupBy=type
    ///   - replyWithCount: 见上面[分页查询](#query-pagination)
    ///   - sort: 以字段排序，等同于MySQL中的sort by关键字，例如sortBy=ip。必须跟`sortDirection`配合使用 字段排序方向，必须跟`sortBy`配合使用
    ///     以`+字段名`（升序）或`-字段名`（降序）传递。
    ///   - fields: 指定返回的字段，等同于MySQL中的select字段功能。例如fields=name,uuid，则只返回满足条件记录的`name`和`uuid`字段 多个字段以逗号分隔。
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func queryLoadBalancerByUuid(
        uuid: String,
        q: [String]? = nil,
        limit: Int? = nil,
        start: Int? = nil,
        count: Bool? = nil,
        groupBy: String? = nil,
        replyWithCount: Bool? = nil,
        sort: String? = nil,
        fields: String? = nil
    ) async throws -> QueryLoadBalancerByUuid.Response {
        try await queryLoadBalancerByUuid(
            QueryLoadBalancerByUuid.Request(
                uuid: uuid,
                q: q,
                limit: limit,
                start: start,
                count: count,
                groupBy: groupBy,
                replyWithCount: replyWithCount,
                sort: sort,
                fields: fields
            )
        )
    }

    /// 查询负载均衡器(QueryLoadBalancer)
    ///
    /// 查询负载均衡器
    ///
    /// `GET /zstack/v1/load-balancers/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func queryLoadBalancerByUuid(
        _ request: QueryLoadBalancerByUuid.Request
    ) async throws -> QueryLoadBalancerByUuid.Response {
        try await perform(QueryLoadBalancerByUuid.call(for: request))
    }
}

nonisolated extension ZStackClient {
    /// Every item that 查询负载均衡器(QueryLoadBalancer) finds for `request`, fetched `pageSize` at a time as the sequence is
    /// read.
    ///
    /// Each page is one ``queryLoadBalancerByUuid(_:)`` call with the request's inputs and its own `limit` and `start`
    /// (and, on the first page, `replyWithCount`); the sequence ends after the last matching item (the reply's `total`)
    /// or at a short page. Cancelling the task that reads it stops the fetching.
    ///
    /// - Parameters:
    ///   - request: The inputs of every call; its `limit` and `start` are replaced.
    ///   - pageSize: How many items each call asks for (at least 1).
    /// - Returns: The matching items in the server's order, with `count()` and `first()` for one call each.
    public func queryLoadBalancerByUuidItems(
        _ request: QueryLoadBalancerByUuid.Request,
        pageSize: Int = 100
    ) -> ZStackPages<LoadBalancerInventory> {
        queryLoadBalancerByUuidItems(request, pageSize: pageSize, conditions: [], sort: nil, fields: nil)
    }

    /// Every item that 查询负载均衡器(QueryLoadBalancer) finds for `request` and `conditions`, fetched `pageSize` at a time as
    /// the sequence is read: as ``queryLoadBalancerByUuidItems(_:pageSize:)``, with typed conditions after the
    /// request's own.
    ///
    /// ```swift
    /// for try await item in client.queryLoadBalancerByUuidItems(where: { [$0.name == value] }) {
    ///     ...
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - request: The inputs of every call; its `limit` and `start` are replaced.
    ///   - pageSize: How many items each call asks for (at least 1).
    ///   - order: The field whose values order the items, `.ascending` or `.descending`, in place of the request's
    ///     `sort`.
    ///   - selection: The fields each item carries (the others are `nil`), in place of the request's `fields`.
    ///   - conditions: The conditions, built from the fields of ``LoadBalancerInventory/QueryFields``.
    /// - Returns: The matching items; reading them throws ``ZStackQueryConditionError`` before any call when the server
    ///   would misread a condition.
    public func queryLoadBalancerByUuidItems(
        _ request: QueryLoadBalancerByUuid.Request,
        pageSize: Int = 100,
        sortedBy order: (
            (LoadBalancerInventory.QueryFields<LoadBalancerInventory>) -> ZStackQuerySort<LoadBalancerInventory>
        )? = nil,
        selecting selection: (
            (LoadBalancerInventory.QueryFields<LoadBalancerInventory>) -> [any ZStackQueryFieldName]
        )? = nil,
        where conditions: (
            LoadBalancerInventory.QueryFields<LoadBalancerInventory>
        ) -> [ZStackQueryCondition<LoadBalancerInventory>]
    ) -> ZStackPages<LoadBalancerInventory> {
        let fields = LoadBalancerInventory.QueryFields()
        return queryLoadBalancerByUuidItems(
            request,
            pageSize: pageSize,
            conditions: conditions(fields),
            sort: order?(fields).description,
            fields: Self.fieldList(selection, of: fields)
        )
    }

    private func queryLoadBalancerByUuidItems(
        _ request: QueryLoadBalancerByUuid.Request,
        pageSize: Int,
        conditions: [ZStackQueryCondition<LoadBalancerInventory>],
        sort: String?,
        fields: String?
    ) -> ZStackPages<LoadBalancerInventory> {
        pages(pageSize: pageSize, replying: QueryLoadBalancerByUuid.Response.self) { start, limit, withTotal in
            try QueryLoadBalancerByUuid.call(
                for: QueryLoadBalancerByUuid.Request(
                    uuid: request.uuid,
                    q: ZStackQueryCondition.parameter(request.q, conditions),
                    limit: limit,
                    start: start,
                    count: request.count,
                    groupBy: request.groupBy,
                    replyWithCount: withTotal ? true : nil,
                    sort: sort ?? request.sort,
                    fields: fields ?? request.fields
                )
            )
        } items: { reply in
            (reply.inventories ?? [], Self.pageTotal(reply.total))
        }
    }
}
