public import FixtureSplitCore
import HTTPTypes

/// Query Zones
///
/// `GET /zstack/v1/zones`, synchronous, authorization required.
///
/// Category: Resource Pool › Zone Related Interfaces
///
/// - Since: 4.10
public nonisolated enum QueryZone {
    /// The endpoint's static description.
    public static var operation: FixtureOperation {
        FixtureOperation(
            id: "QueryZone",
            method: .get,
            pathTemplate: "/zstack/v1/zones",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// Conditions such as name=zone-1; repeated, ANDed
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

        /// Only zones in this state
        public let state: ZoneState?

        /// Job UUID: 32 hexadecimal characters, no dashes
        public let xJobUUID: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - q: Conditions such as name=zone-1; repeated, ANDed
        ///   - limit: At most this many results
        ///   - start: Skip this many results
        ///   - replyWithCount: Add the total count to the reply
        ///   - sort: The order: +field ascending, -field descending
        ///   - fields: Only these fields of each result, separated by commas
        ///   - state: Only zones in this state
        ///   - xJobUUID: Job UUID: 32 hexadecimal characters, no dashes
        public init(
            q: [String]? = nil,
            limit: Int? = nil,
            start: Int? = nil,
            replyWithCount: Bool? = nil,
            sort: String? = nil,
            fields: String? = nil,
            state: ZoneState? = nil,
            xJobUUID: String? = nil
        ) {
            self.q = q
            self.limit = limit
            self.start = start
            self.replyWithCount = replyWithCount
            self.sort = sort
            self.fields = fields
            self.state = state
            self.xJobUUID = xJobUUID
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
            guard FixtureFieldwise.same(lhs.fields, rhs.fields) else { return false }
            guard FixtureFieldwise.same(lhs.state, rhs.state) else { return false }
            return FixtureFieldwise.same(lhs.xJobUUID, rhs.xJobUUID)
        }
    }

    /// The zones that match.
    ///
    /// An ``InventoriesTotalReply`` of ``ZoneInventory``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `inventories`: The matching zones
    /// - `total`: The number of matching zones, with replyWithCount
    public typealias Response = InventoriesTotalReply<ZoneInventory>

    /// The HTTP call that sends `request`: ``FixtureClient/queryZone(_:)`` sends it, and so does each page of
    /// ``FixtureClient/queryZoneItems(_:pageSize:)``.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The call, ready to send.
    static func call(for request: Request) -> FixtureRequestBuilder {
        let call = FixtureRequestBuilder(operation: QueryZone.operation)
        call.appendQueryItems("q", values: request.q)
        call.appendQueryItem("limit", describing: request.limit)
        call.appendQueryItem("start", describing: request.start)
        call.appendQueryItem("replyWithCount", describing: request.replyWithCount)
        call.appendQueryItem("sort", value: request.sort)
        call.appendQueryItem("fields", value: request.fields)
        call.appendQueryItem("state", value: request.state?.rawValue)
        call.setHeaderField(named: "X-Job-UUID", value: request.xJobUUID)
        return call
    }
}

nonisolated extension FixtureClient {
    /// Query Zones
    ///
    /// `GET /zstack/v1/zones`, synchronous, authorization required.
    ///
    /// - Since: 4.10
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The zones that match.
    /// - Throws: ``FixtureAPIError`` when the server reports a failure, ``FixtureClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func queryZone(
        _ request: QueryZone.Request = QueryZone.Request()
    ) async throws -> QueryZone.Response {
        try await perform(QueryZone.call(for: request))
    }
}

nonisolated extension FixtureClient {
    /// Every item that Query Zones finds for `request`, fetched `pageSize` at a time as the sequence is read.
    ///
    /// Each page is one ``queryZone(_:)`` call with the request's inputs and its own `limit` and `start` (and, on the
    /// first page, `replyWithCount`); the sequence ends after the last matching item (the reply's `total`) or at a
    /// short page. Cancelling the task that reads it stops the fetching.
    ///
    /// - Parameters:
    ///   - request: The inputs of every call; its `limit` and `start` are replaced.
    ///   - pageSize: How many items each call asks for (at least 1).
    /// - Returns: The matching items in the server's order, with `count()` and `first()` for one call each.
    public func queryZoneItems(
        _ request: QueryZone.Request = QueryZone.Request(),
        pageSize: Int = 100
    ) -> FixturePages<ZoneInventory> {
        queryZoneItems(request, pageSize: pageSize, conditions: [], sort: nil, fields: nil)
    }

    /// Every item that Query Zones finds for `request` and `conditions`, fetched `pageSize` at a time as the sequence
    /// is read: as ``queryZoneItems(_:pageSize:)``, with typed conditions after the request's own.
    ///
    /// ```swift
    /// for try await item in client.queryZoneItems(where: { [$0.uuid == value] }) {
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
    ///   - conditions: The conditions, built from the fields of ``ZoneInventory/QueryFields``.
    /// - Returns: The matching items; reading them throws ``FixtureQueryConditionError`` before any call when the
    ///   server would misread a condition.
    public func queryZoneItems(
        _ request: QueryZone.Request = QueryZone.Request(),
        pageSize: Int = 100,
        sortedBy order: ((ZoneInventory.QueryFields<ZoneInventory>) -> FixtureQuerySort<ZoneInventory>)? = nil,
        selecting selection: ((ZoneInventory.QueryFields<ZoneInventory>) -> [any FixtureQueryFieldName])? = nil,
        where conditions: (ZoneInventory.QueryFields<ZoneInventory>) -> [FixtureQueryCondition<ZoneInventory>]
    ) -> FixturePages<ZoneInventory> {
        let fields = ZoneInventory.QueryFields()
        return queryZoneItems(
            request,
            pageSize: pageSize,
            conditions: conditions(fields),
            sort: order?(fields).description,
            fields: Self.fieldList(selection, of: fields)
        )
    }

    private func queryZoneItems(
        _ request: QueryZone.Request,
        pageSize: Int,
        conditions: [FixtureQueryCondition<ZoneInventory>],
        sort: String?,
        fields: String?
    ) -> FixturePages<ZoneInventory> {
        pages(pageSize: pageSize, replying: QueryZone.Response.self) { start, limit, withTotal in
            try QueryZone.call(
                for: QueryZone.Request(
                    q: FixtureQueryCondition.parameter(request.q, conditions),
                    limit: limit,
                    start: start,
                    replyWithCount: withTotal ? true : nil,
                    sort: sort ?? request.sort,
                    fields: fields ?? request.fields,
                    state: request.state,
                    xJobUUID: request.xJobUUID
                )
            )
        } items: { reply in
            (reply.inventories ?? [], Self.pageTotal(reply.total))
        }
    }
}
