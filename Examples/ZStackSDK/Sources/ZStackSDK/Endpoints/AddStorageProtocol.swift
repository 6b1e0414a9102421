import HTTPTypes

/// AddStorageProtocol
///
/// 添加存储协议
///
/// `POST /zstack/v1/primary-storage/protocol`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum AddStorageProtocol {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddStorageProtocol",
        method: .post,
        pathTemplate: "/zstack/v1/primary-storage/protocol",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 输出协议
        public var outputProtocol: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - outputProtocol: 输出协议
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, outputProtocol: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.outputProtocol = outputProtocol
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var uuid: String
            var outputProtocol: String

            init(_ request: Request) {
                self.uuid = request.uuid
                self.outputProtocol = request.outputProtocol
            }

            private enum CodingKeys: String, CodingKey {
                case uuid = "uuid"
                case outputProtocol = "outputProtocol"
            }
        }
    }

    /// 添加存储协议event
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(success: Bool? = nil, error: ErrorCode? = nil) {
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// AddStorageProtocol
    ///
    /// 添加存储协议
    ///
    /// `POST /zstack/v1/primary-storage/protocol`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - outputProtocol: 输出协议
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加存储协议event
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addStorageProtocol(
        uuid: String,
        outputProtocol: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddStorageProtocol.Response {
        try await addStorageProtocol(
            AddStorageProtocol.Request(
                uuid: uuid,
                outputProtocol: outputProtocol,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddStorageProtocol
    ///
    /// 添加存储协议
    ///
    /// `POST /zstack/v1/primary-storage/protocol`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加存储协议event
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addStorageProtocol(
        _ request: AddStorageProtocol.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddStorageProtocol.Response {
        var call = ZStackRequestBuilder(operation: AddStorageProtocol.operation)
        call.jsonBody = AddStorageProtocol.Body(request)
        return try await perform(call, polling: polling)
    }
}
