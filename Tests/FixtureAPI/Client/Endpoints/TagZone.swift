import HTTPTypes

/// Tag Zone
///
/// `PUT /zstack/v1/zones/{uuid}/actions`, synchronous, authorization required.
///
/// Category: Resource Pool › Zone Related Interfaces
///
/// - Since: 4.10
public nonisolated enum TagZone {
    /// The endpoint's static description.
    public static let operation = FixtureOperation(
        id: "TagZone",
        method: .put,
        pathTemplate: "/zstack/v1/zones/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// Resource UUID
        public var uuid: String

        /// System Tags
        public var systemTags: [String]

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: Resource UUID
        ///   - systemTags: System Tags
        public init(uuid: String, systemTags: [String]) {
            self.uuid = uuid
            self.systemTags = systemTags
        }
    }

    /// The JSON body of a request: `{"tagZone": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "tagZone"
            case systemTags = "systemTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// The tagged zone.
    public struct Response: Codable, Sendable, Hashable {
        /// For details, see inventory
        public var inventory: ZoneInventory?

        /// Creates a value.
        ///
        /// - Parameter inventory: For details, see inventory
        public init(inventory: ZoneInventory? = nil) {
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case inventory = "inventory"
        }
    }
}

nonisolated extension FixtureClient {
    /// Tag Zone
    ///
    /// `PUT /zstack/v1/zones/{uuid}/actions`, synchronous, authorization required.
    ///
    /// - Since: 4.10
    ///
    /// - Parameters:
    ///   - uuid: Resource UUID
    ///   - systemTags: System Tags
    /// - Returns: The tagged zone.
    /// - Throws: ``FixtureAPIError`` when the server reports a failure, ``FixtureClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func tagZone(
        uuid: String,
        systemTags: [String]
    ) async throws -> TagZone.Response {
        try await tagZone(
            TagZone.Request(uuid: uuid, systemTags: systemTags)
        )
    }

    /// Tag Zone
    ///
    /// `PUT /zstack/v1/zones/{uuid}/actions`, synchronous, authorization required.
    ///
    /// - Since: 4.10
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The tagged zone.
    /// - Throws: ``FixtureAPIError`` when the server reports a failure, ``FixtureClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func tagZone(
        _ request: TagZone.Request
    ) async throws -> TagZone.Response {
        var call = FixtureRequestBuilder(operation: TagZone.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = TagZone.Body(request)
        return try await perform(call)
    }
}
