import HTTPTypes

/// Echo Float Later
///
/// Sends a Float to an asynchronous endpoint, whose job answers with it.
///
/// `POST /matrix/v1/jobs/float`, asynchronous, authorization required.
///
/// Category: Matrix › Jobs
///
/// - Since: 1.0
public nonisolated enum EchoLaterFloat {
    /// The endpoint's static description.
    public static var operation: MatrixOperation {
        MatrixOperation(
            id: "EchoLaterFloat",
            method: .post,
            pathTemplate: "/matrix/v1/jobs/float",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The value.
        public let value: Float

        /// Creates the inputs of a call.
        ///
        /// - Parameter value: The value.
        public init(value: Float) {
            self.value = value
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
            return MatrixFieldwise.same(lhs.value, rhs.value)
        }
    }

    /// The value, as the job read it.
    public final class Response: Codable, Sendable, Equatable {
        /// The `value` field.
        public let value: Float?

        /// Creates a value.
        ///
        /// - Parameter value: The `value` field.
        public init(value: Float? = nil) {
            self.value = value
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixCodingKey.self)
            self.value = try object.optionalValue(Float.self, forKey: "value")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: MatrixCodingKey.self)
            try object.encodeValue(self.value, forKey: "value")
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
            return MatrixFieldwise.same(lhs.value, rhs.value)
        }
    }
}

nonisolated extension MatrixClient {
    /// Echo Float Later
    ///
    /// Sends a Float to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/float`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Since: 1.0
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func echoLaterFloat(
        value: Float,
        polling: MatrixPolling? = nil
    ) async throws -> EchoLaterFloat.Response {
        try await echoLaterFloat(
            EchoLaterFloat.Request(value: value),
            polling: polling
        )
    }

    /// Echo Float Later
    ///
    /// Sends a Float to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/float`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Since: 1.0
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func echoLaterFloat(
        _ request: EchoLaterFloat.Request,
        polling: MatrixPolling? = nil
    ) async throws -> EchoLaterFloat.Response {
        let call = MatrixRequestBuilder(operation: EchoLaterFloat.operation)
        call.jsonBody = MatrixJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.value, forKey: "value")
            }
        }
        return try await perform(call, polling: polling)
    }
}
