public import Foundation
import HTTPTypes

/// Echo ListOfTimestamp Later
///
/// Sends a List<Timestamp> to an asynchronous endpoint, whose job answers with it.
///
/// `POST /matrix/v1/jobs/list-of-timestamp`, asynchronous, authorization required.
///
/// Category: Matrix › Jobs
///
/// - Since: 1.0
public nonisolated enum EchoLaterListOfTimestamp {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoLaterListOfTimestamp",
        method: .post,
        pathTemplate: "/matrix/v1/jobs/list-of-timestamp",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value.
        public var value: [Date]

        /// Creates the inputs of a call.
        ///
        /// - Parameter value: The value.
        public init(value: [Date]) {
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
            var value: [Date]

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
        public var value: [Date]?

        /// Creates a value.
        ///
        /// - Parameter value: The `value` field.
        public init(value: [Date]? = nil) {
            self.value = value
        }

        private enum CodingKeys: String, CodingKey {
            case value = "value"
        }
    }
}

nonisolated extension MatrixClient {
    /// Echo ListOfTimestamp Later
    ///
    /// Sends a List<Timestamp> to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/list-of-timestamp`, asynchronous, authorization required. The method returns when the
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
    public func echoLaterListOfTimestamp(
        value: [Date],
        polling: MatrixPolling? = nil
    ) async throws -> EchoLaterListOfTimestamp.Response {
        try await echoLaterListOfTimestamp(
            EchoLaterListOfTimestamp.Request(value: value),
            polling: polling
        )
    }

    /// Echo ListOfTimestamp Later
    ///
    /// Sends a List<Timestamp> to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/list-of-timestamp`, asynchronous, authorization required. The method returns when the
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
    public func echoLaterListOfTimestamp(
        _ request: EchoLaterListOfTimestamp.Request,
        polling: MatrixPolling? = nil
    ) async throws -> EchoLaterListOfTimestamp.Response {
        var call = MatrixRequestBuilder(operation: EchoLaterListOfTimestamp.operation)
        call.jsonBody = EchoLaterListOfTimestamp.Body(request)
        return try await perform(call, polling: polling)
    }
}
