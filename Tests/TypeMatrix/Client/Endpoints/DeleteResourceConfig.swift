import HTTPTypes

/// DeleteResourceConfig
///
/// `DELETE /matrix/v1/resource-configurations/{resourceUuid}/{category}/{name}`, synchronous, authorization required.
///
/// Category: Matrix › Routes
public nonisolated enum DeleteResourceConfig {
    /// The endpoint's static description.
    public static var operation: MatrixOperation {
        MatrixOperation(
            id: "DeleteResourceConfig",
            method: .delete,
            pathTemplate: "/matrix/v1/resource-configurations/{resourceUuid}/{category}/{name}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// A path position.
        public let resourceUuid: String

        /// A path position.
        public let category: String

        /// A path position.
        public let name: String

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - resourceUuid: A path position.
        ///   - category: A path position.
        ///   - name: A path position.
        public init(resourceUuid: String, category: String, name: String) {
            self.resourceUuid = resourceUuid
            self.category = category
            self.name = name
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
            guard MatrixFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard MatrixFieldwise.same(lhs.category, rhs.category) else { return false }
            return MatrixFieldwise.same(lhs.name, rhs.name)
        }
    }

    /// Which endpoint answered, with its own parameter names.
    public final class Response: Codable, Sendable, Equatable {
        /// The `answeredBy` field.
        public let answeredBy: String?

        /// The `resourceUuid` field.
        public let resourceUuid: String?

        /// The `category` field.
        public let category: String?

        /// The `name` field.
        public let name: String?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - answeredBy: The `answeredBy` field.
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - category: The `category` field.
        ///   - name: The `name` field.
        public init(
            answeredBy: String? = nil,
            resourceUuid: String? = nil,
            category: String? = nil,
            name: String? = nil
        ) {
            self.answeredBy = answeredBy
            self.resourceUuid = resourceUuid
            self.category = category
            self.name = name
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixCodingKey.self)
            self.answeredBy = try object.optionalValue(String.self, forKey: "answeredBy")
            self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
            self.category = try object.optionalValue(String.self, forKey: "category")
            self.name = try object.optionalValue(String.self, forKey: "name")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: MatrixCodingKey.self)
            try object.encodeValue(self.answeredBy, forKey: "answeredBy")
            try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
            try object.encodeValue(self.category, forKey: "category")
            try object.encodeValue(self.name, forKey: "name")
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
            guard MatrixFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard MatrixFieldwise.same(lhs.category, rhs.category) else { return false }
            return MatrixFieldwise.same(lhs.name, rhs.name)
        }
    }
}

nonisolated extension MatrixClient {
    /// DeleteResourceConfig
    ///
    /// `DELETE /matrix/v1/resource-configurations/{resourceUuid}/{category}/{name}`, synchronous, authorization
    /// required.
    ///
    /// - Parameters:
    ///   - resourceUuid: A path position.
    ///   - category: A path position.
    ///   - name: A path position.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func deleteResourceConfig(
        resourceUuid: String,
        category: String,
        name: String
    ) async throws -> DeleteResourceConfig.Response {
        try await deleteResourceConfig(
            DeleteResourceConfig.Request(resourceUuid: resourceUuid, category: category, name: name)
        )
    }

    /// DeleteResourceConfig
    ///
    /// `DELETE /matrix/v1/resource-configurations/{resourceUuid}/{category}/{name}`, synchronous, authorization
    /// required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func deleteResourceConfig(
        _ request: DeleteResourceConfig.Request
    ) async throws -> DeleteResourceConfig.Response {
        let call = MatrixRequestBuilder(operation: DeleteResourceConfig.operation)
        call.setPathParameter("resourceUuid", to: request.resourceUuid)
        call.setPathParameter("category", to: request.category)
        call.setPathParameter("name", to: request.name)
        return try await perform(call)
    }
}
