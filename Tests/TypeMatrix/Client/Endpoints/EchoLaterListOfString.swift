import HTTPTypes

/// Echo ListOfString Later
///
/// Sends a List<String> to an asynchronous endpoint, whose job answers with it.
///
/// `POST /matrix/v1/jobs/list-of-string`, asynchronous, authorization required.
///
/// Category: Matrix › Jobs
///
/// - Since: 1.0
public nonisolated enum EchoLaterListOfString {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoLaterListOfString",
        method: .post,
        pathTemplate: "/matrix/v1/jobs/list-of-string",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value.
        public var value: [String]

        /// Creates the inputs of a call.
        ///
        /// - Parameter value: The value.
        public init(value: [String]) {
            self.value = value
        }
    }

    /// The JSON body of a request: `{"params": {...}}`.
    struct Body: Encodable {
        var wrapped: Wrapped

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: [String]

            init(_ request: Request) {
                self.value = request.value
            }

            private enum CodingKeys: String, CodingKey {
                case value = "value"
            }
        }
    }

    /// The value, as the job read it.
    public struct Response: Codable, Sendable, Hashable {
        /// The `value` field.
        public var value: [String]?

        /// Creates a value.
        ///
        /// - Parameter value: The `value` field.
        public init(value: [String]? = nil) {
            self.value = value
        }

        private enum CodingKeys: String, CodingKey {
            case value = "value"
        }
    }
}

nonisolated extension MatrixClient {
    /// Echo ListOfString Later
    ///
    /// Sends a List<String> to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/list-of-string`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
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
    public func echoLaterListOfString(
        value: [String],
        polling: MatrixPolling? = nil
    ) async throws -> EchoLaterListOfString.Response {
        try await echoLaterListOfString(
            EchoLaterListOfString.Request(value: value),
            polling: polling
        )
    }

    /// Echo ListOfString Later
    ///
    /// Sends a List<String> to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/list-of-string`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
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
    public func echoLaterListOfString(
        _ request: EchoLaterListOfString.Request,
        polling: MatrixPolling? = nil
    ) async throws -> EchoLaterListOfString.Response {
        var call = MatrixRequestBuilder(operation: EchoLaterListOfString.operation)
        call.jsonBody = EchoLaterListOfString.Body(request)
        return try await perform(call, polling: polling)
    }
}
