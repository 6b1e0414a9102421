import HTTPTypes

/// GetVolume
///
/// `GET /matrix/v1/volumes/{uuid}`, synchronous, authorization required.
///
/// Category: Matrix › Routes
public nonisolated enum GetVolume {
    /// The endpoint's static description.
    public static var operation: MatrixOperation {
        MatrixOperation(
            id: "GetVolume",
            method: .get,
            pathTemplate: "/matrix/v1/volumes/{uuid}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// A path position.
        public let uuid: String

        /// Creates the inputs of a call.
        ///
        /// - Parameter uuid: A path position.
        public init(uuid: String) {
            self.uuid = uuid
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
            return MatrixFieldwise.same(lhs.uuid, rhs.uuid)
        }
    }

    /// Which endpoint answered, with its own parameter names.
    public final class Response: Codable, Sendable, Equatable {
        /// The `answeredBy` field.
        public let answeredBy: String?

        /// The `uuid` field.
        public let uuid: String?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - answeredBy: The `answeredBy` field.
        ///   - uuid: The `uuid` field.
        public init(answeredBy: String? = nil, uuid: String? = nil) {
            self.answeredBy = answeredBy
            self.uuid = uuid
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixCodingKey.self)
            self.answeredBy = try object.optionalValue(String.self, forKey: "answeredBy")
            self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: MatrixCodingKey.self)
            try object.encodeValue(self.answeredBy, forKey: "answeredBy")
            try object.encodeValue(self.uuid, forKey: "uuid")
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
            return MatrixFieldwise.same(lhs.uuid, rhs.uuid)
        }
    }
}

nonisolated extension MatrixClient {
    /// GetVolume
    ///
    /// `GET /matrix/v1/volumes/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter uuid: A path position.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVolume(
        uuid: String
    ) async throws -> GetVolume.Response {
        try await getVolume(
            GetVolume.Request(uuid: uuid)
        )
    }

    /// GetVolume
    ///
    /// `GET /matrix/v1/volumes/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVolume(
        _ request: GetVolume.Request
    ) async throws -> GetVolume.Response {
        let call = MatrixRequestBuilder(operation: GetVolume.operation)
        call.setPathParameter("uuid", to: request.uuid)
        return try await perform(call)
    }
}
