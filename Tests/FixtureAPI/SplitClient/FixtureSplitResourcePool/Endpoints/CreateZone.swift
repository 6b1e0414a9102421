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
    public static var operation: FixtureOperation {
        FixtureOperation(
            id: "CreateZone",
            method: .post,
            pathTemplate: "/zstack/v1/zones",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// Zone name
        public let name: String

        /// Detailed description of the zone
        public let description: String?

        /// System Tags
        public let systemTags: [String]?

        /// User Tags
        public let userTags: [String]?

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
            guard FixtureFieldwise.same(lhs.name, rhs.name) else { return false }
            guard FixtureFieldwise.same(lhs.description, rhs.description) else { return false }
            guard FixtureFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return FixtureFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The created zone.
    public final class Response: Codable, Sendable, Equatable {
        /// For details, see inventory
        public let inventory: ZoneInventory?

        /// Creates a value.
        ///
        /// - Parameter inventory: For details, see inventory
        public init(inventory: ZoneInventory? = nil) {
            self.inventory = inventory
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: FixtureCodingKey.self)
            self.inventory = try object.optionalValue(ZoneInventory.self, forKey: "inventory")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: FixtureCodingKey.self)
            try object.encodeValue(self.inventory, forKey: "inventory")
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
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            return FixtureFieldwise.same(lhs.inventory, rhs.inventory)
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
        let call = FixtureRequestBuilder(operation: CreateZone.operation)
        call.jsonBody = FixtureJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
