import HTTPTypes

/// AddCertificateToLoadBalancerListener
///
/// 添加证书到负载均衡
///
/// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/certificate`, asynchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum AddCertificateToLoadBalancerListener {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddCertificateToLoadBalancerListener",
        method: .post,
        pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/certificate",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `listenerUuid` field.
        public var listenerUuid: String

        /// The `certificateUuid` field.
        public var certificateUuid: String

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - listenerUuid: The `listenerUuid` field.
        ///   - certificateUuid: The `certificateUuid` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            listenerUuid: String,
            certificateUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.listenerUuid = listenerUuid
            self.certificateUuid = certificateUuid
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
            var certificateUuid: String

            init(_ request: Request) {
                self.certificateUuid = request.certificateUuid
            }

            private enum CodingKeys: String, CodingKey {
                case certificateUuid = "certificateUuid"
            }
        }
    }

    /// 负载均衡监听器清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: LoadBalancerListenerInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: LoadBalancerListenerInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
}

nonisolated extension ZStackClient {
    /// AddCertificateToLoadBalancerListener
    ///
    /// 添加证书到负载均衡
    ///
    /// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/certificate`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - listenerUuid: The `listenerUuid` field.
    ///   - certificateUuid: The `certificateUuid` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCertificateToLoadBalancerListener(
        listenerUuid: String,
        certificateUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddCertificateToLoadBalancerListener.Response {
        try await addCertificateToLoadBalancerListener(
            AddCertificateToLoadBalancerListener.Request(
                listenerUuid: listenerUuid,
                certificateUuid: certificateUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddCertificateToLoadBalancerListener
    ///
    /// 添加证书到负载均衡
    ///
    /// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/certificate`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCertificateToLoadBalancerListener(
        _ request: AddCertificateToLoadBalancerListener.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddCertificateToLoadBalancerListener.Response {
        var call = ZStackRequestBuilder(operation: AddCertificateToLoadBalancerListener.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.jsonBody = AddCertificateToLoadBalancerListener.Body(request)
        return try await perform(call, polling: polling)
    }
}
