import HTTPTypes

/// 查询二层VXLAN网络(QueryL2VxlanNetwork)
///
/// 查询二层VXLAN网络
///
/// `GET /zstack/v1/l2-networks/vxlan/{uuid}`, synchronous, authorization required.
///
/// Category: network.l2
public nonisolated enum QueryL2VxlanNetworkByUuid {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "QueryL2VxlanNetworkByUuid",
            method: .get,
            pathTemplate: "/zstack/v1/l2-networks/vxlan/{uuid}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``QueryAccessControlListByUuid/Request``: the inputs are the same.
    public typealias Request = QueryAccessControlListByUuid.Request

    /// 二层VXLAN网络清单列表
    ///
    /// An ``InventoriesTotalReply`` of ``L2VxlanNetworkInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoriesTotalReply<L2VxlanNetworkInventory>

    /// The HTTP call that sends `request`: ``ZStackClient/queryL2VxlanNetworkByUuid(_:)`` sends it, and so does each
    /// page of ``ZStackClient/queryL2VxlanNetworkByUuidItems(_:pageSize:)``.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The call, ready to send.
    static func call(for request: Request) -> ZStackRequestBuilder {
        let call = ZStackRequestBuilder(operation: QueryL2VxlanNetworkByUuid.operation)
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
    /// 查询二层VXLAN网络(QueryL2VxlanNetwork)
    ///
    /// 查询二层VXLAN网络
    ///
    /// `GET /zstack/v1/l2-networks/vxlan/{uuid}`, synchronous, authorization required.
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
    /// - Returns: 二层VXLAN网络清单列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func queryL2VxlanNetworkByUuid(
        uuid: String,
        q: [String]? = nil,
        limit: Int? = nil,
        start: Int? = nil,
        count: Bool? = nil,
        groupBy: String? = nil,
        replyWithCount: Bool? = nil,
        sort: String? = nil,
        fields: String? = nil
    ) async throws -> QueryL2VxlanNetworkByUuid.Response {
        try await queryL2VxlanNetworkByUuid(
            QueryL2VxlanNetworkByUuid.Request(
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

    /// 查询二层VXLAN网络(QueryL2VxlanNetwork)
    ///
    /// 查询二层VXLAN网络
    ///
    /// `GET /zstack/v1/l2-networks/vxlan/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层VXLAN网络清单列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func queryL2VxlanNetworkByUuid(
        _ request: QueryL2VxlanNetworkByUuid.Request
    ) async throws -> QueryL2VxlanNetworkByUuid.Response {
        try await perform(QueryL2VxlanNetworkByUuid.call(for: request))
    }
}

nonisolated extension ZStackClient {
    /// Every item that 查询二层VXLAN网络(QueryL2VxlanNetwork) finds for `request`, fetched `pageSize` at a time as the
    /// sequence is read.
    ///
    /// Each page is one ``queryL2VxlanNetworkByUuid(_:)`` call with the request's inputs and its own `limit` and
    /// `start` (and, on the first page, `replyWithCount`); the sequence ends after the last matching item (the reply's
    /// `total`) or at a short page. Cancelling the task that reads it stops the fetching.
    ///
    /// - Parameters:
    ///   - request: The inputs of every call; its `limit` and `start` are replaced.
    ///   - pageSize: How many items each call asks for (at least 1).
    /// - Returns: The matching items in the server's order, with `count()` and `first()` for one call each.
    public func queryL2VxlanNetworkByUuidItems(
        _ request: QueryL2VxlanNetworkByUuid.Request,
        pageSize: Int = 100
    ) -> ZStackPages<L2VxlanNetworkInventory> {
        queryL2VxlanNetworkByUuidItems(request, pageSize: pageSize, conditions: [], sort: nil, fields: nil)
    }

    /// Every item that 查询二层VXLAN网络(QueryL2VxlanNetwork) finds for `request` and `conditions`, fetched `pageSize` at a
    /// time as the sequence is read: as ``queryL2VxlanNetworkByUuidItems(_:pageSize:)``, with typed conditions after
    /// the request's own.
    ///
    /// ```swift
    /// for try await item in client.queryL2VxlanNetworkByUuidItems(where: { [$0.vni == value] }) {
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
    ///   - conditions: The conditions, built from the fields of ``L2VxlanNetworkInventory/QueryFields``.
    /// - Returns: The matching items; reading them throws ``ZStackQueryConditionError`` before any call when the server
    ///   would misread a condition.
    public func queryL2VxlanNetworkByUuidItems(
        _ request: QueryL2VxlanNetworkByUuid.Request,
        pageSize: Int = 100,
        sortedBy order: (
            (L2VxlanNetworkInventory.QueryFields<L2VxlanNetworkInventory>) -> ZStackQuerySort<L2VxlanNetworkInventory>
        )? = nil,
        selecting selection: (
            (L2VxlanNetworkInventory.QueryFields<L2VxlanNetworkInventory>) -> [any ZStackQueryFieldName]
        )? = nil,
        where conditions: (
            L2VxlanNetworkInventory.QueryFields<L2VxlanNetworkInventory>
        ) -> [ZStackQueryCondition<L2VxlanNetworkInventory>]
    ) -> ZStackPages<L2VxlanNetworkInventory> {
        let fields = L2VxlanNetworkInventory.QueryFields()
        return queryL2VxlanNetworkByUuidItems(
            request,
            pageSize: pageSize,
            conditions: conditions(fields),
            sort: order?(fields).description,
            fields: Self.fieldList(selection, of: fields)
        )
    }

    private func queryL2VxlanNetworkByUuidItems(
        _ request: QueryL2VxlanNetworkByUuid.Request,
        pageSize: Int,
        conditions: [ZStackQueryCondition<L2VxlanNetworkInventory>],
        sort: String?,
        fields: String?
    ) -> ZStackPages<L2VxlanNetworkInventory> {
        pages(pageSize: pageSize, replying: QueryL2VxlanNetworkByUuid.Response.self) { start, limit, withTotal in
            try QueryL2VxlanNetworkByUuid.call(
                for: QueryL2VxlanNetworkByUuid.Request(
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
