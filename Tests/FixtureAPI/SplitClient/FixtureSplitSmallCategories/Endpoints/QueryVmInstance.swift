public import FixtureSplitCore
import HTTPTypes

/// Query VM Instances
///
/// Lists the VM instances that match every condition, a page at a time.
///
/// `GET /zstack/v1/vm-instances`, synchronous, authorization required.
///
/// Category: Compute › VM Instance Related Interfaces
///
/// - Since: 0.6
public nonisolated enum QueryVmInstance {
    /// The endpoint's static description.
    public static var operation: FixtureOperation {
        FixtureOperation(
            id: "QueryVmInstance",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// Conditions such as state=Running; repeated, ANDed
        public let q: [String]?

        /// At most this many results
        public let limit: Int?

        /// Skip this many results
        public let start: Int?

        /// Add the total count to the reply
        public let replyWithCount: Bool?

        /// The order: +field ascending, -field descending
        public let sort: String?

        /// Only these fields of each result, separated by commas
        public let fields: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - q: Conditions such as state=Running; repeated, ANDed
        ///   - limit: At most this many results
        ///   - start: Skip this many results
        ///   - replyWithCount: Add the total count to the reply
        ///   - sort: The order: +field ascending, -field descending
        ///   - fields: Only these fields of each result, separated by commas
        public init(
            q: [String]? = nil,
            limit: Int? = nil,
            start: Int? = nil,
            replyWithCount: Bool? = nil,
            sort: String? = nil,
            fields: String? = nil
        ) {
            self.q = q
            self.limit = limit
            self.start = start
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
            guard FixtureFieldwise.same(lhs.q, rhs.q) else { return false }
            guard FixtureFieldwise.same(lhs.limit, rhs.limit) else { return false }
            guard FixtureFieldwise.same(lhs.start, rhs.start) else { return false }
            guard FixtureFieldwise.same(lhs.replyWithCount, rhs.replyWithCount) else { return false }
            guard FixtureFieldwise.same(lhs.sort, rhs.sort) else { return false }
            return FixtureFieldwise.same(lhs.fields, rhs.fields)
        }
    }

    /// The VM instances that match.
    ///
    /// An ``InventoriesTotalReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one
    /// generic type.
    ///
    /// - `inventories`: The matching VM instances
    /// - `total`: The number of matching VM instances, with replyWithCount
    public typealias Response = InventoriesTotalReply<VmInstanceInventory>

    /// The HTTP call that sends `request`: ``FixtureClient/queryVmInstance(_:)`` sends it, and so does each page of
    /// ``FixtureClient/queryVmInstanceItems(_:pageSize:)``.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The call, ready to send.
    static func call(for request: Request) -> FixtureRequestBuilder {
        let call = FixtureRequestBuilder(operation: QueryVmInstance.operation)
        call.appendQueryItems("q", values: request.q)
        call.appendQueryItem("limit", describing: request.limit)
        call.appendQueryItem("start", describing: request.start)
        call.appendQueryItem("replyWithCount", describing: request.replyWithCount)
        call.appendQueryItem("sort", value: request.sort)
        call.appendQueryItem("fields", value: request.fields)
        return call
    }
}

nonisolated extension FixtureClient {
    /// Query VM Instances
    ///
    /// Lists the VM instances that match every condition, a page at a time.
    ///
    /// `GET /zstack/v1/vm-instances`, synchronous, authorization required.
    ///
    /// - Since: 0.6
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The VM instances that match.
    /// - Throws: ``FixtureAPIError`` when the server reports a failure, ``FixtureClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func queryVmInstance(
        _ request: QueryVmInstance.Request = QueryVmInstance.Request()
    ) async throws -> QueryVmInstance.Response {
        try await perform(QueryVmInstance.call(for: request))
    }
}

nonisolated extension FixtureClient {
    /// Every item that Query VM Instances finds for `request`, fetched `pageSize` at a time as the sequence is read.
    ///
    /// Each page is one ``queryVmInstance(_:)`` call with the request's inputs and its own `limit` and `start` (and, on
    /// the first page, `replyWithCount`); the sequence ends after the last matching item (the reply's `total`) or at a
    /// short page. Cancelling the task that reads it stops the fetching.
    ///
    /// - Parameters:
    ///   - request: The inputs of every call; its `limit` and `start` are replaced.
    ///   - pageSize: How many items each call asks for (at least 1).
    /// - Returns: The matching items in the server's order, with `count()` and `first()` for one call each.
    public func queryVmInstanceItems(
        _ request: QueryVmInstance.Request = QueryVmInstance.Request(),
        pageSize: Int = 100
    ) -> FixturePages<VmInstanceInventory> {
        queryVmInstanceItems(request, pageSize: pageSize, conditions: [], sort: nil, fields: nil)
    }

    /// Every item that Query VM Instances finds for `request` and `conditions`, fetched `pageSize` at a time as the
    /// sequence is read: as ``queryVmInstanceItems(_:pageSize:)``, with typed conditions after the request's own.
    ///
    /// ```swift
    /// for try await item in client.queryVmInstanceItems(where: { [$0.uuid == value] }) {
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
    ///   - conditions: The conditions, built from the fields of ``VmInstanceInventory/QueryFields``.
    /// - Returns: The matching items; reading them throws ``FixtureQueryConditionError`` before any call when the
    ///   server would misread a condition.
    public func queryVmInstanceItems(
        _ request: QueryVmInstance.Request = QueryVmInstance.Request(),
        pageSize: Int = 100,
        sortedBy order: (
            (VmInstanceInventory.QueryFields<VmInstanceInventory>) -> FixtureQuerySort<VmInstanceInventory>
        )? = nil,
        selecting selection: (
            (VmInstanceInventory.QueryFields<VmInstanceInventory>) -> [any FixtureQueryFieldName]
        )? = nil,
        where conditions: (
            VmInstanceInventory.QueryFields<VmInstanceInventory>
        ) -> [FixtureQueryCondition<VmInstanceInventory>]
    ) -> FixturePages<VmInstanceInventory> {
        let fields = VmInstanceInventory.QueryFields()
        return queryVmInstanceItems(
            request,
            pageSize: pageSize,
            conditions: conditions(fields),
            sort: order?(fields).description,
            fields: Self.fieldList(selection, of: fields)
        )
    }

    private func queryVmInstanceItems(
        _ request: QueryVmInstance.Request,
        pageSize: Int,
        conditions: [FixtureQueryCondition<VmInstanceInventory>],
        sort: String?,
        fields: String?
    ) -> FixturePages<VmInstanceInventory> {
        pages(pageSize: pageSize, replying: QueryVmInstance.Response.self) { start, limit, withTotal in
            try QueryVmInstance.call(
                for: QueryVmInstance.Request(
                    q: FixtureQueryCondition.parameter(request.q, conditions),
                    limit: limit,
                    start: start,
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
