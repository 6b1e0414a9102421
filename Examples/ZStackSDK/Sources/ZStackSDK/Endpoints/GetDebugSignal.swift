import HTTPTypes

/// GetDebugSignal
///
/// Get available debug signals
///
/// `GET /zstack/v1/debug`, synchronous, authorization required.
///
/// Category: debug
public nonisolated enum GetDebugSignal {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetDebugSignal",
        method: .get,
        pathTemplate: "/zstack/v1/debug",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// Available debug signals
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `success` field.
        public var success: Bool?

        /// The `signals` field.
        public var signals: [String]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - signals: The `signals` field.
        public init(error: ErrorCode? = nil, success: Bool? = nil, signals: [String]? = nil) {
            self.error = error
            self.success = success
            self.signals = signals
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case success = "success"
            case signals = "signals"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetDebugSignal
    ///
    /// Get available debug signals
    ///
    /// `GET /zstack/v1/debug`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: Available debug signals
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getDebugSignal(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetDebugSignal.Response {
        try await getDebugSignal(
            GetDebugSignal.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetDebugSignal
    ///
    /// Get available debug signals
    ///
    /// `GET /zstack/v1/debug`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Available debug signals
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getDebugSignal(
        _ request: GetDebugSignal.Request
    ) async throws -> GetDebugSignal.Response {
        var call = ZStackRequestBuilder(operation: GetDebugSignal.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
