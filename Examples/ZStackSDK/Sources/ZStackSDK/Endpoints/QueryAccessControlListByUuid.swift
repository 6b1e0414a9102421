import HTTPTypes

/// QueryAccessControlList
///
/// 查询访问控制策略组
///
/// `GET /zstack/v1/access-control-lists/{uuid}`, synchronous, authorization required.
///
/// Category: acl
public nonisolated enum QueryAccessControlListByUuid {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "QueryAccessControlListByUuid",
            method: .get,
            pathTemplate: "/zstack/v1/access-control-lists/{uuid}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `uuid` field.
        public let uuid: String

        /// 见[查询条件](#query-conditions)。传入一个空List将返回所有记录，返回记录数的上限受限于`limit`字段
        public let q: [String]?

        /// 最多返回的记录数，类似MySQL的limit，默认值1000
        public let limit: Int?

        /// 起始查询记录位置，类似MySQL的offset。跟`limit`配合使用可以实现分页
        public let start: Int?

        /// 计数查询，相当于MySQL中的count()函数。当设置成`true`时，API只返回的是满足查询条件的记录数
        public let count: Bool?

        /// 以字段分组，相当于MySQL中的group by关键字。例如groupBy=type
        public let groupBy: String?

        /// 见上面[分页查询](#query-pagination)
        public let replyWithCount: Bool?

        /// 以字段排序，等同于MySQL中的sort by关键字，例如sortBy=ip。必须跟`sortDirection`配合使用
        ///
        /// 字段排序方向，必须跟`sortBy`配合使用
        ///
        /// 以`+字段名`（升序）或`-字段名`（降序）传递。
        public let sort: String?

        /// 指定返回的字段，等同于MySQL中的select字段功能。例如fields=name,uuid，则只返回满足条件记录的`name`和`uuid`字段
        ///
        /// 多个字段以逗号分隔。
        public let fields: String?

        /// Creates the inputs of a call.
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
        public init(
            uuid: String,
            q: [String]? = nil,
            limit: Int? = nil,
            start: Int? = nil,
            count: Bool? = nil,
            groupBy: String? = nil,
            replyWithCount: Bool? = nil,
            sort: String? = nil,
            fields: String? = nil
        ) {
            self.uuid = uuid
            self.q = q
            self.limit = limit
            self.start = start
            self.count = count
            self.groupBy = groupBy
            self.replyWithCount = replyWithCount
            self.sort = sort
            self.fields = fields
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.q, rhs.q) else { return false }
            guard ZStackFieldwise.same(lhs.limit, rhs.limit) else { return false }
            guard ZStackFieldwise.same(lhs.start, rhs.start) else { return false }
            guard ZStackFieldwise.same(lhs.count, rhs.count) else { return false }
            guard ZStackFieldwise.same(lhs.groupBy, rhs.groupBy) else { return false }
            guard ZStackFieldwise.same(lhs.replyWithCount, rhs.replyWithCount) else { return false }
            guard ZStackFieldwise.same(lhs.sort, rhs.sort) else { return false }
            return ZStackFieldwise.same(lhs.fields, rhs.fields)
        }
    }

    /// 访问控制策略组清单
    ///
    /// An ``InventoriesTotalReply`` of ``AccessControlListInventory``: the replies that differ only in that type share
    /// one generic type.
    public typealias Response = InventoriesTotalReply<AccessControlListInventory>

    /// The HTTP call that sends `request`: ``ZStackClient/queryAccessControlListByUuid(_:)`` sends it, and so does each
    /// page of ``ZStackClient/queryAccessControlListByUuidItems(_:pageSize:)``.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The call, ready to send.
    static func call(for request: Request) -> ZStackRequestBuilder {
        let call = ZStackRequestBuilder(operation: QueryAccessControlListByUuid.operation)
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
    /// QueryAccessControlList
    ///
    /// 查询访问控制策略组
    ///
    /// `GET /zstack/v1/access-control-lists/{uuid}`, synchronous, authorization required.
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
    /// - Returns: 访问控制策略组清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func queryAccessControlListByUuid(
        uuid: String,
        q: [String]? = nil,
        limit: Int? = nil,
        start: Int? = nil,
        count: Bool? = nil,
        groupBy: String? = nil,
        replyWithCount: Bool? = nil,
        sort: String? = nil,
        fields: String? = nil
    ) async throws -> QueryAccessControlListByUuid.Response {
        try await queryAccessControlListByUuid(
            QueryAccessControlListByUuid.Request(
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

    /// QueryAccessControlList
    ///
    /// 查询访问控制策略组
    ///
    /// `GET /zstack/v1/access-control-lists/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 访问控制策略组清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func queryAccessControlListByUuid(
        _ request: QueryAccessControlListByUuid.Request
    ) async throws -> QueryAccessControlListByUuid.Response {
        try await perform(QueryAccessControlListByUuid.call(for: request))
    }
}

nonisolated extension ZStackClient {
    /// Every item that QueryAccessControlList finds for `request`, fetched `pageSize` at a time as the sequence is
    /// read.
    ///
    /// Each page is one ``queryAccessControlListByUuid(_:)`` call with the request's inputs and its own `limit` and
    /// `start` (and, on the first page, `replyWithCount`); the sequence ends after the last matching item (the reply's
    /// `total`) or at a short page. Cancelling the task that reads it stops the fetching.
    ///
    /// - Parameters:
    ///   - request: The inputs of every call; its `limit` and `start` are replaced.
    ///   - pageSize: How many items each call asks for (at least 1).
    /// - Returns: The matching items in the server's order, with `count()` and `first()` for one call each.
    public func queryAccessControlListByUuidItems(
        _ request: QueryAccessControlListByUuid.Request,
        pageSize: Int = 100
    ) -> ZStackPages<AccessControlListInventory> {
        queryAccessControlListByUuidItems(request, pageSize: pageSize, conditions: [], sort: nil, fields: nil)
    }

    /// Every item that QueryAccessControlList finds for `request` and `conditions`, fetched `pageSize` at a time as the
    /// sequence is read: as ``queryAccessControlListByUuidItems(_:pageSize:)``, with typed conditions after the
    /// request's own.
    ///
    /// ```swift
    /// for try await item in client.queryAccessControlListByUuidItems(where: { [$0.uuid == value] }) {
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
    ///   - conditions: The conditions, built from the fields of ``AccessControlListInventory/QueryFields``.
    /// - Returns: The matching items; reading them throws ``ZStackQueryConditionError`` before any call when the server
    ///   would misread a condition.
    public func queryAccessControlListByUuidItems(
        _ request: QueryAccessControlListByUuid.Request,
        pageSize: Int = 100,
        sortedBy order: (
            (AccessControlListInventory.QueryFields<AccessControlListInventory>) -> ZStackQuerySort<AccessControlListInventory>
        )? = nil,
        selecting selection: (
            (AccessControlListInventory.QueryFields<AccessControlListInventory>) -> [any ZStackQueryFieldName]
        )? = nil,
        where conditions: (
            AccessControlListInventory.QueryFields<AccessControlListInventory>
        ) -> [ZStackQueryCondition<AccessControlListInventory>]
    ) -> ZStackPages<AccessControlListInventory> {
        let fields = AccessControlListInventory.QueryFields()
        return queryAccessControlListByUuidItems(
            request,
            pageSize: pageSize,
            conditions: conditions(fields),
            sort: order?(fields).description,
            fields: Self.fieldList(selection, of: fields)
        )
    }

    private func queryAccessControlListByUuidItems(
        _ request: QueryAccessControlListByUuid.Request,
        pageSize: Int,
        conditions: [ZStackQueryCondition<AccessControlListInventory>],
        sort: String?,
        fields: String?
    ) -> ZStackPages<AccessControlListInventory> {
        pages(pageSize: pageSize, replying: QueryAccessControlListByUuid.Response.self) { start, limit, withTotal in
            try QueryAccessControlListByUuid.call(
                for: QueryAccessControlListByUuid.Request(
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
