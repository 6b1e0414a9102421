import HTTPTypes

/// GetVolumeSnapshot
///
/// `GET /matrix/v1/volumes/{volumeUuid}/snapshots/{uuid}`, synchronous, authorization required.
///
/// Category: Matrix › Routes
public nonisolated enum GetVolumeSnapshot {
    /// The endpoint's static description.
    public static var operation: MatrixOperation {
        MatrixOperation(
            id: "GetVolumeSnapshot",
            method: .get,
            pathTemplate: "/matrix/v1/volumes/{volumeUuid}/snapshots/{uuid}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// A path position.
        public let volumeUuid: String

        /// A path position.
        public let uuid: String

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeUuid: A path position.
        ///   - uuid: A path position.
        public init(volumeUuid: String, uuid: String) {
            self.volumeUuid = volumeUuid
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
            guard MatrixFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
            return MatrixFieldwise.same(lhs.uuid, rhs.uuid)
        }
    }

    /// Which endpoint answered, with its own parameter names.
    public final class Response: Codable, Sendable, Equatable {
        /// The `answeredBy` field.
        public let answeredBy: String?

        /// The `volumeUuid` field.
        public let volumeUuid: String?

        /// The `uuid` field.
        public let uuid: String?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - answeredBy: The `answeredBy` field.
        ///   - volumeUuid: The `volumeUuid` field.
        ///   - uuid: The `uuid` field.
        public init(answeredBy: String? = nil, volumeUuid: String? = nil, uuid: String? = nil) {
            self.answeredBy = answeredBy
            self.volumeUuid = volumeUuid
            self.uuid = uuid
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixCodingKey.self)
            self.answeredBy = try object.optionalValue(String.self, forKey: "answeredBy")
            self.volumeUuid = try object.optionalValue(String.self, forKey: "volumeUuid")
            self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: MatrixCodingKey.self)
            try object.encodeValue(self.answeredBy, forKey: "answeredBy")
            try object.encodeValue(self.volumeUuid, forKey: "volumeUuid")
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
            guard MatrixFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
            return MatrixFieldwise.same(lhs.uuid, rhs.uuid)
        }
    }
}

nonisolated extension MatrixClient {
    /// GetVolumeSnapshot
    ///
    /// `GET /matrix/v1/volumes/{volumeUuid}/snapshots/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - volumeUuid: A path position.
    ///   - uuid: A path position.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVolumeSnapshot(
        volumeUuid: String,
        uuid: String
    ) async throws -> GetVolumeSnapshot.Response {
        try await getVolumeSnapshot(
            GetVolumeSnapshot.Request(volumeUuid: volumeUuid, uuid: uuid)
        )
    }

    /// GetVolumeSnapshot
    ///
    /// `GET /matrix/v1/volumes/{volumeUuid}/snapshots/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVolumeSnapshot(
        _ request: GetVolumeSnapshot.Request
    ) async throws -> GetVolumeSnapshot.Response {
        let call = MatrixRequestBuilder(operation: GetVolumeSnapshot.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.setPathParameter("uuid", to: request.uuid)
        return try await perform(call)
    }
}
