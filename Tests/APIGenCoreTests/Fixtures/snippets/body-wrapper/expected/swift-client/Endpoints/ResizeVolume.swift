import HTTPTypes

/// Resize Volume
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, synchronous, authorization required.
public nonisolated enum ResizeVolume {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ResizeVolume",
            method: .put,
            pathTemplate: "/zstack/v1/volumes/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// Volume UUID
        public let uuid: String

        /// New size in bytes
        public let size: Int64

        /// Resize a running volume
        public let force: Bool?

        /// System tags
        public let systemTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: Volume UUID
        ///   - size: New size in bytes
        ///   - force: Resize a running volume
        ///   - systemTags: System tags
        public init(uuid: String, size: Int64, force: Bool? = nil, systemTags: [String]? = nil) {
            self.uuid = uuid
            self.size = size
            self.force = force
            self.systemTags = systemTags
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
            guard ZStackFieldwise.same(lhs.size, rhs.size) else { return false }
            guard ZStackFieldwise.same(lhs.force, rhs.force) else { return false }
            return ZStackFieldwise.same(lhs.systemTags, rhs.systemTags)
        }
    }

    /// The reply's fields.
    public final class Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameter success: The `success` field.
        public init(success: Bool? = nil) {
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
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
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// Resize Volume
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: Volume UUID
    ///   - size: New size in bytes
    ///   - force: Resize a running volume
    ///   - systemTags: System tags
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func resizeVolume(
        uuid: String,
        size: Int64,
        force: Bool? = nil,
        systemTags: [String]? = nil
    ) async throws -> ResizeVolume.Response {
        try await resizeVolume(
            ResizeVolume.Request(uuid: uuid, size: size, force: force, systemTags: systemTags)
        )
    }

    /// Resize Volume
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func resizeVolume(
        _ request: ResizeVolume.Request
    ) async throws -> ResizeVolume.Response {
        let call = ZStackRequestBuilder(operation: ResizeVolume.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "resizeVolume") { wrapped in
                try wrapped.encodeValue(request.size, forKey: "size")
                try wrapped.encodeValue(request.force, forKey: "force")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
        }
        return try await perform(call)
    }
}
