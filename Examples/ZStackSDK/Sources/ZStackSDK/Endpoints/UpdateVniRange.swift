import HTTPTypes

/// 修改VNI范围(UpdateVniRange)
///
/// 修改VNI范围
///
/// `PUT /zstack/v1/l2-networks/vxlan-pool/vni-ranges/{uuid}`, asynchronous, authorization required.
///
/// Category: network.l2
public nonisolated enum UpdateVniRange {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateVniRange",
        method: .put,
        pathTemplate: "/zstack/v1/l2-networks/vxlan-pool/vni-ranges/{uuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 资源名称
        public var name: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - name: 资源名称
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, name: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.name = name
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateVniRange": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateVniRange"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String

            init(_ request: Request) {
                self.name = request.name
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
            }
        }
    }

    /// 操作返回结果
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
    /// 修改VNI范围(UpdateVniRange)
    ///
    /// 修改VNI范围
    ///
    /// `PUT /zstack/v1/l2-networks/vxlan-pool/vni-ranges/{uuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVniRange(
        uuid: String,
        name: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVniRange.Response {
        try await updateVniRange(
            UpdateVniRange.Request(uuid: uuid, name: name, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// 修改VNI范围(UpdateVniRange)
    ///
    /// 修改VNI范围
    ///
    /// `PUT /zstack/v1/l2-networks/vxlan-pool/vni-ranges/{uuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVniRange(
        _ request: UpdateVniRange.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVniRange.Response {
        var call = ZStackRequestBuilder(operation: UpdateVniRange.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateVniRange.Body(request)
        return try await perform(call, polling: polling)
    }
}
