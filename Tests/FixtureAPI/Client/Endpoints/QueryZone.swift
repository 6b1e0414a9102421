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
    public static let operation = FixtureOperation(
        id: "QueryZone",
        method: .get,
        pathTemplate: "/zstack/v1/zones",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// Conditions such as name=zone-1; repeated, ANDed
        public var q: [String]?

        /// At most this many results
        public var limit: Int?

        /// Skip this many results
        public var start: Int?

        /// Add the total count to the reply
        public var replyWithCount: Bool?

        /// Only zones in this state
        public var state: ZoneState?

        /// Job UUID: 32 hexadecimal characters, no dashes
        public var xJobUUID: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - q: Conditions such as name=zone-1; repeated, ANDed
        ///   - limit: At most this many results
        ///   - start: Skip this many results
        ///   - replyWithCount: Add the total count to the reply
        ///   - state: Only zones in this state
        ///   - xJobUUID: Job UUID: 32 hexadecimal characters, no dashes
        public init(
            q: [String]? = nil,
            limit: Int? = nil,
            start: Int? = nil,
            replyWithCount: Bool? = nil,
            state: ZoneState? = nil,
            xJobUUID: String? = nil
        ) {
            self.q = q
            self.limit = limit
            self.start = start
            self.replyWithCount = replyWithCount
            self.state = state
            self.xJobUUID = xJobUUID
        }
    }

    /// The zones that match.
    public struct Response: Codable, Sendable, Hashable {
        /// The matching zones
        public var inventories: [ZoneInventory]?

        /// The number of matching zones, with replyWithCount
        public var total: Int64?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventories: The matching zones
        ///   - total: The number of matching zones, with replyWithCount
        public init(inventories: [ZoneInventory]? = nil, total: Int64? = nil) {
            self.inventories = inventories
            self.total = total
        }

        private enum CodingKeys: String, CodingKey {
            case inventories = "inventories"
            case total = "total"
        }
    }
}

nonisolated extension FixtureClient {
    /// Query Zones
    ///
    /// `GET /zstack/v1/zones`, synchronous, authorization required.
    ///
    /// - Since: 4.10
    ///
    /// - Parameters:
    ///   - q: Conditions such as name=zone-1; repeated, ANDed
    ///   - limit: At most this many results
    ///   - start: Skip this many results
    ///   - replyWithCount: Add the total count to the reply
    ///   - state: Only zones in this state
    ///   - xJobUUID: Job UUID: 32 hexadecimal characters, no dashes
    /// - Returns: The zones that match.
    /// - Throws: ``FixtureAPIError`` when the server reports a failure, ``FixtureClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func queryZone(
        q: [String]? = nil,
        limit: Int? = nil,
        start: Int? = nil,
        replyWithCount: Bool? = nil,
        state: ZoneState? = nil,
        xJobUUID: String? = nil
    ) async throws -> QueryZone.Response {
        try await queryZone(
            QueryZone.Request(
                q: q,
                limit: limit,
                start: start,
                replyWithCount: replyWithCount,
                state: state,
                xJobUUID: xJobUUID
            )
        )
    }

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
        _ request: QueryZone.Request
    ) async throws -> QueryZone.Response {
        var call = FixtureRequestBuilder(operation: QueryZone.operation)
        call.appendQueryItems("q", values: request.q)
        call.appendQueryItem("limit", value: request.limit.map { "\($0)" })
        call.appendQueryItem("start", value: request.start.map { "\($0)" })
        call.appendQueryItem("replyWithCount", value: request.replyWithCount.map { "\($0)" })
        call.appendQueryItem("state", value: request.state?.rawValue)
        call.setHeaderField(named: "X-Job-UUID", value: request.xJobUUID)
        return try await perform(call)
    }
}
