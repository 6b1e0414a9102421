import HTTPTypes

/// StartVolume
///
/// `PUT /matrix/v1/volumes/{uuid}/actions`, synchronous, authorization required.
///
/// Category: Matrix › Routes
public nonisolated enum StartVolume {
    /// The endpoint's static description.
    public static var operation: MatrixOperation {
        MatrixOperation(
            id: "StartVolume",
            method: .put,
            pathTemplate: "/matrix/v1/volumes/{uuid}/actions",
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
    ///
    /// The same type as ``GetVolume/Response``: the replies have the same fields.
    public typealias Response = GetVolume.Response
}

nonisolated extension MatrixClient {
    /// StartVolume
    ///
    /// `PUT /matrix/v1/volumes/{uuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameter uuid: A path position.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func startVolume(
        uuid: String
    ) async throws -> StartVolume.Response {
        try await startVolume(
            StartVolume.Request(uuid: uuid)
        )
    }

    /// StartVolume
    ///
    /// `PUT /matrix/v1/volumes/{uuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func startVolume(
        _ request: StartVolume.Request
    ) async throws -> StartVolume.Response {
        let call = MatrixRequestBuilder(operation: StartVolume.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = MatrixJSONBody { body in
            body.encodeObject(forKey: "startVolume") { _ in }
        }
        return try await perform(call)
    }
}
