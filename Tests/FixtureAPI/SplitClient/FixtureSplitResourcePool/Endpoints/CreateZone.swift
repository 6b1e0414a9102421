public import FixtureSplitCore
import HTTPTypes

/// Create Zone
///
/// Creates a zone, the largest unit of resources in a data center.
///
/// `POST /zstack/v1/zones`, asynchronous, authorization required.
///
/// Category: Resource Pool › Zone Related Interfaces
///
/// - Since: 0.6
public nonisolated enum CreateZone {
    /// The endpoint's static description.
    public static let operation = FixtureOperation(
        id: "CreateZone",
        method: .post,
        pathTemplate: "/zstack/v1/zones",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// Zone name
        public var name: String

        /// Detailed description of the zone
        public var description: String?

        /// System Tags
        public var systemTags: [String]?

        /// User Tags
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: Zone name
        ///   - description: Detailed description of the zone
        ///   - systemTags: System Tags
        ///   - userTags: User Tags
        public init(name: String, description: String? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.name = name
            self.description = description
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String
            var description: String?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
            }
        }
    }

    /// The created zone.
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
    /// Create Zone
    ///
    /// Creates a zone, the largest unit of resources in a data center.
    ///
    /// `POST /zstack/v1/zones`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Since: 0.6
    ///
    /// - Parameters:
    ///   - name: Zone name
    ///   - description: Detailed description of the zone
    ///   - systemTags: System Tags
    ///   - userTags: User Tags
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The created zone.
    /// - Throws: ``FixtureAPIError`` when the server reports a failure, ``FixtureClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createZone(
        name: String,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: FixturePolling? = nil
    ) async throws -> CreateZone.Response {
        try await createZone(
            CreateZone.Request(name: name, description: description, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// Create Zone
    ///
    /// Creates a zone, the largest unit of resources in a data center.
    ///
    /// `POST /zstack/v1/zones`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Since: 0.6
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The created zone.
    /// - Throws: ``FixtureAPIError`` when the server reports a failure, ``FixtureClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createZone(
        _ request: CreateZone.Request,
        polling: FixturePolling? = nil
    ) async throws -> CreateZone.Response {
        var call = FixtureRequestBuilder(operation: CreateZone.operation)
        call.jsonBody = CreateZone.Body(request)
        return try await perform(call, polling: polling)
    }
}
