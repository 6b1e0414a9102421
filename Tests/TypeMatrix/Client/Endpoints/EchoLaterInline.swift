import HTTPTypes

/// Echo Inline Later
///
/// Sends a InlineThing to an asynchronous endpoint, whose job answers with it.
///
/// `POST /matrix/v1/jobs/inline`, asynchronous, authorization required.
///
/// Category: Matrix › Jobs
///
/// - Since: 1.0
public nonisolated enum EchoLaterInline {
    /// The endpoint's static description.
    public static var operation: MatrixOperation {
        MatrixOperation(
            id: "EchoLaterInline",
            method: .post,
            pathTemplate: "/matrix/v1/jobs/inline",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The value.
        public let value: InlineThing

        /// Creates the inputs of a call.
        ///
        /// - Parameter value: The value.
        public init(value: InlineThing) {
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
    ///
    /// A ``ValueReply`` of ``InlineThing``: the replies that differ only in that type share one generic type.
    public typealias Response = ValueReply<InlineThing>
}

nonisolated extension MatrixClient {
    /// Echo Inline Later
    ///
    /// Sends a InlineThing to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/inline`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
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
    public func echoLaterInline(
        value: InlineThing,
        polling: MatrixPolling? = nil
    ) async throws -> EchoLaterInline.Response {
        try await echoLaterInline(
            EchoLaterInline.Request(value: value),
            polling: polling
        )
    }

    /// Echo Inline Later
    ///
    /// Sends a InlineThing to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/inline`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
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
    public func echoLaterInline(
        _ request: EchoLaterInline.Request,
        polling: MatrixPolling? = nil
    ) async throws -> EchoLaterInline.Response {
        let call = MatrixRequestBuilder(operation: EchoLaterInline.operation)
        call.jsonBody = MatrixJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.value, forKey: "value")
            }
        }
        return try await perform(call, polling: polling)
    }
}
