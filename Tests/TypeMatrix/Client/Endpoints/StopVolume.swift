import HTTPTypes

/// StopVolume
///
/// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous, authorization required.
///
/// Category: Matrix › Routes
public nonisolated enum StopVolume {
    /// The endpoint's static description.
    public static var operation: MatrixOperation {
        MatrixOperation(
            id: "StopVolume",
            method: .put,
            pathTemplate: "/matrix/v1/volumes/{volumeUuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// A path position.
        public let volumeUuid: String

        /// The `force` field.
        public let force: Bool

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeUuid: A path position.
        ///   - force: The `force` field.
        public init(volumeUuid: String, force: Bool) {
            self.volumeUuid = volumeUuid
            self.force = force
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
            guard MatrixFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
            return MatrixFieldwise.same(lhs.force, rhs.force)
        }
    }

    /// Which endpoint answered, with its own parameter names.
    public final class Response: Codable, Sendable, Equatable {
        /// The `answeredBy` field.
        public let answeredBy: String?

        /// The `volumeUuid` field.
        public let volumeUuid: String?

        /// The `force` field.
        public let force: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - answeredBy: The `answeredBy` field.
        ///   - volumeUuid: The `volumeUuid` field.
        ///   - force: The `force` field.
        public init(answeredBy: String? = nil, volumeUuid: String? = nil, force: Bool? = nil) {
            self.answeredBy = answeredBy
            self.volumeUuid = volumeUuid
            self.force = force
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixCodingKey.self)
            self.answeredBy = try object.optionalValue(String.self, forKey: "answeredBy")
            self.volumeUuid = try object.optionalValue(String.self, forKey: "volumeUuid")
            self.force = try object.optionalValue(Bool.self, forKey: "force")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: MatrixCodingKey.self)
            try object.encodeValue(self.answeredBy, forKey: "answeredBy")
            try object.encodeValue(self.volumeUuid, forKey: "volumeUuid")
            try object.encodeValue(self.force, forKey: "force")
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
            guard MatrixFieldwise.same(lhs.answeredBy, rhs.answeredBy) else { return false }
            guard MatrixFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
            return MatrixFieldwise.same(lhs.force, rhs.force)
        }
    }
}

nonisolated extension MatrixClient {
    /// StopVolume
    ///
    /// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - volumeUuid: A path position.
    ///   - force: The `force` field.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func stopVolume(
        volumeUuid: String,
        force: Bool
    ) async throws -> StopVolume.Response {
        try await stopVolume(
            StopVolume.Request(volumeUuid: volumeUuid, force: force)
        )
    }

    /// StopVolume
    ///
    /// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func stopVolume(
        _ request: StopVolume.Request
    ) async throws -> StopVolume.Response {
        let call = MatrixRequestBuilder(operation: StopVolume.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.jsonBody = MatrixJSONBody { body in
            try body.encodeObject(forKey: "stopVolume") { wrapped in
                try wrapped.encodeValue(request.force, forKey: "force")
            }
        }
        return try await perform(call)
    }
}
